package id.anjungan.city;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** The city's Artemis pair: primary and backup on one shared store ({@code bin/anjungan-broker}). */
final class Brokers {

    private Brokers() {
    }

    static Service broker(CityTopology city, String role, int port) throws IOException {
        return new Service("broker-" + role, List.of(city.options().dist().resolve("bin/anjungan-broker").toString(),
                role, city.dir("broker").toString(), Integer.toString(port)), Map.of(), city.log("broker-" + role));
    }
}
