package id.anjungan.host.city.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.anjungan.host.sync.Outcome;
import id.anjungan.host.sync.SyncJson;
import id.anjungan.host.sync.SyncProtocol;
import id.anjungan.host.threads.Threads;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A replayed case whose outcome is at the broker already sends it no second time: the broker used to drop the second
 * "received" by its duplicate id, logging a warning (AMQ222059) for every case of a replayed batch.
 */
class SentOutcomesTest {

    @TempDir
    Path dir;
    private CityFixture city;
    private TestBroker broker;
    private final Threads threads = Threads.plain();
    private final CityConsumers consumers = new CityConsumers();
    private final KioskMessages miroto = new KioskMessages(1, "Miroto", "Semarang Tengah");
    private final List<String> duplicateWarnings = new ArrayList<>();
    private final Handler collector = new Handler() {
        @Override
        public void publish(LogRecord r) {
            if (String.valueOf(r.getMessage()).contains("AMQ222059")) {
                duplicateWarnings.add(r.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void open() throws Exception {
        city = CityFixture.derby(dir);
        consumers.inbox = city.inbox;
        consumers.sentOutcomes = city.sent;
        consumers.threads = threads;
        Logger.getLogger("").addHandler(collector);
    }

    @AfterEach
    void close() throws Exception {
        Logger.getLogger("").removeHandler(collector);
        consumers.stop();
        threads.close();
        if (broker != null) {
            broker.close();
        }
        city.close();
    }

    @Test
    void aReplayedCaseSendsNoOutcomeTheBrokerHasAndTheBrokerWarnsOfNone() throws Exception {
        broker = new TestBroker(dir.resolve("broker"), "vm://31", 1000);
        consumers.start(broker.url, null, null, 1);
        String tracking = miroto.tracking(1);
        broker.send(miroto.message(miroto.snapshot(tracking, 1, null)));
        CityConsumersTest.await(() -> consumers.applied() == 1, "applied");

        broker.forgetDuplicates(SyncProtocol.INBOUND); // a kiosk restored from a backup, beyond the broker's window
        broker.send(miroto.message(miroto.snapshot(tracking, 1, null)));
        CityConsumersTest.await(() -> consumers.applied() == 2, "the replay taken");

        List<Outcome> outcomes = broker.drain(SyncProtocol.kioskAddress("K0001")).stream()
                .map(b -> SyncJson.read(b, Outcome.class)).toList();
        assertEquals(List.of(new Outcome("K0001", tracking, Outcome.RECEIVED, null)), outcomes);
        assertEquals(List.of(), duplicateWarnings, "no outcome sent that the broker had to drop");
    }

    @Test
    void theInboxSendsOutcomesAgainUntilTheyAreKnownSent() {
        Inbound m = miroto.message(miroto.snapshot(miroto.tracking(2), 1, null));
        List<Outcome> received = List.of(new Outcome("K0001", miroto.tracking(2), Outcome.RECEIVED, null));
        assertEquals(received, city.inbox.apply(m));
        assertEquals(received, city.inbox.apply(m), "a consumer stopped before it sent: the duplicate sends them");
        city.sent.sent(List.of(m.duplicateId()));
        assertEquals(List.of(), city.inbox.apply(m));
        Inbound next = miroto.message(miroto.snapshot(miroto.tracking(2), 2, null));
        assertEquals(List.of(), city.inbox.apply(next), "a later snapshot yields no outcome");
        assertEquals(List.of(), city.inbox.apply(next), "nor does its duplicate");
    }
}
