package id.anjungan.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.platform.ProgramStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link ProgramStore} does, the testkit's {@code MemoryProgramStore} and the kiosk's stored one alike, so
 * module tests on the testkit see what the kiosk does. A subclass gives, for each test, fresh stores by program.
 */
public abstract class ProgramStoreContract {

    /** The store as the module of {@code program} sees it (the same store for the same program within a test). */
    protected abstract ProgramStore store(String program);

    @Test
    void eachProgramSeesOnlyItsOwnKeys() {
        ProgramStore cpp = store("CPP");
        ProgramStore koin = store("JUMATKOIN");
        cpp.put("secret", "abc");
        assertEquals(Optional.of("abc"), cpp.get("secret"));
        assertEquals(Optional.empty(), koin.get("secret"));
        assertTrue(koin.withPrefix("").isEmpty());
        assertFalse(koin.remove("secret"));
        assertEquals(Optional.of("abc"), cpp.get("secret"));
    }

    @Test
    void putAllReplacesAndPrefixesReadInKeyOrderWithWildcardsTakenLiterally() {
        ProgramStore store = store("JUMATKOIN");
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
        ProgramStore store = store("CPP");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> held = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String mine = "secret-" + i;
                held.add(pool.submit(() -> store("CPP").putIfAbsent("secret", mine)));
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
        ProgramStore store = store("CPP");
        assertThrows(IllegalArgumentException.class, () -> store.put("k".repeat(length), "v"));
        assertThrows(IllegalArgumentException.class, () -> store.get("k".repeat(length)));
    }

    @Test
    void refusesAValueTooLongAndStoresNoneOfItsBatch() {
        ProgramStore store = store("CPP");
        assertThrows(IllegalArgumentException.class,
                () -> store.putAll(Map.of("a", "1", "b", "x".repeat(ProgramStore.MAX_VALUE + 1))));
        assertTrue(store.withPrefix("").isEmpty());
        store.put("b", "x".repeat(ProgramStore.MAX_VALUE));
        assertEquals(ProgramStore.MAX_VALUE, store.get("b").orElseThrow().length());
    }
}
