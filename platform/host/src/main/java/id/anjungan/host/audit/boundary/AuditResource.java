package id.anjungan.host.audit.boundary;

import id.anjungan.host.audit.control.HashChainedAudit;
import id.anjungan.host.security.control.Allowed;
import id.anjungan.spi.Role;
import id.anjungan.spi.platform.Verification;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Proof that the audit log is complete and unchanged. */
@Path("admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.ADMIN)
public class AuditResource {

    @Inject
    HashChainedAudit audit;

    @GET
    @Path("verify")
    public Verification verify() {
        return audit.verify();
    }
}
