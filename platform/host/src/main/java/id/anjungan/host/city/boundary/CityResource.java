package id.anjungan.host.city.boundary;

import id.anjungan.host.city.control.CityClaims;
import id.anjungan.host.city.control.KioskSites;
import id.anjungan.host.city.control.KioskStatuses;
import id.anjungan.host.city.control.OriginAudits;
import id.anjungan.host.city.control.ProgramsPerKelurahan;
import id.anjungan.host.city.entity.ClaimConflict;
import id.anjungan.host.city.entity.KioskSite;
import id.anjungan.host.city.entity.OriginKiosk;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.privacy.Masking;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.security.control.Allowed;
import id.anjungan.host.security.control.Caller;
import id.anjungan.host.security.control.StaffAreas;
import id.anjungan.spi.Role;
import id.anjungan.spi.platform.AuditLog;
import id.anjungan.spi.platform.KioskClock;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The city tier for staff: claims in conflict across kiosks, the kiosks heard from, each kiosk's audit chain. */
@Path("city")
@Produces(MediaType.APPLICATION_JSON)
public class CityResource {

    @Inject
    Database db;
    @Inject
    CityClaims claims;
    @Inject
    OriginAudits audits;
    @Inject
    Caller caller;
    @Inject
    StaffAreas areas;
    @Inject
    KioskSites sites;
    @Inject
    AuditLog audit;
    @Inject
    KioskClock clock;
    @Inject
    KioskStatuses statuses;
    @Inject
    ProgramsPerKelurahan programs;

    /** Where the admin registers a kiosk: its kelurahan and kecamatan. */
    public record SiteRequest(String kelurahan, String kecamatan) {
    }

    /** The TKSK's conflict worklist: later cases whose claim-once key an earlier case holds. */
    @GET
    @Path("conflicts")
    @Allowed({Role.TKSK, Role.KASI_KESOS, Role.CAMAT, Role.DINSOS})
    public Map<String, Object> conflicts(@QueryParam("kecamatan") String kecamatan,
                                         @QueryParam("kelurahan") String kelurahan) {
        String area = areas.of(caller.actor()).narrow(kecamatan); // a TKSK: their kecamatan's conflicts only
        List<ClaimConflict> found = db.read(em -> claims.conflicts(em, area, kelurahan));
        return Map.of("conflicts", found.stream().map(CityResource::summary).toList());
    }

    private static Map<String, Object> summary(ClaimConflict c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tracking", c.tracking);
        m.put("kiosk", c.kiosk);
        m.put("heldBy", c.heldBy);
        m.put("heldKiosk", c.heldKiosk);
        m.put("scope", c.scope);
        m.put("claimKey", Masking.mask(c.claimKey)); // a household's KK
        m.put("kelurahan", c.kelurahan);
        m.put("kecamatan", c.kecamatan);
        m.put("listedAt", c.listed == null ? null : c.listed.toString());
        return m;
    }

    /**
     * Every kiosk registered or heard from: where it stands, when it last sent, and by its newest heartbeat each
     * module's version and health, its last contact and its sync queue.
     */
    @GET
    @Path("kiosks")
    @Allowed({Role.TKSK, Role.KASI_KESOS, Role.CAMAT, Role.DINSOS, Role.ADMIN})
    public Map<String, Object> kiosks() {
        Map<String, Map<String, Object>> byId = new java.util.TreeMap<>();
        db.read(em -> {
            for (KioskSite site : sites.all(em)) {
                Map<String, Object> m = row(byId, site.id);
                m.put("kelurahan", site.kelurahan);
                m.put("kecamatan", site.kecamatan);
                m.put("registered", true);
                m.put("registeredAt", site.registered.toString());
            }
            for (OriginKiosk k : em.createQuery("select k from OriginKiosk k", OriginKiosk.class).getResultList()) {
                Map<String, Object> m = row(byId, k.id);
                m.putIfAbsent("kelurahan", k.kelurahan); // an unregistered kiosk: where its cases say it is
                m.putIfAbsent("kecamatan", k.kecamatan);
                m.put("lastMessageAt", k.lastMessage == null ? null : k.lastMessage.toString());
                m.put("messages", k.messages);
            }
            statuses.all(em).forEach((id, reported) -> { // its heartbeat: modules, health, last contact, sync queue
                Map<String, Object> m = row(byId, id);
                m.put("lastContactAt", reported.received().toString());
                m.put("statusSentAt", reported.sent().toString());
                m.put("modules", reported.status().modules());
                m.put("sync", reported.status().sync());
            });
            return null;
        });
        return Map.of("kiosks", List.copyOf(byId.values()));
    }

    private static Map<String, Object> row(Map<String, Map<String, Object>> byId, String id) {
        return byId.computeIfAbsent(id, k -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kiosk", k);
            m.put("registered", false);
            m.put("messages", 0L);
            return m;
        });
    }

    /** Registers a kiosk where it stands (or moves it): what goes down to it by place follows this registration. */
    @PUT
    @Path("kiosks/{kiosk}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.ADMIN)
    public Map<String, Object> register(@PathParam("kiosk") String kiosk, SiteRequest request) {
        if (request == null) {
            throw Problem.of(400, "bad-request", "Permintaan tidak lengkap", "Incomplete request",
                    "Isi kelurahan dan kecamatan anjungan.", "Fill in the kiosk's kelurahan and kecamatan.");
        }
        if (!areas.city()) {
            throw Problem.of(409, "not-city-tier", "Bukan server kota", "Not the city tier",
                    "Anjungan didaftarkan di server kota, tidak di anjungan.",
                    "Kiosks are registered on the city tier, not at a kiosk.");
        }
        String id = KioskSites.checkedId(kiosk);
        boolean created = db.tx(em -> {
            boolean first = sites.register(em, id, request.kelurahan(), request.kecamatan(),
                    caller.actor().username(), clock.now());
            programs.toRegistered(em, id); // its (new) kelurahan's programs, with the registration
            return first;
        });
        KioskSite site = db.read(em -> sites.of(em, id)).orElseThrow();
        audit.record(caller.actor(), "kiosk-register", id, "kelurahan=" + site.kelurahan + " kecamatan="
                + site.kecamatan);
        return Map.of("kiosk", id, "kelurahan", site.kelurahan, "kecamatan", site.kecamatan, "registered", true,
                "created", created);
    }

    /** Each kiosk's audit chain verified again: up to which entry it follows, and its last anchor. */
    @GET
    @Path("audit")
    @Allowed({Role.KASI_KESOS, Role.CAMAT, Role.DINSOS})
    public Map<String, Object> audit() {
        return Map.of("origins", db.read(audits::verify));
    }
}
