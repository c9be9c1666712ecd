package id.anjungan.host.city.control;

import id.anjungan.host.persistence.Database;
import id.anjungan.host.recipients.control.RecipientImport;
import id.anjungan.host.threads.Threads;
import id.anjungan.spi.platform.KioskClock;
import java.nio.file.Path;

/** The city's list distribution on a test database, not started. */
public final class TestListDistribution {

    private TestListDistribution() {
    }

    public static ListDistribution on(Database db, KioskClock clock, Threads threads, RecipientImport imports,
                                      Path workDir) {
        ListDistribution lists = new ListDistribution();
        lists.db = db;
        lists.clock = clock;
        lists.threads = threads;
        lists.imports = imports;
        lists.sites = new KioskSites();
        lists.workDir = workDir;
        return lists;
    }
}
