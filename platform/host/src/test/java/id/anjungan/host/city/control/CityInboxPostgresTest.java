package id.anjungan.host.city.control;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The apply rules on PostgreSQL, the city tier's database: {@code -Dpg.url=jdbc:postgresql://…} (a database of its own). */
@EnabledIfSystemProperty(named = "pg.url", matches = "jdbc:postgresql:.+")
class CityInboxPostgresTest extends CityInboxTest {

    @BeforeEach
    @Override
    void open() throws Exception {
        city = CityFixture.postgres(dir, System.getProperty("pg.url"));
    }
}
