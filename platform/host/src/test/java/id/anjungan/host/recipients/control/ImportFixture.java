package id.anjungan.host.recipients.control;

import id.anjungan.host.persistence.Database;
import id.anjungan.host.threads.Threads;
import id.anjungan.spi.platform.AuditLog;
import id.anjungan.spi.platform.KioskClock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A Derby database in a temp dir with an importer, a recipient store and a recording audit log. */
final class ImportFixture implements AutoCloseable {

    static final KioskClock CLOCK = new KioskClock() {
        @Override
        public Instant now() {
            return Instant.parse("2026-11-20T03:00:00Z");
        }

        @Override
        public ZoneId zone() {
            return ZoneId.of("Asia/Jakarta");
        }
    };

    final Database db = new Database();
    final List<String> audited = new CopyOnWriteArrayList<>();
    final RecipientImport importer = new RecipientImport();
    final StoredRecipientLists lists = new StoredRecipientLists();

    ImportFixture(Path home) {
        db.open(Map.of("jakarta.persistence.jdbc.url", "jdbc:derby:" + home.resolve("db") + ";create=true"));
        importer.db = db;
        importer.threads = Threads.plain();
        lists.threads = importer.threads;
        importer.clock = CLOCK;
        importer.audit = (AuditLog) (actor, action, subject, detail) -> audited.add(action + " " + subject + " " + detail);
        importer.workDir = home.resolve("imports");
        lists.db = db;
    }

    /** Rows in every list table, published or not. */
    long rows() {
        return db.tx(em -> Database.jdbc(em, c -> {
            long rows = 0;
            for (String table : ListTables.existing(c)) {
                try (java.sql.Statement s = c.createStatement();
                        java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    rows += rs.getLong(1);
                }
            }
            return rows;
        }));
    }

    @Override
    public void close() {
        db.close();
    }

    /** A valid NIK of Kota Semarang, Semarang Tengah, with serial {@code n}. */
    static String nik(int n) {
        return "337401" + "150885" + String.format("%04d", n % 9999 + 1).replace("0000", "0001");
    }

    /** Unique valid NIKs for big files: birth dates and serials vary. */
    static String uniqueNik(int n) {
        int serial = n % 9999 + 1;
        int day = n / 9999 % 28 + 1;
        int month = n / 9999 / 28 % 12 + 1;
        int year = n / 9999 / 28 / 12 % 80 + 20;
        return String.format("337401%02d%02d%02d%04d", day, month, year, serial);
    }

    static String kk(int n) {
        return String.format("33740112%08d", n + 1);
    }
}
