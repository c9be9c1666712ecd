package id.anjungan.host.recipients.control;

import id.anjungan.host.config.Setting;
import id.anjungan.host.config.Settings;
import id.anjungan.host.privacy.Masking;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.recipients.entity.RecipientListRow;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The NIKs of a recipient list in memory, sorted primitive longs (8 bytes a row), so that a status lookup probes only
 * the lists that may hold the NIK: a resident is in one list or two, and every list probed costs a result set in the
 * database. A list is known by its table and its row count: an import fills a new table, and
 * {@link StoredRecipientLists#put} only adds NIKs to a table, so the count changes whenever its NIKs do. Until a list's
 * NIKs are loaded (in the background), or when they would not fit into the budget that all lists share
 * ({@code anjungan.status.index.rows}, 2,000,000 rows or 16 MB by default), the list is always probed.
 */
final class NikIndex {

    private static final Logger LOG = Logger.getLogger(NikIndex.class.getName());
    /** NIKs kept for all lists together: a city-wide list of a million rows takes 8 MB of a 256 MB heap. */
    static volatile long maxRows = Long.parseLong(Settings.value(Setting.STATUS_INDEX_ROWS));
    private static final Map<String, NikIndex> LOADED = new ConcurrentHashMap<>();
    private static final Set<String> LOADING = ConcurrentHashMap.newKeySet();

    private final long rows;
    private final long[] niks;

    private NikIndex(long[] sorted) {
        this.rows = sorted.length;
        this.niks = sorted;
    }

    /** A NIK as a number, or -1 when it is not 16 digits. */
    static long number(String nik) {
        if (nik == null || nik.length() != 16) {
            return -1;
        }
        long n = 0;
        for (int i = 0; i < 16; i++) {
            char c = nik.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** Whether the list may hold the NIK: false only when its NIKs are loaded and the NIK is not among them. */
    static boolean mayHold(Database db, RecipientListRow list, long nik, Executor loader) {
        NikIndex index = LOADED.get(list.storedAs); // by table alone: a key built per lookup was garbage per lookup
        if (index == null || index.rows != list.rows) {
            loadLater(db, list.storedAs, list.rows, loader);
            return true;
        }
        return nik < 0 || index.holds(nik);
    }

    /** The NIKs an import has just published in {@code table} (it read them all anyway), in place of a replaced list. */
    static void offer(String table, long rows, long[] niks, String replaced) {
        if (replaced != null) {
            LOADED.remove(replaced);
        }
        if (niks.length == rows && fits(table, rows)) {
            long[] sorted = niks.clone();
            Arrays.sort(sorted);
            keep(table, new NikIndex(sorted));
        }
    }

    /** Whether a list of {@code rows} NIKs fits beside the other lists kept. */
    private static boolean fits(String table, long rows) {
        long others = 0;
        for (Map.Entry<String, NikIndex> kept : LOADED.entrySet()) {
            others += kept.getKey().equals(table) ? 0 : kept.getValue().rows;
        }
        return others + rows <= maxRows;
    }

    private static synchronized void keep(String table, NikIndex index) {
        if (fits(table, index.rows)) {
            LOADED.put(table, index);
        }
    }

    /** Forgets every list but these (the newest of each program). */
    static void keepOnly(Collection<RecipientListRow> newest) {
        Set<String> keep = newest.stream().map(l -> l.storedAs).collect(Collectors.toSet());
        LOADED.keySet().retainAll(keep);
    }

    private static String key(String table, long rows) {
        return table + "#" + rows;
    }

    private static void loadLater(Database db, String table, long rows, Executor loader) {
        String key = key(table, rows);
        if (!fits(table, rows) || !LOADING.add(key)) {
            return;
        }
        loader.execute(() -> {
            try {
                load(db, table).ifPresent(index -> keep(table, index));
            } catch (RuntimeException e) {
                // the list is probed as before; a replaced list's table may be gone already
                // the message alone, scrubbed: a database error may quote a value it read
                LOG.fine(() -> "NIKs of " + table + " not loaded: " + Masking.scrub(String.valueOf(e)));
            } finally {
                LOADING.remove(key);
            }
        });
    }

    /** Reads the NIKs of a table; empty if one of them is not a plain 16-digit NIK. */
    static java.util.Optional<NikIndex> load(Database db, String table) {
        return db.tx(em -> Database.jdbc(em, c -> {
            long[] niks = new long[1024];
            int n = 0;
            try (java.sql.Statement query = c.createStatement()) {
                // in pieces: PostgreSQL's driver would otherwise hold a million rows in the heap at once
                query.setFetchSize(4096);
                java.sql.ResultSet rows = query.executeQuery("SELECT nik FROM " + ListTables.checked(table));
                while (rows.next()) {
                    long nik = number(rows.getString(1).trim());
                    if (nik < 0) {
                        return java.util.Optional.empty();
                    }
                    if (n == niks.length) {
                        niks = Arrays.copyOf(niks, n * 2);
                    }
                    niks[n++] = nik;
                }
            }
            long[] sorted = Arrays.copyOf(niks, n);
            Arrays.sort(sorted);
            return java.util.Optional.of(new NikIndex(sorted));
        }));
    }

    boolean holds(long nik) {
        return Arrays.binarySearch(niks, nik) >= 0;
    }
}
