package id.anjungan.host.recipients.control;

import id.anjungan.host.identity.control.Digits;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.persistence.JsonText;
import id.anjungan.host.persistence.OpenStatements;
import id.anjungan.host.recipients.entity.RecipientListRow;
import id.anjungan.host.osgi.PlatformService;
import id.anjungan.host.threads.Threads;
import id.anjungan.spi.platform.RecipientLists;
import id.anjungan.spi.platform.RecipientRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Recipient lists in the database. Periods are compared as text: {@code 2026-11} after {@code 2026-10}. Each list's
 * rows are in a table of its own ({@link RecipientListRow#storedAs}, see {@link ListTables}); the table an import is
 * still filling is never visible.
 */
@ApplicationScoped
public class StoredRecipientLists implements RecipientLists, PlatformService {

    @Inject
    Database db;
    @Inject
    Threads threads;
    private java.util.concurrent.ExecutorService loader;

    @Override
    public Class<?> serviceType() {
        return RecipientLists.class;
    }

    @Override
    public Optional<RecipientRecord> find(String program, String nik) {
        return readFresh(em -> periods(program).stream().findFirst()
                .flatMap(period -> row(em, program, period, Digits.canonical(nik))));
    }

    @Override
    public Optional<RecipientRecord> find(String program, String period, String nik) {
        return readFresh(em -> row(em, program, period, Digits.canonical(nik)));
    }

    @Override
    public List<RecipientRecord> list(String program, String period) {
        return readFresh(em -> storedAs(program, period).map(table -> rows(em.createNativeQuery("SELECT "
                + ListTables.COLUMNS + " FROM " + ListTables.checked(table) + " ORDER BY full_name"), program, period))
                .orElse(List.of()));
    }

    @Override
    public List<String> periods(String program) {
        return remembered("periods|" + program, em -> loadPeriods(em, program));
    }

    /**
     * The list pointers change only when an import completes, yet every status lookup needs them for every program:
     * they are remembered for a moment (this host forgets them at once when it publishes a list).
     */
    private static final java.util.Map<String, Remembered> POINTERS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final long REMEMBER_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(2);

    private record Remembered(long until, Object value) {
    }

    /** A remembered value; an EntityManager is opened only to load it, not on every lookup. */
    @SuppressWarnings("unchecked")
    private <T> T remembered(String what, java.util.function.Function<EntityManager, T> load) {
        String key = System.identityHashCode(db) + "|" + what; // one database each
        Remembered r = POINTERS.get(key);
        if (r != null && r.until() - System.nanoTime() > 0) {
            return (T) r.value();
        }
        T value = db.read(load);
        POINTERS.put(key, new Remembered(System.nanoTime() + REMEMBER_NANOS, value));
        return value;
    }

    /** A program's newest list: when it was imported and its source (DTSEN, SP2D, OTHER; null if not recorded). */
    public record NewestList(java.time.Instant imported, String source) {
    }

    /** The newest list of a program; empty without a list. */
    public Optional<NewestList> newestList(String program) {
        return remembered("published|" + program, em -> em.createQuery("select l.updated, l.source from "
                + "RecipientListRow l where l.program = :p order by l.period desc", Object[].class)
                .setParameter("p", program).setMaxResults(1).getResultStream().findFirst()
                .map(r -> new NewestList((java.time.Instant) r[0], (String) r[1])));
    }

    private static List<String> loadPeriods(EntityManager em, String program) {
        return em.createQuery("select l.period from RecipientListRow l where l.program = :p order by l.period desc",
                String.class).setParameter("p", program).getResultList();
    }

    /**
     * A person's entry in the newest list of every program, in one query: what a status lookup needs, without a
     * round trip per program.
     */
    public java.util.Map<String, RecipientRecord> newestEntries(String nik) {
        String canonical = Digits.canonical(nik);
        return fresh(() -> probe(canonical));
    }

    /** Reads, and reads again with fresh pointers if a table remembered a moment ago is gone. */
    private <T> T readFresh(java.util.function.Function<EntityManager, T> work) {
        return fresh(() -> db.read(work));
    }

    private static <T> T fresh(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (jakarta.persistence.PersistenceException e) {
            // a list replaced by another server (central PostgreSQL) within the last 2 s: its table was dropped
            POINTERS.clear();
            return read.get();
        }
    }

    /** Loads the NIKs of a list a lookup found unindexed, off the lookups' path; stops with the application. */
    private synchronized java.util.concurrent.Executor loader() {
        if (loader == null) {
            loader = threads.single("nik-index");
        }
        return loader;
    }

    private java.util.Map<String, RecipientRecord> probe(String nik) {
        Probe probe = remembered("newest", em -> Probe.of(newestLists(em).values()));
        java.util.Map<String, RecipientRecord> entries = new java.util.HashMap<>();
        long number = NikIndex.number(nik);
        long lists = probe.lists().size() < Long.SIZE ? 0 : Probe.ALL;
        for (int i = 0; i < probe.lists().size() && lists != Probe.ALL; i++) {
            if (NikIndex.mayHold(db, probe.lists().get(i), number, loader())) {
                lists |= 1L << i;
            }
        }
        if (lists == 0) {
            return entries;
        }
        long probed = lists;
        // plain JDBC: EclipseLink would parse and translate the SQL again for every lookup
        return db.autoCommitted(c -> {
            java.sql.PreparedStatement query = OpenStatements.of(c, probe.sql(probed));
            for (int i = 0; i < probe.count(probed); i++) {
                query.setString(i + 1, nik);
            }
            try (java.sql.ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    RecipientListRow list = probe.lists().get(rows.getInt(1));
                    Object[] columns = new Object[ListTables.COLUMN_COUNT];
                    for (int i = 0; i < columns.length; i++) {
                        columns[i] = rows.getString(i + 2);
                    }
                    entries.put(list.program, record(columns, list.program, list.period));
                }
            }
            return entries;
        });
    }

    /**
     * The newest lists, and the queries that look a NIK up in some of them (one index probe per list, each in its
     * table), remembered per set of lists.
     */
    private record Probe(List<RecipientListRow> lists, java.util.Map<Long, String> queries) {
        /** Every list: more lists than bits in a {@code long}. */
        static final long ALL = -1L;

        static Probe of(java.util.Collection<RecipientListRow> newest) {
            NikIndex.keepOnly(newest);
            return new Probe(List.copyOf(newest), new java.util.concurrent.ConcurrentHashMap<>());
        }

        static boolean probes(long which, int list) {
            return which == ALL || (which & 1L << list) != 0;
        }

        int count(long which) {
            return which == ALL ? lists.size() : Long.bitCount(which);
        }

        /** The query for the lists whose bits are set in {@code which}. */
        String sql(long which) {
            return queries.computeIfAbsent(which, w -> {
                StringBuilder sql = new StringBuilder();
                for (int i = 0; i < lists.size(); i++) {
                    if (probes(w, i)) {
                        sql.append(sql.length() == 0 ? "" : " UNION ALL ").append("SELECT ").append(i).append(", ")
                                .append(ListTables.COLUMNS).append(" FROM ")
                                .append(ListTables.checked(lists.get(i).storedAs)).append(" WHERE nik = ?");
                    }
                }
                return sql.toString();
            });
        }
    }

    /** The newest published list of every program. */
    static java.util.Map<String, RecipientListRow> newestLists(EntityManager em) {
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
        return readFresh(em -> {
            List<KelurahanCount> counts = new java.util.ArrayList<>();
            java.util.Map<String, RecipientListRow> newest = new java.util.TreeMap<>(newestLists(em));
            newest.forEach((program, list) -> {
                for (Object row : em.createNativeQuery("SELECT kelurahan, COUNT(*) FROM "
                        + ListTables.checked(list.storedAs) + " GROUP BY kelurahan ORDER BY kelurahan").getResultList()) {
                    Object[] c = (Object[]) row;
                    counts.add(new KelurahanCount(program, (String) c[0], ((Number) c[1]).longValue()));
                }
            });
            return counts;
        });
    }

    @Override
    public List<String> programsOf(String nik) {
        return newestEntries(nik).keySet().stream().sorted().toList();
    }

    @Override
    public int put(String program, String period, List<RecipientRecord> rows) {
        try {
            return putRows(program, period, rows);
        } finally {
            forgetPointers(); // a lookup during the commit may have remembered the list as it was
        }
    }

    /** Forgets the remembered list pointers: this host has just published a list. */
    static void forgetPointers() {
        POINTERS.clear();
    }

    private int putRows(String program, String period, List<RecipientRecord> rows) {
        return db.txRetrying(em -> Database.jdbc(em, c -> {
            RecipientListRow list = em.find(RecipientListRow.class, RecipientListRow.key(program, period));
            String table = list == null ? ListTables.newName() : list.storedAs;
            if (list == null) {
                ListTables.create(c, table);
                ListTables.index(c, table);
            }
            try (java.sql.PreparedStatement delete = c.prepareStatement("DELETE FROM " + ListTables.checked(table)
                    + " WHERE nik = ?")) {
                for (RecipientRecord r : rows) {
                    delete.setString(1, r.nik());
                    delete.addBatch();
                }
                delete.executeBatch();
            }
            ListTables.insert(c, table, rows);
            long count;
            try (java.sql.Statement statement = c.createStatement();
                    java.sql.ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                count = rs.getLong(1);
            }
            published(em, program, period, list == null ? ListSource.defaultFor(program).name() : list.source, table,
                    count, Instant.now());
            return (int) count;
        }));
    }

    /**
     * Records that a program's period now consists of the rows in table {@code storedAs}, inside the caller's
     * transaction; returns the table the period's rows were in before, or {@code null}.
     */
    static String published(EntityManager em, String program, String period, String source, String storedAs, long rows,
                            Instant at) {
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
        list.source = source;
        list.rows = rows;
        list.updated = at;
        return storedAs.equals(before) ? null : before;
    }

    /** The table a period's rows are stored in, if the period has a list. */
    private Optional<String> storedAs(String program, String period) {
        return remembered("stored|" + program + "|" + period, em -> Optional.ofNullable(
                em.find(RecipientListRow.class, RecipientListRow.key(program, period))).map(l -> l.storedAs));
    }

    private Optional<RecipientRecord> row(EntityManager em, String program, String period, String nik) {
        return storedAs(program, period).flatMap(table -> rows(em.createNativeQuery("SELECT " + ListTables.COLUMNS
                + " FROM " + ListTables.checked(table) + " WHERE nik = ?").setParameter(1, nik), program, period)
                .stream().findFirst());
    }

    private static List<RecipientRecord> rows(jakarta.persistence.Query query, String program, String period) {
        List<RecipientRecord> records = new java.util.ArrayList<>();
        for (Object row : query.getResultList()) {
            records.add(record((Object[]) row, program, period));
        }
        return records;
    }

    private static RecipientRecord record(Object[] c, String program, String period) {
        return new RecipientRecord(program, period, ((String) c[0]).trim(), (String) c[1], (String) c[2],
                (String) c[3], (String) c[4], (String) c[5], (String) c[6], JsonText.readMap((String) c[7]));
    }
}
