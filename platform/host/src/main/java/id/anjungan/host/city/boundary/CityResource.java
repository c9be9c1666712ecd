package id.anjungan.host.city.boundary;

import id.anjungan.host.city.control.CityClaims;
import id.anjungan.host.city.control.OriginAudits;
import id.anjungan.host.city.entity.ClaimConflict;
import id.anjungan.host.city.entity.OriginKiosk;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.privacy.Masking;
import id.anjungan.host.security.control.Allowed;
import id.anjungan.host.security.control.Caller;
import id.anjungan.host.security.control.StaffAreas;
import id.anjungan.spi.Role;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

    /** The kiosks the city heard from, with where they stand and when they last sent. */
    @GET
    @Path("kiosks")
    @Allowed({Role.TKSK, Role.KASI_KESOS, Role.CAMAT, Role.DINSOS})
    public Map<String, Object> kiosks() {
        List<OriginKiosk> kiosks = db.read(em -> em.createQuery("select k from OriginKiosk k order by k.id",
                OriginKiosk.class).getResultList());
        return Map.of("kiosks", kiosks.stream().map(k -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kiosk", k.id);
            m.put("kelurahan", k.kelurahan);
            m.put("kecamatan", k.kecamatan);
            m.put("lastMessageAt", k.lastMessage == null ? null : k.lastMessage.toString());
            m.put("messages", k.messages);
            return m;
        }).toList());
    }

    /** Each kiosk's audit chain verified again: up to which entry it follows, and its last anchor. */
    @GET
    @Path("audit")
    @Allowed({Role.KASI_KESOS, Role.CAMAT, Role.DINSOS})
    public Map<String, Object> audit() {
        return Map.of("origins", db.read(audits::verify));
    }
}
