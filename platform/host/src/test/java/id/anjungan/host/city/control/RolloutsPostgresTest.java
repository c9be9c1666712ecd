package id.anjungan.host.city.control;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The rollout controller on PostgreSQL: {@code -Dpg.url=jdbc:postgresql://…} (a database of its own). */
@EnabledIfSystemProperty(named = "pg.url", matches = "jdbc:postgresql:.+")
class RolloutsPostgresTest extends RolloutsTest {

    @Override
    CityFixture fixture() throws Exception {
        return CityFixture.postgres(dir, System.getProperty("pg.url"));
    }
}
