package id.anjungan.host.city.control;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Programs per kelurahan on PostgreSQL (V14, the revision query): {@code -Dpg.url=jdbc:postgresql://…}. */
@EnabledIfSystemProperty(named = "pg.url", matches = "jdbc:postgresql:.+")
class ProgramsPerKelurahanPostgresTest extends ProgramsPerKelurahanTest {

    @Override
    CityFixture fixture() throws Exception {
        return CityFixture.postgres(dir, System.getProperty("pg.url"));
    }
}
