package id.anjungan.host.city.control;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Competing consumers on PostgreSQL: {@code -Dpg.url=jdbc:postgresql://…} (a database of its own). */
@EnabledIfSystemProperty(named = "pg.url", matches = "jdbc:postgresql:.+")
class CityConsumersPostgresTest extends CityConsumersTest {

    @Override
    CityFixture fixture() throws Exception {
        return CityFixture.postgres(dir, System.getProperty("pg.url"));
    }
}
