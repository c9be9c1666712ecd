package id.anjungan.host.recipients.control;

import id.anjungan.host.persistence.Database;
import id.anjungan.host.persistence.JsonText;
import id.anjungan.host.recipients.entity.RecipientListRow;
import id.anjungan.host.security.control.AreaNames;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Cuts a program's newest published list into one gzip CSV per kelurahan, as the BNBA import reads it, in one pass
 * over its table: a city's list of a million rows is read once, whatever the number of kiosks. A row goes to a
 * kelurahan's file when its kelurahan is the same name ({@link AreaNames#same}: letter case, width and spacing
 * aside), so a look-alike (a Cyrillic letter) goes nowhere. The files are written to disk as they are read, never
 * held in the heap, and hashed while written.
 */
public final class ListSlices {

    /** The newest list of a program as it is published now. */
    public record Newest(String program, String period, String source, String storedAs, long rows) {
    }

    /** One kelurahan's rows of a list: the gzip CSV, its SHA-256 (hex) and how many rows it holds. */
    public record Slice(Path file, String sha256, long rows) {
    }

    private static final int FETCH = 1000;

    private ListSlices() {
    }

    /** The key a kelurahan's rows are sliced under: its name as {@link AreaNames#same} compares it. */
    public static String key(String kelurahan) {
        return AreaNames.canonical(kelurahan).map(k -> k.toLowerCase(Locale.ROOT)).orElse("");
    }

    /** The newest published list of {@code program}, if it has one. */
    public static Optional<Newest> newest(Database db, String program) {
        return db.read(em -> Optional.ofNullable(StoredRecipientLists.newestLists(em).get(program)).map(ListSlices::of));
    }

    /** The newest published list of every program. */
    public static List<Newest> newest(Database db) {
        return db.read(em -> StoredRecipientLists.newestLists(em).values().stream().map(ListSlices::of).toList());
    }

    private static Newest of(RecipientListRow l) {
        return new Newest(l.program, l.period, l.source, l.storedAs, l.rows);
    }

    /**
     * Writes the rows of {@code list} for each kelurahan key in {@code kelurahan} (see {@link #key}) to a file of its
     * own in {@code dir}; a kelurahan without rows gets a file with the header only. The caller deletes the files.
     */
    public static Map<String, Slice> write(Database db, Newest list, Set<String> kelurahan, Path dir) {
        String table = ListTables.checked(list.storedAs());
        Map<String, Writing> files = new HashMap<>();
        try {
            Files.createDirectories(dir);
            List<String> extra = List.copyOf(db.tx(em -> Database.jdbc(em, c -> extraColumns(c, table))));
            for (String k : kelurahan) {
                files.put(k, new Writing(Files.createTempFile(dir, "slice-", ".csv.gz"), extra));
            }
            return db.tx(em -> Database.jdbc(em, c -> {
                try (PreparedStatement rows = c.prepareStatement("SELECT " + ListTables.COLUMNS + " FROM " + table)) {
                    rows.setFetchSize(FETCH); // a cursor on PostgreSQL (inside a transaction), not the whole list
                    try (ResultSet rs = rows.executeQuery()) {
                        while (rs.next()) {
                            Writing to = files.get(key(rs.getString(7)));
                            if (to != null) {
                                to.row(rs);
                            }
                        }
                    }
                }
                Map<String, Slice> slices = new HashMap<>();
                for (var e : files.entrySet()) {
                    slices.put(e.getKey(), e.getValue().finish());
                }
                return slices;
            }));
        } catch (IOException | RuntimeException e) {
            files.values().forEach(Writing::discard);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /** The list's own columns beyond the required ones, in the order first met: the files' header. */
    private static Set<String> extraColumns(Connection c, String table) throws SQLException {
        Set<String> columns = new LinkedHashSet<>();
        String previous = null;
        try (PreparedStatement fields = c.prepareStatement("SELECT fields_json FROM " + table)) {
            fields.setFetchSize(FETCH);
            try (ResultSet rs = fields.executeQuery()) {
                while (rs.next()) {
                    String json = rs.getString(1);
                    if (json != null && !json.equals(previous)) {
                        columns.addAll(JsonText.readMap(json).keySet());
                        previous = json;
                    }
                }
            }
        }
        columns.removeAll(BnbaFile.REQUIRED);
        return columns;
    }

    /** One slice being written: CSV, gzip, hashed on the way to disk. */
    private static final class Writing {

        private final Path file;
        private final List<String> extra;
        private final MessageDigest digest;
        private final CSVPrinter csv;
        private final Object[] values;
        private long rows;

        Writing(Path file, List<String> extra) throws IOException {
            this.file = file;
            this.extra = extra;
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            OutputStream out = new GZIPOutputStream(new DigestOutputStream(Files.newOutputStream(file), digest), 1 << 16);
            csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180);
            List<String> header = new ArrayList<>(BnbaFile.REQUIRED);
            header.addAll(extra);
            csv.printRecord(header);
            values = new Object[header.size()];
        }

        void row(ResultSet rs) throws SQLException {
            for (int i = 0; i < BnbaFile.REQUIRED.size(); i++) { // nik, kk, name, address, rt, rw, kelurahan
                String value = rs.getString(i + 1);
                values[i] = value == null ? "" : value.trim();
            }
            Map<String, String> fields = JsonText.readMap(rs.getString(8));
            for (int i = 0; i < extra.size(); i++) {
                values[BnbaFile.REQUIRED.size() + i] = fields == null ? "" : fields.getOrDefault(extra.get(i), "");
            }
            try {
                csv.printRecord(values);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            rows++;
        }

        Slice finish() {
            try {
                csv.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Slice(file, HexFormat.of().formatHex(digest.digest()), rows);
        }

        void discard() {
            try {
                csv.close();
            } catch (IOException | RuntimeException ignored) {
                // deleted next
            }
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a slice left in the city's work dir: the next start removes it
            }
        }
    }
}
