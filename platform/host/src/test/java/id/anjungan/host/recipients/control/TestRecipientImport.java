package id.anjungan.host.recipients.control;

import id.anjungan.host.persistence.Database;
import id.anjungan.host.threads.Threads;
import id.anjungan.spi.platform.AuditLog;
import id.anjungan.spi.platform.KioskClock;
import java.nio.file.Path;

/** The recipient-list import on a test database, for tests of other components. */
public final class TestRecipientImport {

    private TestRecipientImport() {
    }

    public static RecipientImport on(Database db, KioskClock clock, Threads threads, Path workDir) {
        RecipientImport importer = new RecipientImport();
        importer.db = db;
        importer.clock = clock;
        importer.threads = threads;
        importer.audit = (AuditLog) (actor, action, subject, detail) -> { };
        importer.workDir = workDir;
        return importer;
    }

    /** The recipient lists as lookups read them, on {@code db}. */
    public static StoredRecipientLists lists(Database db, Threads threads) {
        StoredRecipientLists lists = new StoredRecipientLists();
        lists.db = db;
        lists.threads = threads;
        return lists;
    }

    /** What keeps a program's rows to one kelurahan, on {@code db}. */
    public static KelurahanRows kelurahanRows(Database db) {
        KelurahanRows rows = new KelurahanRows();
        rows.db = db;
        return rows;
    }
}
