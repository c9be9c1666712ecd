package id.anjungan.host.recipients.control;

import id.anjungan.host.persistence.Database;
import id.anjungan.host.persistence.JsonText;
import id.anjungan.host.recipients.entity.RecipientListRow;
import id.anjungan.host.recipients.entity.RecipientRow;
import id.anjungan.host.runtime.control.PlatformService;
import id.anjungan.spi.platform.RecipientLists;
import id.anjungan.spi.platform.RecipientRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Recipient lists in the database. Periods are compared as text: {@code 2026-11} after {@code 2026-10}. Rows of an
 * imported list are stored under the import's key ({@link RecipientListRow#storedAs}); rows staged by an import that
 * is still running (keys starting with {@code ~}) are never visible.
 */
@ApplicationScoped
public class StoredRecipientLists implements RecipientLists, PlatformService {

    @Inject
    Database db;

    @Override
    public Class<?> serviceType() {
        return RecipientLists.class;
    }

    @Override
    public Optional<RecipientRecord> find(String program, String nik) {
        return db.read(em -> periods(em, program).stream().findFirst()
                .flatMap(period -> row(em, program, storedAs(em, program, period), nik).map(r -> record(r, period))));
    }

    @Override
    public Optional<RecipientRecord> find(String program, String period, String nik) {
        return db.read(em -> row(em, program, storedAs(em, program, period), nik).map(r -> record(r, period)));
    }

    @Override
    public List<RecipientRecord> list(String program, String period) {
        return db.read(em -> em.createQuery("select r from RecipientRow r where r.program = :p and r.period = :pe "
                        + "order by r.name", RecipientRow.class).setParameter("p", program)
                .setParameter("pe", storedAs(em, program, period)).getResultList().stream()
                .map(r -> record(r, period)).toList());
    }

    @Override
    public List<String> periods(String program) {
        return db.read(em -> periods(em, program));
    }

    /**
     * The list pointers change only when an import completes, yet every status lookup needs them for every program:
     * they are remembered for a moment (this host forgets them at once when it publishes a list).
     */
    private static final java.util.Map<String, Remembered> POINTERS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final long REMEMBER_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(2);

    private record Remembered(long until, Object value) {
    }

    @SuppressWarnings("unchecked")
    private static <T> T remembered(EntityManager em, String what, java.util.function.Supplier<T> load) {
        String key = System.identityHashCode(em.getEntityManagerFactory()) + "|" + what; // one database each
        Remembered r = POINTERS.get(key);
        if (r != null && r.until() - System.nanoTime() > 0) {
            return (T) r.value();
        }
        T value = load.get();
        POINTERS.put(key, new Remembered(System.nanoTime() + REMEMBER_NANOS, value));
        return value;
    }

    private static List<String> periods(EntityManager em, String program) {
        return remembered(em, "periods|" + program, () -> loadPeriods(em, program));
    }

    private static List<String> loadPeriods(EntityManager em, String program) {
        List<String> listed = em.createQuery("select l.period from RecipientListRow l where l.program = :p "
                + "order by l.period desc", String.class).setParameter("p", program).getResultList();
        if (!listed.isEmpty()) {
            return listed;
        }
        // rows stored before lists were recorded in recipient_list
        return em.createQuery("select distinct r.period from RecipientRow r where r.program = :p "
                + "and r.period not like '~%' order by r.period desc", String.class).setParameter("p", program)
                .getResultList();
    }

    /**
     * A person's entry in the newest list of every program, in one query: what a status lookup needs, without a
     * round trip per program.
     */
    public java.util.Map<String, RecipientRecord> newestEntries(String nik) {
        return db.read(em -> {
            java.util.Map<String, RecipientListRow> newest = remembered(em, "newest", () -> newestLists(em));
            java.util.Map<String, RecipientRecord> entries = new java.util.HashMap<>();
            if (newest.isEmpty()) {
                return entries;
            }
            // one index probe per program's list (program, period, nik): the table has no index on the NIK alone,
            // which a million-row import would have to maintain in random order
            StringBuilder sql = new StringBuilder();
            List<String> params = new java.util.ArrayList<>();
            for (RecipientListRow list : newest.values()) {
                sql.append(sql.length() == 0 ? "" : " UNION ALL ").append("SELECT program, nik, kk, full_name, "
                        + "address, rt, rw, kelurahan, fields_json FROM recipient WHERE program = ? AND period = ? "
                        + "AND nik = ?");
                params.addAll(List.of(list.program, list.storedAs == null ? list.period : list.storedAs, nik));
            }
            jakarta.persistence.Query query = em.createNativeQuery(sql.toString());
            for (int i = 0; i < params.size(); i++) {
                query.setParameter(i + 1, params.get(i));
            }
            for (Object row : query.getResultList()) {
                Object[] c = (Object[]) row;
                String program = (String) c[0];
                entries.put(program, new RecipientRecord(program, newest.get(program).period, (String) c[1],
                        (String) c[2], (String) c[3], (String) c[4], (String) c[5], (String) c[6], (String) c[7],
                        JsonText.readMap((String) c[8])));
            }
            return entries;
        });
    }

    /** The newest published list of every program. */
    private static java.util.Map<String, RecipientListRow> newestLists(EntityManager em) {
        java.util.Map<String, RecipientListRow> newest = new java.util.HashMap<>();
        for (RecipientListRow l : em.createQuery("select l from RecipientListRow l", RecipientListRow.class)
                .getResultList()) {
            newest.merge(l.program, l, (a, b) -> a.period.compareTo(b.period) >= 0 ? a : b);
        }
        return java.util.Map.copyOf(newest);
    }

    /** Recipients in a kelurahan. */
    public record KelurahanCount(String program, String kelurahan, long count) {
    }

    /** Recipients per kelurahan in the newest period of every program with a list. */
    public List<KelurahanCount> newestPerKelurahan() {
        return db.read(em -> {
            List<String> programs = em.createQuery("select distinct l.program from RecipientListRow l order by l.program",
                    String.class).getResultList();
            return programs.stream().flatMap(program -> periods(em, program).stream().limit(1).flatMap(period -> em
                    .createQuery("select r.kelurahan, count(r) from RecipientRow r where r.program = :p "
                            + "and r.period = :pe group by r.kelurahan order by r.kelurahan", Object[].class)
                    .setParameter("p", program).setParameter("pe", storedAs(em, program, period)).getResultList()
                    .stream().map(c -> new KelurahanCount(program, (String) c[0], ((Number) c[1]).longValue()))))
                    .toList();
        });
    }

    @Override
    public List<String> programsOf(String nik) {
        return newestEntries(nik).keySet().stream().sorted().toList();
    }

    @Override
    public int put(String program, String period, List<RecipientRecord> rows) {
        return db.txRetrying(em -> {
            String storedAs = storedAs(em, program, period);
            for (RecipientRecord r : rows) {
                upsert(em, program, storedAs, r);
            }
            em.flush();
            long count = em.createQuery("select count(r) from RecipientRow r where r.program = :p and r.period = :pe",
                    Long.class).setParameter("p", program).setParameter("pe", storedAs).getSingleResult();
            published(em, program, period, storedAs, count, Instant.now());
            return (int) count;
        });
    }

    /**
     * Records that a program's period now consists of the rows stored under {@code storedAs}, inside the caller's
     * transaction; returns the key the period's rows were stored under before, or {@code null}.
     */
    static String published(EntityManager em, String program, String period, String storedAs, long rows, Instant at) {
        POINTERS.clear();
        RecipientListRow list = em.find(RecipientListRow.class, RecipientListRow.key(program, period));
        String before = list == null ? null : list.storedAs;
        if (list == null) {
            list = new RecipientListRow();
            list.key = RecipientListRow.key(program, period);
            list.program = program;
            list.period = period;
            em.persist(list);
        }
        list.storedAs = storedAs;
        list.rows = rows;
        list.updated = at;
        return before == null && !storedAs.equals(period) ? period : before;
    }

    /** The key the rows of a period are stored under. */
    static String storedAs(EntityManager em, String program, String period) {
        return remembered(em, "stored|" + program + "|" + period, () -> {
            RecipientListRow list = em.find(RecipientListRow.class, RecipientListRow.key(program, period));
            return list == null || list.storedAs == null ? period : list.storedAs;
        });
    }

    /** Inserts or replaces the row of a NIK, inside the caller's transaction. */
    private static void upsert(EntityManager em, String program, String storedAs, RecipientRecord r) {
        RecipientRow row = row(em, program, storedAs, r.nik()).orElseGet(RecipientRow::new);
        row.program = program;
        row.period = storedAs;
        row.nik = r.nik();
        row.kk = r.kk();
        row.name = r.name();
        row.address = r.address();
        row.rt = r.rt();
        row.rw = r.rw();
        row.kelurahan = r.kelurahan();
        row.fields = JsonText.write(r.fields());
        if (row.id == 0) {
            em.persist(row);
        }
    }

    private static Optional<RecipientRow> row(EntityManager em, String program, String storedAs, String nik) {
        return em.createQuery("select r from RecipientRow r where r.program = :p and r.period = :pe and r.nik = :n",
                        RecipientRow.class).setParameter("p", program).setParameter("pe", storedAs).setParameter("n", nik)
                .getResultList().stream().findFirst();
    }

    private static RecipientRecord record(RecipientRow r, String period) {
        return new RecipientRecord(r.program, period, r.nik, r.kk, r.name, r.address, r.rt, r.rw, r.kelurahan,
                JsonText.readMap(r.fields));
    }
}
