package id.anjungan.host.security.boundary;

import id.anjungan.host.problem.Problem;
import id.anjungan.host.security.control.Accounts;
import id.anjungan.host.security.control.Caller;
import id.anjungan.host.security.control.Sessions;
import id.anjungan.spi.Actor;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;

/** Staff login with password, or PIN for PSM volunteers. */
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    /** Login form. */
    public record Login(String username, String password, String pin) {
    }

    @Inject
    Accounts accounts;
    @Inject
    Sessions sessions;
    @Inject
    Caller caller;

    @POST
    @Path("login")
    public Map<String, Object> login(Login login) {
        if (login == null) {
            throw wrong();
        }
        String secret = login.password() != null ? login.password() : login.pin();
        Actor actor = accounts.authenticate(login.username(), secret).orElseThrow(AuthResource::wrong);
        Map<String, Object> answer = describe(actor);
        answer.put("token", sessions.open(actor));
        return answer;
    }

    @POST
    @Path("logout")
    public void logout() {
        if (caller.token() != null) {
            sessions.close(caller.token());
        }
    }

    @GET
    @Path("me")
    public Map<String, Object> me() {
        if (!caller.isStaff()) {
            throw Problem.of(401, "unauthenticated", "Perlu masuk", "Login required", "Anda belum masuk.",
                    "You are not logged in.");
        }
        return describe(caller.actor());
    }

    static Map<String, Object> describe(Actor actor) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", actor.username());
        m.put("displayName", actor.displayName());
        m.put("role", actor.role().name());
        m.put("assisting", actor.onBehalfOfNik() == null ? null : Map.of("nikMasked",
                id.anjungan.host.identity.control.Masking.mask(actor.onBehalfOfNik()),
                "banner", AssistResource.banner(actor)));
        return m;
    }

    private static Problem wrong() {
        return Problem.of(401, "wrong-credentials", "Gagal masuk", "Login failed",
                "Nama pengguna atau kata sandi/PIN salah.", "Wrong username or password/PIN.");
    }
}
