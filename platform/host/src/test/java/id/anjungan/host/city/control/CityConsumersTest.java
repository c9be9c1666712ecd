package id.anjungan.host.city.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.attachments.entity.AttachmentRow;
import id.anjungan.host.cases.entity.CaseRow;
import id.anjungan.host.sync.AuditBatch;
import id.anjungan.host.sync.Outcome;
import id.anjungan.host.sync.SyncJson;
import id.anjungan.host.sync.SyncProtocol;
import id.anjungan.host.threads.Threads;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The consumers against an embedded broker: acknowledged after the commit, duplicates absorbed, bad ones dead. */
class CityConsumersTest {

    @TempDir
    Path dir;
    CityFixture city;
    TestBroker broker;
    final Threads threads = Threads.plain();
    final CityConsumers consumers = new CityConsumers();
    final KioskMessages tembalang = new KioskMessages(1, "Tembalang", "Tembalang");
    final KioskMessages bulusan = new KioskMessages(2, "Bulusan", "Tembalang");

    @BeforeEach
    void open() throws Exception {
        city = fixture();
        consumers.inbox = city.inbox;
        consumers.sentOutcomes = city.sent;
        consumers.threads = threads;
    }

    CityFixture fixture() throws Exception {
        return CityFixture.derby(dir);
    }

    @AfterEach
    void close() throws Exception {
        consumers.stop();
        threads.close();
        if (broker != null) {
            broker.close();
        }
        city.close();
    }

    /** Waits for what the consumers do on their own threads (a bound, not a measured time). */
    static void await(BooleanSupplier done, String what) throws InterruptedException {
        for (int i = 0; i < 600 && !done.getAsBoolean(); i++) {
            Thread.sleep(50);
        }
        assertTrue(done.getAsBoolean(), what);
    }

    @Test
    void everyMessageAppliedOnceAndBothKiosksLearnTheirClaims() throws Exception {
        broker = new TestBroker(dir.resolve("broker"), "vm://0", 5);
        consumers.start(broker.url, null, null, 3);
        byte[] photo = KioskMessages.png(300_000); // a large message at the broker
        String photoId = UUID.randomUUID().toString();
        List<Inbound> batch = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            batch.add(tembalang.message(tembalang.snapshot(tembalang.tracking(i), 1, null)));
        }
        batch.add(tembalang.message(tembalang.snapshot(tembalang.tracking(11), 1, "3374010101010001")));
        batch.add(bulusan.message(bulusan.snapshot(bulusan.tracking(1), 1, "3374010101010001")));
        batch.add(tembalang.message(tembalang.nextAudit(20)));
        for (Inbound m : batch) {
            broker.send(m);
        }
        broker.send(tembalang.attachment(photoId, photo, KioskMessages.sha256(photo)));
        await(() -> consumers.applied() == batch.size() + 1, "all applied");
        String applied = state();

        // the same messages again: beyond the broker's small duplicate window they reach the consumers
        for (Inbound m : batch) {
            broker.send(m);
        }
        broker.send(tembalang.attachment(photoId, photo, KioskMessages.sha256(photo)));
        await(() -> waitingAt(SyncProtocol.INBOUND) == 0, "the resends taken");
        assertEquals(applied, state());
        assertEquals(KioskMessages.sha256(photo), city.db.read(em -> em.find(AttachmentRow.class, photoId)).sha256);

        List<Outcome> both = new ArrayList<>(outcomes("K0001"));
        both.addAll(outcomes("K0002"));
        // competing consumers: whichever claim the city applied first stands
        String first = city.db.read(em -> em.createQuery("select c.tracking from CityClaim c", String.class)
                .getSingleResult());
        String later = first.equals(tembalang.tracking(11)) ? bulusan.tracking(1) : tembalang.tracking(11);
        assertTrue(both.contains(new Outcome(kioskOf(first), first, Outcome.CLAIM_STANDS,
                later)), both.toString());
        assertTrue(both.contains(new Outcome(kioskOf(later), later, Outcome.CLAIM_CONFLICT, first)), both.toString());
        assertEquals(12, both.stream().filter(o -> o.result().equals(Outcome.RECEIVED)).map(Outcome::tracking)
                .distinct().count(), "every case's kiosk heard it was received (resends beyond the small window too)");
        assertEquals(0, waitingAt(TestBroker.DLQ));
    }

    @Test
    void aConsumerKilledBetweenTheCommitAndTheAcknowledgementHasItsRedeliveryAbsorbed() throws Exception {
        broker = new TestBroker(dir.resolve("broker"), "vm://0", 1000);
        AtomicBoolean killed = new AtomicBoolean();
        consumers.afterCommit = () -> {
            if (killed.compareAndSet(false, true)) {
                throw new IllegalStateException("killed after the commit, before the acknowledgement");
            }
        };
        consumers.start(broker.url, null, null, 2);
        broker.send(tembalang.message(tembalang.snapshot(tembalang.tracking(1), 2, null)));
        await(() -> consumers.applied() == 1, "applied after its redelivery");
        assertTrue(killed.get());
        assertEquals(1, city.count("kiosk_case"));
        assertEquals(2, city.count("case_step"));
        assertEquals(1, city.count("sync_inbox"));
        assertEquals(1, outcomes("K0001").size(), "the redelivery sent the outcome the killed one had not");
        assertEquals(0, waitingAt(TestBroker.DLQ));
    }

    @Test
    void aMessageThatCannotBeAppliedGoesToTheDeadLetterAddressAndLaterOnesFlow() throws Exception {
        broker = new TestBroker(dir.resolve("broker"), "vm://0", 1000);
        consumers.start(broker.url, null, null, 2);
        byte[] photo = KioskMessages.png(200_000);
        String badId = UUID.randomUUID().toString();
        broker.send(tembalang.attachment(badId, photo, KioskMessages.sha256(new byte[] {1})));
        broker.send(tembalang.message(tembalang.snapshot(tembalang.tracking(1), 1, null)), 2);
        broker.send(tembalang.message(tembalang.snapshot(tembalang.tracking(2), 1, null)));
        await(() -> waitingAt(TestBroker.DLQ) == 2 && consumers.applied() == 1, "two dead, one applied");
        assertNull(city.db.read(em -> em.find(AttachmentRow.class, badId)));
        assertNull(city.db.read(em -> em.find(CaseRow.class, tembalang.tracking(1))));
        assertEquals(1, city.count("kiosk_case"));
    }

    @Test
    void queuedMessagesAreTakenInBatchesEachAppliedOnceWithCopiesInsideABatchAndIdsSeenBefore() throws Exception {
        broker = new TestBroker(dir.resolve("broker"), "vm://0", 5);
        Inbound seenBefore = tembalang.message(tembalang.snapshot(tembalang.tracking(1), 1, null));
        city.inbox.apply(seenBefore);
        List<Inbound> queued = new ArrayList<>(List.of(seenBefore));
        java.util.Map<String, String> photos = new java.util.HashMap<>();
        for (int i = 2; i <= 11; i++) {
            queued.add(tembalang.message(tembalang.snapshot(tembalang.tracking(i), 1, null)));
            queued.add(bulusan.message(bulusan.snapshot(bulusan.tracking(i), 1, null)));
            queued.add(tembalang.message(tembalang.snapshot(tembalang.tracking(i), 2, null)));
            if (i % 3 == 0) { // large messages among them: each applied as soon as it is taken
                byte[] photo = KioskMessages.png(200_000 + i);
                String id = UUID.randomUUID().toString();
                photos.put(id, KioskMessages.sha256(photo));
                queued.add(tembalang.attachment(id, photo, photos.get(id)));
            }
        }
        queued.add(tembalang.message(tembalang.nextAudit(4)));
        queued.add(queued.get(1)); // beyond the broker's window of 5 ids: a copy reaches the consumer
        for (Inbound m : queued) {
            broker.send(m);
        }
        consumers.batchWaitMillis = 500;
        consumers.start(broker.url, null, null, 1);
        await(() -> consumers.applied() == queued.size(), "all taken");

        assertTrue(consumers.batches() < queued.size(), consumers.batches() + " commits for " + queued.size());
        assertEquals(21, city.count("kiosk_case"));
        assertEquals(31, city.count("case_step"), "1 + 10 x 2 + 10 x 1");
        assertEquals(35, city.count("sync_inbox"), "one row per duplicate id");
        for (var photo : photos.entrySet()) {
            assertEquals(photo.getValue(), city.db.read(em -> em.find(AttachmentRow.class, photo.getKey())).sha256);
        }
        assertEquals(4, city.count("origin_audit"));
        List<Outcome> heard = new ArrayList<>(outcomes("K0001"));
        heard.addAll(outcomes("K0002"));
        assertEquals(21, heard.stream().filter(o -> o.result().equals(Outcome.RECEIVED)).map(Outcome::tracking)
                .distinct().count(), "every case's kiosk heard it was received");
        assertEquals(0, waitingAt(TestBroker.DLQ));
        assertTrue(city.audit.verify().intact());
    }

    @Test
    void aMessageThatCannotBeAppliedInABatchGoesToTheDeadLetterAddressAloneAndTheOthersAreApplied() throws Exception {
        broker = new TestBroker(dir.resolve("broker"), "vm://0", 1000);
        List<AuditBatch.Entry> entries = new ArrayList<>(tembalang.nextAudit(3).entries());
        AuditBatch.Entry e = entries.get(1);
        entries.set(1, new AuditBatch.Entry(e.sequence(), e.recorded(), e.actor(), e.action(), "CPP-lain",
                e.detail(), e.subjectKey(), e.hash()));
        for (int i = 1; i <= 20; i++) {
            broker.send(tembalang.message(tembalang.snapshot(tembalang.tracking(i), 1, null)));
            if (i == 10) {
                broker.send(tembalang.message(new AuditBatch("K0001", entries))); // refused inside the transaction
            }
        }
        consumers.batchWaitMillis = 500;
        consumers.start(broker.url, null, null, 1); // one consumer: the bad one is in its batch
        await(() -> waitingAt(TestBroker.DLQ) == 1 && consumers.applied() == 20, "one dead, twenty applied");
        assertEquals(20, city.count("kiosk_case"));
        assertEquals(0, city.count("origin_audit"));
        assertEquals(20, city.count("sync_inbox"));
        List<String> dead = broker.drain(TestBroker.DLQ);
        assertEquals(1, dead.size());
        assertTrue(dead.get(0).contains("CPP-lain"), "the refused audit batch alone");
        assertEquals(20, outcomes("K0001").size());
    }

    @Test
    void aConsumerKilledBetweenTheBatchsCommitAndItsAcknowledgementHasTheRedeliveryAbsorbed() throws Exception {
        broker = new TestBroker(dir.resolve("broker"), "vm://0", 1000);
        for (int i = 1; i <= 15; i++) {
            broker.send(tembalang.message(tembalang.snapshot(tembalang.tracking(i), 2, null)));
            broker.send(tembalang.message(tembalang.nextAudit(2)));
        }
        AtomicLong committedWhenKilled = new AtomicLong();
        consumers.afterCommit = () -> {
            if (committedWhenKilled.compareAndSet(0, city.count("sync_inbox"))) {
                throw new IllegalStateException("killed after the commit, before the acknowledgement");
            }
        };
        consumers.batchWaitMillis = 500;
        consumers.start(broker.url, null, null, 1);
        await(() -> consumers.applied() == 30, "applied after the redelivery");
        assertTrue(committedWhenKilled.get() > 1, "a batch committed: " + committedWhenKilled.get() + " messages");
        assertEquals(15, city.count("kiosk_case"));
        assertEquals(30, city.count("case_step"));
        assertEquals(30, city.count("sync_inbox"));
        assertEquals(30, city.count("origin_audit"));
        assertEquals(15 + 15, city.count("audit_entry"), "15 cases opened and 15 anchors, once each");
        assertEquals(15, outcomes("K0001").size(), "the redelivery sent the outcomes the killed batch had not");
        assertEquals(0, waitingAt(TestBroker.DLQ));
    }

    @Test
    void aCityNodeStartsWithoutItsBrokerAndConnectsWhenItComes() throws Exception {
        consumers.start("vm://1", null, null, 2);
        Thread.sleep(1500); // the consumers try and fail in the meantime
        broker = new TestBroker(dir.resolve("broker"), "vm://1", 1000);
        broker.send(tembalang.message(tembalang.snapshot(tembalang.tracking(1), 1, null)));
        await(() -> consumers.applied() == 1, "applied once the broker came");
        assertEquals(1, city.count("kiosk_case"));
    }

    private static String kioskOf(String tracking) {
        return "K" + tracking.substring(9, 13);
    }

    private long waitingAt(String queue) {
        try {
            return broker.waiting(queue);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Outcome> outcomes(String kiosk) throws Exception {
        return broker.drain(SyncProtocol.kioskAddress(kiosk)).stream().map(b -> SyncJson.read(b, Outcome.class)).toList();
    }

    private String state() {
        return city.count("kiosk_case") + " cases, " + city.count("case_step") + " steps, " + city.count("attachment")
                + " attachments, " + city.count("origin_audit") + " audit entries, " + city.count("audit_entry")
                + " city entries, " + city.count("city_conflict") + " conflicts";
    }
}
