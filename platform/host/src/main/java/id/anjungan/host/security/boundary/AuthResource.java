package id.anjungan.host.security.boundary;

import id.anjungan.host.privacy.Masking;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.problem.ProblemMapper;
import id.anjungan.host.security.control.Caller;
import id.anjungan.host.security.control.Logins;
import id.anjungan.host.security.control.Sessions;
import id.anjungan.host.web.ClientAddress;
import id.anjungan.spi.Actor;
import id.anjungan.spi.platform.AuditLog;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Staff login with password, or PIN for PSM volunteers. */
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    /** Login form. */
    public record Login(String username, String password, String pin) {
    }

    /** The identity provider's refresh token, to get new tokens. */
    public record Refresh(String refreshToken) {
    }

    @Inject
    Logins logins;
    @Inject
    Sessions sessions;
    @Inject
    Caller caller;
    @Inject
    AuditLog audit;
    @Context
    HttpServletRequest request;
    @Context
    HttpHeaders headers;

    /** 429 with {@code Retry-After} when throttled, 423 when the account is locked, 401 when wrong. */
    @POST
    @Path("login")
    public Response login(Login login) {
        String secret = login == null ? null : login.password() != null ? login.password() : login.pin();
        boolean pin = login != null && login.password() == null && login.pin() != null;
        try {
            Logins.Opened opened = logins.login(login == null ? null : login.username(), secret, pin,
                    ClientAddress.of(request));
            return Response.ok(opened(opened)).build();
        } catch (Logins.Throttled throttled) {
            return Response.status(429).header("Retry-After", throttled.retryAfter().toSeconds())
                    .type(Problem.MEDIA_TYPE).entity(throttled.problem().members(ProblemMapper.language(headers)))
                    .build();
        }
    }

    /** New tokens of the identity provider for its refresh token; 401 once the account is disabled. */
    @POST
    @Path("refresh")
    public Map<String, Object> refresh(Refresh refresh) {
        return opened(logins.refresh(refresh == null ? null : refresh.refreshToken()));
    }

    /**
     * Ends the caller's session (for a provider login, the assisted session kept on it); with the identity provider's
     * refresh token ({@code {"refreshToken"}}) also the provider's session. Read as text: an empty body, with or without
     * a JSON content type, is a plain logout.
     */
    @POST
    @Path("logout")
    public void logout(String body) {
        // an assist ended by the logout (the kiosk's idle reset sends only this) is audited as DELETE /api/assist is
        String assisted = caller.actor().onBehalfOfNik();
        sessions.end(caller);
        if (assisted != null) {
            audit.record(caller.actor(), "assist-end", Masking.mask(assisted), "logout");
        }
        refreshToken(body).ifPresent(logins::logout);
    }

    private static Optional<String> refreshToken(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.read() instanceof JsonObject json ? Optional.ofNullable(json.getString("refreshToken", null))
                    : Optional.empty();
        } catch (JsonException | ClassCastException e) {
            return Optional.empty();
        }
    }

    private static Map<String, Object> opened(Logins.Opened opened) {
        Map<String, Object> answer = describe(opened.actor());
        answer.put("token", opened.token());
        if (opened.refreshToken() != null) {
            answer.put("refreshToken", opened.refreshToken());
            answer.put("expiresIn", opened.expiresIn());
        }
        return answer;
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
                id.anjungan.host.privacy.Masking.mask(actor.onBehalfOfNik()),
                "banner", Sessions.banner(actor)));
        return m;
    }
}
