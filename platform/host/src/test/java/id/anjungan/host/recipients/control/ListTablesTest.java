package id.anjungan.host.recipients.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ListTablesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // why,                                         age in hours, shared database, dropped
        "embedded: nobody else imports,                   0,           false,           true",
        "shared: maybe another server's running import,   0,           true,            false",
        "shared: a day has passed,                        25,          true,            true",
        "shared: not yet a day,                           23,          true,            false",
    })
    void anUnusedTableIsDroppedAtStartOnlyWhenNoOtherServerCanBeFillingIt(String why, long hours, boolean shared,
                                                                         boolean dropped) {
        String table = ListTables.newName(NOW.minus(Duration.ofHours(hours)));
        assertEquals(dropped, ListTables.abandoned(table, NOW, shared), why);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rcp_0123456789ab", "rcp_5f3a1b2c0d9e8f"})
    void namesOfBothGenerationsAreListTables(String name) {
        assertTrue(ListTables.isListTable(name));
        assertEquals(name, ListTables.checked(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"recipient", "rcp_x; DROP TABLE audit", "RCP_0123456789AB", "rcp_0123"})
    void nothingElseIsSplicedIntoSql(String name) {
        assertThrows(IllegalArgumentException.class, () -> ListTables.checked(name));
    }

    @Test
    void aTableNamedBeforeNamesCarriedTheirTimeCountsAsOld() {
        assertTrue(ListTables.abandoned("rcp_0123456789ab", NOW, true));
    }
}
