package id.anjungan.host.relay.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.attachments.entity.AttachmentRow;
import id.anjungan.host.relay.control.CityBroker.Delivered;
import id.anjungan.host.sync.AuditBatch;
import id.anjungan.host.sync.CaseSnapshot;
import id.anjungan.host.sync.SyncJson;
import id.anjungan.host.sync.SyncProtocol;
import id.anjungan.spi.Actor;
import id.anjungan.spi.Role;
import jakarta.jms.JMSException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The relay against an embedded Artemis broker: what arrives, under which duplicate ids, and exactly once. */
class RelayTest {

    static final String NIK = "3374014101800003";
    static final Actor TKSK = new Actor("tksk", "Bu Tini", Role.TKSK, null);

    @TempDir
    Path dir;
    private CityKiosk kiosk;
    private CityBroker broker;

    @BeforeEach
    void open() throws Exception {
        kiosk = new CityKiosk(Files.createDirectories(dir.resolve("kiosk")), true);
        broker = new CityBroker(Files.createDirectories(dir.resolve("broker")));
    }

    @AfterEach
    void close() throws Exception {
        kiosk.close();
        broker.close();
    }

    @Test
    void deliversAttachmentsBeforeTheirCaseThenTheCaseThenTheAuditChain() throws Exception {
        AttachmentRow photo = kiosk.attachment(300 * 1024); // above Artemis's large-message threshold
        String withPhoto = kiosk.intake.file(NIK, photo.id, null);
        String moved = kiosk.intake.file("3374014101800011", null, null);
        kiosk.intake.cases.transition(moved, "proses", "dicek", TKSK);
        Relay relay = kiosk.relay(CityBroker.URL);

        drain(relay);

        List<Delivered> received = broker.drain();
        Map<String, Delivered> byId = received.stream().collect(Collectors.toMap(Delivered::duplicateId,
                Function.identity()));
        assertEquals(received.size(), byId.size(), "every message once: " + byId.keySet());
        Delivered attachment = byId.get("K0042:attachment:" + photo.id);
        assertEquals(SyncProtocol.KIND_ATTACHMENT, attachment.kind());
        assertEquals(photo.id, attachment.attachment());
        assertEquals(photo.sha256, attachment.sha256());
        assertEquals(photo.sha256, CityKiosk.sha256(attachment.bytes()), "the bytes arrived whole");
        assertArrayEquals(Files.readAllBytes(Path.of(photo.path)), attachment.bytes());

        Delivered first = byId.get("K0042:case:" + withPhoto + ":1");
        assertTrue(received.indexOf(attachment) < received.indexOf(first), "the photo before the case naming it");
        CaseSnapshot snapshot = SyncJson.read(first.text(), CaseSnapshot.class);
        assertEquals(List.of(photo.id), snapshot.attachments());
        assertEquals("K0042", snapshot.kiosk());
        assertEquals(NIK, snapshot.subjectNik());
        assertEquals("Semarang Tengah", snapshot.kecamatan());
        assertEquals(List.of("baru"), snapshot.steps().stream().map(CaseSnapshot.Step::state).toList());

        CaseSnapshot two = SyncJson.read(byId.get("K0042:case:" + moved + ":2").text(), CaseSnapshot.class);
        assertEquals("diproses", two.state(), "the two rows of the moved case went as one snapshot with both steps");
        assertEquals(2, two.steps().size());

        Delivered audit = received.stream().filter(d -> d.kind().equals(SyncProtocol.KIND_AUDIT)).findFirst()
                .orElseThrow();
        AuditBatch batch = SyncJson.read(audit.text(), AuditBatch.class);
        assertEquals("K0042:audit:1-" + batch.entries().size(), audit.duplicateId());
        assertEquals(3, batch.entries().size(), "two openings and a transition");
        assertEquals(List.of(1L, 2L, 3L), batch.entries().stream().map(AuditBatch.Entry::sequence).toList());
        for (Delivered d : received) {
            assertEquals("K0042", d.kiosk());
            assertEquals(SyncProtocol.SCHEMA, d.schema());
        }
        assertEquals(0, kiosk.unsent());
        assertEquals(0, relay.audit.unsent());
    }

    @Test
    void anUnreachableBrokerKeepsRowsQueuedAndTheKioskFilingThenEachCaseArrivesOnce() throws Exception {
        broker.stop();
        Relay relay = kiosk.relay(CityBroker.URL);
        List<String> filed = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            filed.add(kiosk.intake.file(NIK, null, null));
            assertThrows(JMSException.class, relay::round, "no broker: the round fails, the filing did not");
        }
        assertEquals(5, kiosk.unsent());
        assertTrue(!relay.reachable());

        broker.start();
        drain(relay);

        Map<String, Long> cases = broker.drain().stream().filter(d -> d.kind().equals(SyncProtocol.KIND_CASE))
                .collect(Collectors.groupingBy(Delivered::duplicateId, Collectors.counting()));
        assertEquals(filed.stream().map(t -> "K0042:case:" + t + ":1").collect(Collectors.toSet()), cases.keySet());
        assertTrue(cases.values().stream().allMatch(n -> n == 1), "each once: " + cases);
        assertTrue(relay.reachable());
    }

    @Test
    void aSendThatFailedAfterTheBrokerStoredItIsSentAgainAndTheBrokerDropsTheCopy() throws Exception {
        String tracking = kiosk.intake.file(NIK, null, null);
        Relay relay = kiosk.relay(CityBroker.URL);
        List<String> sent = new ArrayList<>();
        AtomicInteger failures = new AtomicInteger(1);
        relay.afterSend = message -> {
            sent.add(message.getStringProperty(SyncProtocol.DUPLICATE_ID));
            if (failures.getAndDecrement() > 0) { // as AMQ219016 after a failover: stored, yet the client was told no
                throw new JMSException("AMQ219016: Connection failure detected. Unblocking a blocking call");
            }
        };

        assertThrows(JMSException.class, relay::round);
        assertEquals(1, kiosk.unsent(), "not marked: send() did not return");
        drain(relay);

        String id = "K0042:case:" + tracking + ":1";
        assertEquals(List.of(id, id), sent.subList(0, 2), "sent again with the same duplicate id");
        assertEquals(1, broker.drain().stream().filter(d -> d.duplicateId().equals(id)).count(),
                "the broker dropped the second copy");
        int attempts = kiosk.db.read(em -> em.createQuery("select o.attempts from OutboxRow o", Integer.class)
                .getSingleResult());
        assertEquals(1, attempts, "the failed try is counted for the admin");
    }

    /** The process dies after send() returned and before the row was marked (kill -9): a restart sends it again. */
    @Test
    void aKioskKilledBetweenSendAndMarkResendsAndTheDuplicateIdAbsorbsIt() throws Exception {
        String tracking = kiosk.intake.file(NIK, null, null);
        Relay dying = kiosk.relay(CityBroker.URL);
        dying.afterSend = message -> {
            throw new Killed();
        };
        assertThrows(Killed.class, dying::round);
        assertEquals(1, kiosk.unsent());

        Relay restarted = kiosk.relay(CityBroker.URL); // a new process: nothing of the old relay's memory
        drain(restarted);

        String id = "K0042:case:" + tracking + ":1";
        assertEquals(1, broker.drain().stream().filter(d -> d.duplicateId().equals(id)).count());
        assertEquals(0, kiosk.unsent());
    }

    @Test
    void onItsOwnThreadTheRelayDrainsTheOutboxAndStopsWithTheKiosk() throws Exception {
        kiosk.intake.file(NIK, null, null);
        Relay relay = kiosk.relay(CityBroker.URL);
        relay.start();
        for (int i = 0; i < 200 && kiosk.unsent() > 0; i++) {
            Thread.sleep(50);
        }
        relay.stop();
        assertEquals(0, kiosk.unsent());
        assertTrue(kiosk.threads.stopped(), "the relay thread ended");
        assertEquals(1, broker.drain().stream().filter(d -> d.kind().equals(SyncProtocol.KIND_CASE)).count());
    }

    /** Rounds until the outbox and the audit chain are sent; a test that never drains fails on the count. */
    static void drain(Relay relay) throws JMSException {
        for (int i = 0; i < 50 && (relay.outbox.backlog().queued() > 0 || relay.audit.unsent() > 0); i++) {
            relay.round();
        }
        assertEquals(0, relay.outbox.backlog().queued());
    }

    /** What a kill -9 does to the relay's thread: nothing after this line runs. */
    static final class Killed extends Error {
        private static final long serialVersionUID = 1L;
    }
}
