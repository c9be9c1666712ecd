package id.anjungan.host.security.boundary;

import id.anjungan.host.problem.Problem;
import id.anjungan.host.security.control.AccountChange;
import id.anjungan.host.security.control.Accounts;
import id.anjungan.host.security.control.Allowed;
import id.anjungan.host.security.control.Caller;
import id.anjungan.host.security.control.StaffAreas;
import id.anjungan.host.security.entity.Account;
import id.anjungan.spi.Role;
import id.anjungan.spi.platform.AuditLog;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Staff accounts for the admin: creating and editing them (role, area, password), who is locked after repeated failed
 * logins, and unlocking them.
 */
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
    @Inject
    StaffAreas areas;

    /** An account as the admin fills it in; no password or PIN keeps the one it has. */
    public record AccountRequest(String displayName, String role, String password, String pin, String kecamatan,
                                 String kelurahan) {
    }

    @GET
    public List<Map<String, Object>> all() {
        return accounts.all().stream().map(AdminAccountsResource::view).toList();
    }

    /** Creates the account or changes it; the secrets are never answered nor audited. */
    @PUT
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("username") String username, AccountRequest request) {
        if (request == null) {
            throw Problem.of(400, "bad-request", "Permintaan tidak lengkap", "Incomplete request",
                    "Isi data akun.", "Fill in the account.");
        }
        AccountChange change = AccountChange.checked(request.displayName(), request.role(), request.password(),
                request.pin(), request.kecamatan(), request.kelurahan(), areas.city());
        boolean created = accounts.change(username, change);
        audit.record(caller.actor(), created ? "account-create" : "account-change", username,
                "role=" + change.role() + " kecamatan=" + change.kecamatan() + " kelurahan=" + change.kelurahan()
                        + (change.password() == null ? "" : " password") + (change.pin() == null ? "" : " pin"));
        return Response.status(created ? 201 : 200).entity(view(accounts.find(username).orElseThrow())).build();
    }

    private static Map<String, Object> view(Account a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", a.username);
        m.put("displayName", a.displayName);
        m.put("role", a.role);
        m.put("kecamatan", a.kecamatan);
        m.put("kelurahan", a.kelurahan);
        m.put("active", a.active);
        m.put("failedLogins", a.failedLogins == null ? 0 : a.failedLogins);
        m.put("lockedAt", a.locked == null ? null : a.locked.toString());
        return m;
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
