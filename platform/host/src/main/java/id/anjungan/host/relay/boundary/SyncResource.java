package id.anjungan.host.relay.boundary;

import id.anjungan.host.relay.control.SyncState;
import id.anjungan.host.security.control.Allowed;
import id.anjungan.spi.Role;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** The kiosk's way to the city as the admin screen shows it. */
@Path("admin/sync")
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.ADMIN)
public class SyncResource {

    @Inject
    SyncState state;

    @GET
    public Map<String, Object> state() {
        return state.now();
    }
}
