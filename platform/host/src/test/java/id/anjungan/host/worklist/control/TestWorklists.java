package id.anjungan.host.worklist.control;

import id.anjungan.host.persistence.Database;
import id.anjungan.host.recipients.control.StoredRecipientLists;
import id.anjungan.spi.platform.KioskClock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** The worklist and the dashboard on a test database, for tests of the resources. */
public final class TestWorklists {

    static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z"); // Friday, 10:00 in Jakarta, ISO week 47
    /** Always {@link #NOW}, in Jakarta. */
    public static final KioskClock CLOCK = new KioskClock() {
        @Override
        public Instant now() {
            return NOW;
        }

        @Override
        public ZoneId zone() {
            return ZoneId.of("Asia/Jakarta");
        }
    };

    private TestWorklists() {
    }

    public static Worklist worklist(Database db, KioskClock clock) {
        Worklist worklist = new Worklist();
        worklist.db = db;
        worklist.clock = clock;
        return worklist;
    }

    /** With recipient lists of {@code counts}. */
    public static Dashboard dashboard(Database db, KioskClock clock, List<StoredRecipientLists.KelurahanCount> counts) {
        Dashboard dashboard = new Dashboard();
        dashboard.db = db;
        dashboard.clock = clock;
        dashboard.lists = new StoredRecipientLists() {
            @Override
            public List<KelurahanCount> newestPerKelurahan() {
                return counts;
            }
        };
        return dashboard;
    }
}
