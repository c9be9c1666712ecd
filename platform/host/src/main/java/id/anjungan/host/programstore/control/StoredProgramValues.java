package id.anjungan.host.programstore.control;

import id.anjungan.host.modules.control.CallScope;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.persistence.KeyLocks;
import id.anjungan.host.programstore.entity.ProgramValue;
import id.anjungan.host.osgi.PerProgramService;
import id.anjungan.spi.platform.ProgramStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every program's key-value store in the database, one row per key; each module gets a {@link ProgramStore} bound to
 * its own program, so it cannot read or change another's keys.
 */
@ApplicationScoped
public class StoredProgramValues implements PerProgramService {

    @Inject
    Database db;

    @Override
    public Class<?> serviceType() {
        return ProgramStore.class;
    }

    @Override
    public ProgramStore forProgram(String program) {
        return new Bound(program);
    }

    Optional<String> get(String program, String key) {
        ProgramValue.Key id = new ProgramValue.Key(program, checkedKey(key));
        return db.read(em -> Optional.ofNullable(em.find(ProgramValue.class, id)).map(v -> v.value));
    }

    SortedMap<String, String> withPrefix(String program, String prefix) {
        TreeMap<String, String> found = new TreeMap<>();
        db.read(em -> em.createQuery("select v from ProgramValue v where v.program = :p"
                + " and v.valueKey like :k escape '!'", ProgramValue.class).setParameter("p", program).setParameter("k", escaped(prefix) + "%")
                .getResultList()).stream().filter(v -> v.valueKey.startsWith(prefix))
                .forEach(v -> found.put(v.valueKey, v.value));
        return Collections.unmodifiableSortedMap(found);
    }

    void putAll(String program, Map<String, String> values) {
        values.forEach(StoredProgramValues::check);
        CallScope.write(() -> db.txRetrying(em -> {
            values.forEach((key, value) -> {
                ProgramValue row = em.find(ProgramValue.class, new ProgramValue.Key(program, key));
                if (row == null) {
                    row = new ProgramValue();
                    row.program = program;
                    row.valueKey = key;
                    row.value = value;
                    em.persist(row);
                } else {
                    row.value = value;
                }
            });
            return null;
        }));
    }

    String putIfAbsent(String program, String key, String value) {
        check(key, value);
        return CallScope.write(() -> {
            synchronized (KeyLocks.of(program + "|" + key)) {
                Optional<String> held = get(program, key);
                if (held.isPresent()) {
                    return held.get();
                }
                try {
                    return db.tx(em -> {
                        ProgramValue row = new ProgramValue();
                        row.program = program;
                        row.valueKey = key;
                        row.value = value;
                        em.persist(row);
                        em.flush();
                        return value;
                    });
                } catch (PersistenceException lost) { // another kiosk on the same database stored it first
                    return get(program, key).orElseThrow(() -> lost);
                }
            }
        });
    }

    boolean remove(String program, String key) {
        ProgramValue.Key id = new ProgramValue.Key(program, checkedKey(key));
        return CallScope.write(() -> db.tx(em -> {
            ProgramValue row = em.find(ProgramValue.class, id);
            if (row != null) {
                em.remove(row);
            }
            return row != null;
        }));
    }

    private static String escaped(String prefix) {
        return prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static void check(String key, String value) {
        checkedKey(key);
        if (value == null || value.length() > ProgramStore.MAX_VALUE) {
            throw new IllegalArgumentException("a value is text of at most " + ProgramStore.MAX_VALUE + " characters");
        }
    }

    private static String checkedKey(String key) {
        if (key == null || key.isEmpty() || key.length() > ProgramStore.MAX_KEY) {
            throw new IllegalArgumentException("a key is 1-" + ProgramStore.MAX_KEY + " characters");
        }
        return key;
    }

    /** The store as one program sees it. */
    private final class Bound implements ProgramStore {
        private final String program;

        Bound(String program) {
            this.program = program;
        }

        @Override
        public Optional<String> get(String key) {
            return StoredProgramValues.this.get(program, key);
        }

        @Override
        public SortedMap<String, String> withPrefix(String prefix) {
            return StoredProgramValues.this.withPrefix(program, prefix);
        }

        @Override
        public void put(String key, String value) {
            putAll(Map.of(key, value));
        }

        @Override
        public void putAll(Map<String, String> values) {
            StoredProgramValues.this.putAll(program, values);
        }

        @Override
        public String putIfAbsent(String key, String value) {
            return StoredProgramValues.this.putIfAbsent(program, key, value);
        }

        @Override
        public boolean remove(String key) {
            return StoredProgramValues.this.remove(program, key);
        }
    }
}
