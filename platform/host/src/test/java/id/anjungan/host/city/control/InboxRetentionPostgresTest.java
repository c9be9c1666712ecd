package id.anjungan.host.city.control;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The retention on PostgreSQL, the city tier's database: {@code -Dpg.url=jdbc:postgresql://…}. */
@EnabledIfSystemProperty(named = "pg.url", matches = "jdbc:postgresql:.+")
class InboxRetentionPostgresTest extends InboxRetentionTest {

    @BeforeEach
    @Override
    void open() throws Exception {
        city = CityFixture.postgres(dir, System.getProperty("pg.url"));
    }
}
