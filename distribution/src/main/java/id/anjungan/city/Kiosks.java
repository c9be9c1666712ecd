package id.anjungan.city;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A kiosk of the demo city: its own home and Derby database, a kiosk number, a kelurahan, the city's broker. */
final class Kiosks {

    private Kiosks() {
    }

    static Service kiosk(CityTopology city, int k) throws IOException {
        CityTopology.Options options = city.options();
        Map<String, String> env = new HashMap<>();
        env.put("ANJUNGAN_HOME", city.dir("kiosk" + k).toString());
        env.put("ANJUNGAN_PORT", Integer.toString(city.ports().kiosk(k)));
        env.put("ANJUNGAN_KIOSK_NUMBER", Integer.toString(k));
        env.put("ANJUNGAN_KELURAHAN_NAME", CityTopology.kelurahan(k));
        env.put("ANJUNGAN_KELURAHAN_KECAMATAN", CityTopology.KECAMATAN);
        env.put("ANJUNGAN_CITY_BROKER_URL", options.kioskBrokerUrl().apply(k));
        env.put("ANJUNGAN_CITY_URL", city.cityUrl(""));
        env.put("ANJUNGAN_ADMIN_PASSWORD", "admin123");
        if (city.identityProvider() != null) {
            env.put("ANJUNGAN_IDP_URL", city.identityProvider());
        }
        env.put("ANJUNGAN_PRINTER", city.dir("kiosk" + k).resolve("printer.bin").toString());
        env.put("ANJUNGAN_CITY_STATUS_SECONDS", "2"); // a rollout in the demo moves in seconds, not minutes
        env.putAll(options.kioskEnvironment());
        return new Service("kiosk" + k, List.of(options.dist().resolve("bin/anjungan").toString(), "--demo"), env,
                city.log("kiosk" + k));
    }
}
