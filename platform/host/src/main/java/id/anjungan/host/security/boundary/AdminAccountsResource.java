package id.anjungan.host.security.boundary;

import id.anjungan.host.problem.Problem;
import id.anjungan.host.security.control.Accounts;
import id.anjungan.host.security.control.Allowed;
import id.anjungan.host.security.control.Caller;
import id.anjungan.spi.Role;
import id.anjungan.spi.platform.AuditLog;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Staff accounts for the admin: who is locked after repeated failed logins, and unlocking them. */
@Path("admin/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.ADMIN)
public class AdminAccountsResource {

    @Inject
    Accounts accounts;
    @Inject
    Caller caller;
    @Inject
    AuditLog audit;

    @GET
    public List<Map<String, Object>> all() {
        return accounts.all().stream().map(a -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("username", a.username);
            m.put("displayName", a.displayName);
            m.put("role", a.role);
            m.put("active", a.active);
            m.put("failedLogins", a.failedLogins == null ? 0 : a.failedLogins);
            m.put("lockedAt", a.locked == null ? null : a.locked.toString());
            return m;
        }).toList();
    }

    @POST
    @Path("{username}/unlock")
    public Map<String, Object> unlock(@PathParam("username") String username) {
        if (!accounts.unlock(username)) {
            throw Problem.notFound("Akun", "Account");
        }
        audit.record(caller.actor(), "account-unlock", username, "");
        return Map.of("username", username, "locked", false);
    }
}
