package id.anjungan.host.catalog.boundary;

import id.anjungan.host.config.Setting;
import id.anjungan.host.config.Settings;
import id.anjungan.host.security.control.StaffAreas;
import id.anjungan.spi.platform.Kelurahan;
import id.anjungan.spi.platform.KioskClock;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * Where the kiosk stands, how long it waits for an idle resident, and its tier: {@code kiosk}, or {@code city} for a
 * node of the city tier (the staff menu shows each tier its own screens).
 */
@Path("kiosk")
@Produces(MediaType.APPLICATION_JSON)
public class KioskResource {

    @Inject
    Kelurahan kelurahan;
    @Inject
    KioskClock clock;
    @Inject
    StaffAreas areas;

    @GET
    public Map<String, Object> kiosk() {
        return Map.of("kelurahan", kelurahan.name(), "kecamatan", kelurahan.kecamatan(), "city", kelurahan.city(),
                "idleSeconds", Settings.number(Setting.IDLE_SECONDS),
                "warningSeconds", Settings.number(Setting.IDLE_WARNING_SECONDS),
                "zone", clock.zone().getId(), // ANJUNGAN_ZONE: the staff screens show times as the kiosk's clock reads them
                "tier", areas.city() ? "city" : "kiosk");
    }
}
