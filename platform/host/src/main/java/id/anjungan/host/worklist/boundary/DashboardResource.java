package id.anjungan.host.worklist.boundary;

import id.anjungan.host.security.control.Allowed;
import id.anjungan.host.security.control.Caller;
import id.anjungan.host.security.control.StaffAreas;
import id.anjungan.host.worklist.control.Dashboard;
import id.anjungan.spi.Role;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** Figures for staff. */
@Path("dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    @Inject
    Dashboard dashboard;
    @Inject
    Caller caller;
    @Inject
    StaffAreas areas;

    /** Across the city on the city tier, but a TKSK's or camat's kecamatan only. */
    @GET
    @Allowed({Role.PSM, Role.TKSK, Role.KASI_KESOS, Role.CAMAT, Role.DINSOS})
    public Map<String, Object> figures() {
        return dashboard.figures(areas.of(caller.actor()).narrow(null));
    }
}
