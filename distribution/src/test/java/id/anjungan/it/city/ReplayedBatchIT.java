package id.anjungan.it.city;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.city.CityTopology;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue #23, test 5: a replayed batch changes nothing. A kiosk restored from a backup taken before its relay ran sends
 * its whole outbox again (cases, photos, audit), after the broker's duplicate-ID window forgot them: the city applies
 * none of it a second time.
 */
class ReplayedBatchIT {

    private static final int KIOSK = 2;

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void aKioskThatSendsItsWholeOutboxAgainChangesNothingAtTheCity() throws Exception {
        CityTopology city = City.get();
        List<Filings.Filed> filed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            filed.add(Filings.house(KIOSK, 52_000 + i));
        }
        Arrivals.await(filed);
        Arrivals.assertWholeAndOnce(filed);
        List<String> before = CityRecords.state();
        List<String> audit = CityRecords.auditEntries();
        long acknowledged = BrokerAdmin.acknowledged();

        city.kiosk(KIOSK).stop();
        int replayed = unsend(city.kioskHome(KIOSK));
        assertTrue(replayed >= filed.size(), "the outbox rows of the cases filed: " + replayed);
        BrokerAdmin.forgetDuplicateIds();
        city.kiosk(KIOSK).start();
        city.awaitKiosk(KIOSK);
        City.restarted(KIOSK);

        awaitConsumed(acknowledged + replayed);
        assertEquals(before, CityRecords.state(), "the city after the replay");
        List<String> auditAfter = CityRecords.auditEntries();
        assertTrue(auditAfter.containsAll(audit), "every audit entry the city had is there, unchanged");
        Arrivals.assertWholeAndOnce(filed);
    }

    /** Marks every outbox row, photo and audit entry of the stopped kiosk unsent, as in a backup; the rows marked. */
    private static int unsend(Path home) throws SQLException, java.io.IOException {
        // the kiosk's Derby is encrypted at rest with the key it made in its home at the first start
        String derby = "jdbc:derby:" + home.resolve("db") + ";bootPassword="
                + java.nio.file.Files.readString(home.resolve("secrets/db.key")).trim();
        try (Connection c = DriverManager.getConnection(derby);
             Statement s = c.createStatement()) {
            int rows = s.executeUpdate("UPDATE sync_outbox SET sent_ts = NULL");
            s.executeUpdate("DELETE FROM sync_sent_attachment");
            s.executeUpdate("UPDATE sync_cursor SET seq_no = 0 WHERE cursor_name = 'audit'");
            return rows;
        } finally {
            try {
                DriverManager.getConnection("jdbc:derby:" + home.resolve("db") + ";shutdown=true").close();
            } catch (SQLException expected) {
                // Derby answers a shutdown with an exception (08006)
            }
        }
    }

    /** Waits until the city nodes acknowledged the replayed messages and none waits. */
    private static void awaitConsumed(long acknowledged) throws Exception {
        long deadline = System.nanoTime() + Arrivals.WITHIN.toNanos();
        while (BrokerAdmin.acknowledged() < acknowledged || BrokerAdmin.waiting() > 0 || !Arrivals.drained()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the replay was not consumed: " + BrokerAdmin.acknowledged() + " of "
                        + acknowledged + " acknowledged, " + BrokerAdmin.waiting() + " waiting");
            }
            Thread.sleep(1000);
        }
    }
}
