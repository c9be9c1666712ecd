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
        // why,                                           created minutes before this start, shared, dropped
        "embedded: left by an earlier run,                  60,     false,  true",
        "embedded: an import begun after this start,        -1,     false,  false",
        "embedded: the very second this server started,     0,      false,  false",
        "shared: maybe another server's running import,     0,      true,   false",
        "shared: a day has passed,                          1500,   true,   true",
        "shared: not yet a day,                             1380,   true,   false",
    })
    void anUnusedTableIsDroppedOnlyWhenNoImportCanBeFillingIt(String why, long minutes, boolean shared,
                                                              boolean dropped) {
        String table = ListTables.newName(NOW.minus(Duration.ofMinutes(minutes)));
        assertEquals(dropped, ListTables.abandoned(table, ListTables.droppableBefore(NOW, NOW, shared)), why);
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
        assertTrue(ListTables.abandoned("rcp_0123456789ab", ListTables.droppableBefore(NOW, NOW, true)));
    }
}
