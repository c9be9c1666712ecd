package id.anjungan.host.city.boundary;

import id.anjungan.host.city.control.ModuleStore;
import id.anjungan.host.city.control.RolloutRings;
import id.anjungan.host.city.control.RolloutOverview;
import id.anjungan.host.city.control.Rollouts;
import id.anjungan.host.city.entity.ModuleJarRow;
import id.anjungan.host.city.entity.Rollout;
import id.anjungan.host.modules.boundary.AdminModulesResource;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.security.control.Allowed;
import id.anjungan.host.security.control.Caller;
import id.anjungan.host.security.control.StaffAreas;
import id.anjungan.spi.Role;
import id.anjungan.spi.platform.AuditLog;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Module rollouts on the city tier, for its admin: the store of signed jars, the rings, and rollouts that move ring by
 * ring and halt on a failing kiosk.
 */
@Path("city")
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.ADMIN)
public class RolloutsResource {

    @Inject
    Database db;
    @Inject
    ModuleStore store;
    @Inject
    RolloutRings rings;
    @Inject
    Rollouts rollouts;
    @Inject
    RolloutOverview overview;
    @Inject
    Caller caller;
    @Inject
    StaffAreas areas;
    @Inject
    AuditLog audit;

    /** A rollout as the admin starts it: the stored jar, and how many kiosks of a ring may fail (0 by default). */
    public record RolloutRequest(String sha256, Integer errorThreshold) {
    }

    /** The rings as the admin sets them, in order. */
    public record RingsRequest(List<RolloutRings.Ring> rings) {
    }

    @POST
    @Path("modules")
    @Consumes({"application/java-archive", MediaType.APPLICATION_OCTET_STREAM})
    public Response storeRaw(InputStream jar) {
        cityTier();
        return AdminModulesResource.withUpload(jar, this::stored);
    }

    @POST
    @Path("modules")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response store(List<EntityPart> parts) {
        cityTier();
        return AdminModulesResource.withUpload(AdminModulesResource.jarOf(parts), this::stored);
    }

    private Response stored(java.nio.file.Path upload) {
        ModuleJarRow row = store.store(upload, caller.actor().username());
        audit.record(caller.actor(), "city-module-store", row.sha256, row.code + " " + row.version);
        return Response.status(201).entity(json(row)).build();
    }

    @GET
    @Path("modules")
    public Map<String, Object> modules() {
        return Map.of("modules", store.list().stream().map(RolloutsResource::json).toList());
    }

    @GET
    @Path("rings")
    public Map<String, Object> rings() {
        return Map.of("rings", db.read(rings::all));
    }

    @PUT
    @Path("rings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> setRings(RingsRequest request) {
        cityTier();
        List<RolloutRings.Ring> set = db.txRetrying(em -> rings.replace(em, request == null ? null : request.rings()));
        audit.record(caller.actor(), "rollout-rings", "rings", set.stream().map(RolloutRings.Ring::name)
                .reduce((a, b) -> a + " > " + b).orElse(""));
        return Map.of("rings", set);
    }

    @POST
    @Path("rollouts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(RolloutRequest request) {
        cityTier();
        if (request == null) {
            throw Problem.of(400, "bad-request", "Permintaan tidak lengkap", "Incomplete request",
                    "Sebutkan modul (sha256) yang akan diluncurkan.", "Name the module (sha256) to roll out.");
        }
        Rollout r = rollouts.start(ModuleStore.checked(request.sha256()), request.errorThreshold(),
                caller.actor().username());
        audit.record(caller.actor(), "rollout-start", String.valueOf(r.id), r.code + " " + r.version
                + " threshold " + r.errorThreshold);
        return Response.status(201).entity(overview.overview().stream().filter(o -> o.get("id").equals(r.id))
                .findFirst().orElseThrow()).build();
    }

    @GET
    @Path("rollouts")
    public Map<String, Object> rollouts() {
        return Map.of("rollouts", overview.overview());
    }

    private void cityTier() {
        if (!areas.city()) {
            throw Problem.of(409, "not-city-tier", "Bukan server kota", "Not the city tier",
                    "Modul diluncurkan dari server kota, tidak dari anjungan.",
                    "Modules are rolled out from the city tier, not from a kiosk.");
        }
    }

    static Map<String, Object> json(ModuleJarRow row) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sha256", row.sha256);
        m.put("code", row.code);
        m.put("version", row.version);
        m.put("signer", row.signer);
        m.put("size", row.size);
        m.put("uploadedAt", row.uploaded.toString());
        m.put("uploadedBy", row.uploadedBy);
        return m;
    }
}
