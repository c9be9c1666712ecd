package id.anjungan.host.programstore.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.persistence.Database;
import id.anjungan.host.persistence.TestDatabase;
import id.anjungan.spi.platform.ProgramStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StoredProgramValuesTest {

    @TempDir
    Path dir;
    private Database db;
    private StoredProgramValues values;

    @BeforeEach
    void open() {
        db = TestDatabase.open(dir);
        values = new StoredProgramValues();
        values.db = db;
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void eachProgramSeesOnlyItsOwnKeys() {
        ProgramStore cpp = values.forProgram("CPP");
        ProgramStore koin = values.forProgram("JUMATKOIN");
        cpp.put("secret", "abc");
        assertEquals(Optional.of("abc"), cpp.get("secret"));
        assertEquals(Optional.empty(), koin.get("secret"));
        assertTrue(koin.withPrefix("").isEmpty());
        assertFalse(koin.remove("secret"));
        assertEquals(Optional.of("abc"), cpp.get("secret"));
    }

    @Test
    void putAllReplacesAndPrefixesReadInKeyOrderWithWildcardsTakenLiterally() {
        ProgramStore store = values.forProgram("JUMATKOIN");
        store.putAll(Map.of("entry/KAS/2/kotak", "B", "entry/KAS/1/kotak", "A", "entry/KAS/1/saksi", "X, Y",
                "entry_KAS", "not under the prefix", "other", "o"));
        store.put("entry/KAS/1/kotak", "A2");
        assertEquals(List.of("entry/KAS/1/kotak", "entry/KAS/1/saksi", "entry/KAS/2/kotak"),
                List.copyOf(store.withPrefix("entry/").keySet()));
        assertEquals("A2", store.withPrefix("entry/KAS/1/").get("entry/KAS/1/kotak"));
        assertEquals(Set.of("entry_KAS"), store.withPrefix("entry_").keySet());
        assertTrue(store.remove("other"));
        assertEquals(4, store.withPrefix("").size());
    }

    @Test
    void theFirstOfManyRacingWritersWins() throws Exception {
        ProgramStore store = values.forProgram("CPP");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> held = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String mine = "secret-" + i;
                held.add(pool.submit(() -> values.forProgram("CPP").putIfAbsent("secret", mine)));
            }
            Set<String> seen = new HashSet<>();
            for (Future<String> f : held) {
                seen.add(f.get());
            }
            assertEquals(1, seen.size(), "every writer learns the one value stored");
            assertEquals(Optional.of(seen.iterator().next()), store.get("secret"));
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 201})
    void refusesKeysOutsideTheLimits(int length) {
        ProgramStore store = values.forProgram("CPP");
        assertThrows(IllegalArgumentException.class, () -> store.put("k".repeat(length), "v"));
        assertThrows(IllegalArgumentException.class, () -> store.get("k".repeat(length)));
    }

    @Test
    void refusesAValueTooLongAndStoresNoneOfItsBatch() {
        ProgramStore store = values.forProgram("CPP");
        assertThrows(IllegalArgumentException.class,
                () -> store.putAll(Map.of("a", "1", "b", "x".repeat(ProgramStore.MAX_VALUE + 1))));
        assertTrue(store.withPrefix("").isEmpty());
        store.put("b", "x".repeat(ProgramStore.MAX_VALUE));
        assertEquals(ProgramStore.MAX_VALUE, store.get("b").orElseThrow().length());
    }
}
