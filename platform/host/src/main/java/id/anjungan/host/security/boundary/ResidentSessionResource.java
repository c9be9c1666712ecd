package id.anjungan.host.security.boundary;

import id.anjungan.host.security.control.ResidentSession;
import id.anjungan.host.security.control.ResidentSessions;
import id.anjungan.host.web.ClientAddress;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * A resident's visit: started when they touch "Mulai", ended at the idle reset or "Selesai". The device is the remote
 * address the server sees, never a header the client chooses.
 */
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
public class ResidentSessionResource {

    @Inject
    ResidentSessions sessions;
    @Context
    HttpServletRequest request;

    @POST
    public Response start() {
        ResidentSession session = sessions.start(ClientAddress.of(request));
        return Response.status(201).entity(Map.of("session", session.id(), "header", ResidentSessions.HEADER))
                .header("Cache-Control", "no-store").build();
    }

    @DELETE
    public Response end(@HeaderParam(ResidentSessions.HEADER) String id) {
        sessions.end(id, ClientAddress.of(request));
        return Response.noContent().build();
    }
}
