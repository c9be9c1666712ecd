package id.anjungan.host.relay.control;

import id.anjungan.host.city.control.CityFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The city's side on PostgreSQL (two nodes claiming rows): {@code -Dpg.url=jdbc:postgresql://…} (its own database). */
@EnabledIfSystemProperty(named = "pg.url", matches = "jdbc:postgresql:.+")
class DecisionRoundTripPostgresTest extends DecisionRoundTripTest {

    @Override
    CityFixture cityFixture(Path cityDir) throws Exception {
        return CityFixture.postgres(cityDir, System.getProperty("pg.url"));
    }
}
