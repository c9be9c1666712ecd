package id.anjungan.host.attachments.control;

import id.anjungan.host.persistence.Database;
import id.anjungan.spi.platform.KioskClock;

/** The attachment store on a test database, for tests of other components. */
public final class TestAttachments {

    private TestAttachments() {
    }

    public static Attachments open(Database db, KioskClock clock) {
        Attachments attachments = new Attachments();
        attachments.db = db;
        attachments.clock = clock;
        return attachments;
    }
}
