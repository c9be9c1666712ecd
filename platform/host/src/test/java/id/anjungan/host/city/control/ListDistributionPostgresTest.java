package id.anjungan.host.city.control;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The city's list distribution on PostgreSQL (a cursor over the list): {@code -Dpg.url=jdbc:postgresql://…}. */
@EnabledIfSystemProperty(named = "pg.url", matches = "jdbc:postgresql:.+")
class ListDistributionPostgresTest extends ListDistributionTest {

    @Override
    CityFixture fixture() throws Exception {
        return CityFixture.postgres(dir, System.getProperty("pg.url"));
    }
}
