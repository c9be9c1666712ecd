package id.anjungan.host.city.boundary;

import id.anjungan.host.city.control.ProgramsPerKelurahan;
import id.anjungan.host.city.entity.KelurahanPrograms;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.security.control.Allowed;
import id.anjungan.host.security.control.AreaNames;
import id.anjungan.host.security.control.Caller;
import id.anjungan.host.security.control.StaffAreas;
import id.anjungan.spi.Role;
import id.anjungan.spi.platform.AuditLog;
import id.anjungan.spi.platform.KioskClock;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The programs each kelurahan runs, set by the city's admin; its kiosks enable exactly these until the city hands the
 * kelurahan back.
 */
@Path("city/kelurahan/{name}/programs")
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.ADMIN)
public class KelurahanProgramsResource {

    @Inject
    Database db;
    @Inject
    ProgramsPerKelurahan programs;
    @Inject
    Caller caller;
    @Inject
    StaffAreas areas;
    @Inject
    AuditLog audit;
    @Inject
    KioskClock clock;

    /** The programs a kelurahan runs. */
    public record ProgramsRequest(List<String> programs) {
    }

    @GET
    public Map<String, Object> get(@PathParam("name") String name) {
        cityOnly(areas);
        String kelurahan = AreaNames.checked("kelurahan", name);
        return db.read(em -> programs.of(em, kelurahan)).filter(row -> row.released == null)
                .map(KelurahanProgramsResource::json)
                .orElseThrow(() -> Problem.of(404, "programs-not-set", "Program belum diatur", "Programs not set",
                        "Server kota belum mengatur program kelurahan ini; anjungannya memakai pengaturan sendiri.",
                        "The city has not set this kelurahan's programs; its kiosks keep their own settings."));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> set(@PathParam("name") String name, ProgramsRequest request) {
        cityOnly(areas);
        if (request == null) {
            throw Problem.of(400, "bad-request", "Permintaan tidak lengkap", "Incomplete request",
                    "Isi daftar program kelurahan.", "Fill in the kelurahan's list of programs.");
        }
        // two admins at once: the unique revision lets one commit, the other runs again on top of it
        KelurahanPrograms row = db.txRetrying(em -> programs.set(em, name, request.programs(), caller.actor().username(),
                clock.now()));
        audit.record(caller.actor(), "kelurahan-programs", row.kelurahan, "programs=" + row.programs + " revision="
                + row.revision);
        return json(row);
    }

    /**
     * Hands the kelurahan back: the city stops setting its programs, each of its kiosks keeps those it runs and its own
     * admin switches them again. Again changes nothing.
     */
    @DELETE
    public Map<String, Object> release(@PathParam("name") String name) {
        cityOnly(areas);
        KelurahanPrograms row = db.txRetrying(em -> programs.release(em, name, caller.actor().username(), clock.now()));
        audit.record(caller.actor(), "kelurahan-programs-released", row.kelurahan, "revision=" + row.revision);
        return json(row);
    }

    static void cityOnly(StaffAreas areas) {
        if (!areas.city()) {
            throw Problem.of(409, "not-city-tier", "Bukan server kota", "Not the city tier",
                    "Program tiap kelurahan diatur di server kota, tidak di anjungan.",
                    "The programs of each kelurahan are set on the city tier, not at a kiosk.");
        }
    }

    /** {@code managed}: the city sets the programs; false once it handed the kelurahan back ({@code released}). */
    static Map<String, Object> json(KelurahanPrograms row) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kelurahan", row.kelurahan);
        m.put("managed", row.released == null);
        if (row.released == null) {
            m.put("programs", ProgramsPerKelurahan.codes(row.programs));
        } else {
            m.put("released", true);
        }
        m.put("revision", row.revision);
        m.put("changedAt", row.changed.toString());
        m.put("changedBy", row.changedBy);
        return m;
    }
}
