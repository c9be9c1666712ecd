package id.anjungan.host.city.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.attachments.control.Attachments;
import id.anjungan.host.attachments.entity.AttachmentRow;
import id.anjungan.host.cases.entity.CaseRow;
import id.anjungan.host.cases.entity.CaseStepRow;
import id.anjungan.host.city.entity.ClaimConflict;
import id.anjungan.host.sync.AuditBatch;
import id.anjungan.host.sync.CaseSnapshot;
import id.anjungan.host.sync.Outcome;
import id.anjungan.host.sync.SyncProtocol;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The city's apply rules (docs/city-sync.md, "What the city does"), one message at a time on Derby. */
class CityInboxTest {

    @TempDir
    Path dir;
    CityFixture city;
    final KioskMessages tembalang = new KioskMessages(1, "Tembalang", "Tembalang");
    final KioskMessages bulusan = new KioskMessages(2, "Bulusan", "Tembalang");

    @BeforeEach
    void open() throws Exception {
        city = CityFixture.derby(dir);
    }

    @AfterEach
    void close() {
        city.close();
    }

    /** Everything the apply writes, as one comparable text. */
    String state() {
        return city.db.read(em -> em.createQuery("select c from CaseRow c order by c.tracking", CaseRow.class)
                .getResultList().stream().map(c -> c.tracking + "/" + c.state + "/" + c.kioskSteps + "/v" + c.version)
                .toList()) + " steps=" + city.count("case_step") + " inbox=" + city.count("sync_inbox") + " audit="
                + city.count("origin_audit") + " anchors=" + city.count("audit_entry") + " claims="
                + city.count("city_claim") + " conflicts=" + city.count("city_conflict");
    }

    @Test
    void aReplayedBatchChangesNothingUnderTheSameOrANewDuplicateId() {
        List<Inbound> batch = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            batch.add(tembalang.message(tembalang.snapshot(tembalang.tracking(i), 1, null)));
            batch.add(tembalang.message(tembalang.snapshot(tembalang.tracking(i), 2, null)));
        }
        batch.add(tembalang.message(tembalang.nextAudit(10)));
        batch.forEach(city.inbox::apply);
        String applied = state();

        List<List<Outcome>> again = batch.stream().map(city.inbox::apply).toList();
        assertEquals(applied, state(), "the same messages a second time");
        assertEquals(List.of(new Outcome("K0001", tembalang.tracking(1), Outcome.RECEIVED, null)), again.get(0),
                "a duplicate sends its outcome again: the first try may have committed here but not at the broker");

        for (int i = 1; i <= 5; i++) {
            CaseSnapshot s = tembalang.snapshot(tembalang.tracking(i), 2, null);
            city.inbox.apply(tembalang.message(s, SyncProtocol.duplicateId("K0001", "case", "replay-" + i)));
        }
        String replayed = state();
        assertEquals(applied.substring(0, applied.indexOf(" inbox=")), replayed.substring(0, replayed.indexOf(" inbox=")),
                "the same bodies under new duplicate ids change no case, step or audit entry");
        assertTrue(city.audit.verify().intact(), "the city's chain, with a case-open entry for every case received");
    }

    @Test
    void messagesAppliedTogetherInOneTransactionCountOnceWithCopiesInsideTheBatchAndIdsSeenBefore() {
        String seenBefore = tembalang.tracking(1);
        Inbound first = tembalang.message(tembalang.snapshot(seenBefore, 1, null));
        city.inbox.apply(first);
        String two = tembalang.tracking(2);
        Inbound twoOpened = tembalang.message(tembalang.snapshot(two, 1, null));
        String holder = tembalang.tracking(3);
        String conflicting = bulusan.tracking(1);
        List<Inbound> batch = List.of(first, twoOpened, tembalang.message(tembalang.snapshot(two, 2, null)),
                twoOpened, tembalang.message(tembalang.nextAudit(3)), tembalang.message(tembalang.nextAudit(3)),
                bulusan.message(bulusan.snapshot(conflicting, 1, "3374010101010009")),
                tembalang.message(tembalang.snapshot(holder, 1, "3374010101010009")));

        List<Outcome> outcomes = city.inbox.applyTogether(batch);

        assertEquals(4, city.count("kiosk_case"));
        assertEquals(5, city.count("case_step"), "1 + 2 + 1 + 1: each case's steps once");
        assertEquals(2, city.db.read(em -> em.find(CaseRow.class, two)).kioskSteps);
        assertEquals(7, city.count("sync_inbox"), "one row per duplicate id");
        assertEquals(6, verified("K0001").verifiedUpTo(), "two audit batches of one kiosk in one transaction");
        assertEquals(1, city.count("city_conflict"), "kiosk by kiosk: K0001's claim stands");
        assertTrue(outcomes.containsAll(List.of(new Outcome("K0001", seenBefore, Outcome.RECEIVED, null),
                new Outcome("K0002", conflicting, Outcome.CLAIM_CONFLICT, holder),
                new Outcome("K0001", holder, Outcome.CLAIM_STANDS, conflicting))), outcomes.toString());
        assertEquals(6, city.count("audit_entry"), "4 cases opened and 2 anchors in the city's chain");
        assertTrue(city.audit.verify().intact());
        assertEquals(List.of(6L, 1L), city.db.read(em -> em.createQuery("select k.messages from OriginKiosk k"
                + " order by k.id", Long.class).getResultList()), "every message counted once per kiosk");
        String applied = state();

        city.inbox.applyTogether(batch);
        assertEquals(applied, state(), "the whole batch again");
    }

    @Test
    void snapshotsOutOfOrderKeepTheOneWithMostSteps() {
        String t = tembalang.tracking(7);
        city.inbox.apply(tembalang.message(tembalang.snapshot(t, 3, null)));
        city.inbox.apply(tembalang.message(tembalang.snapshot(t, 1, null)));
        city.inbox.apply(tembalang.message(tembalang.snapshot(t, 2, null)));
        CaseRow row = city.db.read(em -> em.find(CaseRow.class, t));
        assertEquals("s2", row.state);
        assertEquals(3, row.kioskSteps);
        assertEquals("K0001", row.originKiosk);
        assertEquals("Tembalang", row.kecamatan);
        assertEquals(3, city.count("case_step"));
        city.inbox.apply(tembalang.message(tembalang.snapshot(t, 4, null)));
        assertEquals("s3", city.db.read(em -> em.find(CaseRow.class, t)).state);
        assertEquals(4, city.count("case_step"));
    }

    @Test
    void onceCityStaffTookAStepKioskSnapshotsAreKeptAside() {
        String t = tembalang.tracking(8);
        city.inbox.apply(tembalang.message(tembalang.snapshot(t, 1, null)));
        city.db.tx(em -> { // what a transition on the city node writes
            CaseStepRow step = new CaseStepRow();
            step.tracking = t;
            step.state = "verified";
            em.persist(step);
            em.find(CaseRow.class, t).state = "verified";
            return null;
        });
        city.inbox.apply(tembalang.message(tembalang.snapshot(t, 3, null)));
        CaseRow row = city.db.read(em -> em.find(CaseRow.class, t));
        assertEquals("verified", row.state);
        assertEquals(CaseSnapshots.CITY, row.owner);
        assertEquals(2, city.count("case_step"));
    }

    @Test
    void theSameHouseholdClaimedAtTwoKiosksOneClaimStandsOneConflictBothKiosksLearn() {
        String first = tembalang.tracking(1);
        String second = bulusan.tracking(1);
        List<Outcome> one = city.inbox.apply(tembalang.message(tembalang.snapshot(first, 1, "3374010101010001")));
        List<Outcome> two = city.inbox.apply(bulusan.message(bulusan.snapshot(second, 1, "3374010101010001")));
        assertEquals(List.of(new Outcome("K0001", first, Outcome.RECEIVED, null)), one);
        assertEquals(List.of(new Outcome("K0002", second, Outcome.RECEIVED, null),
                new Outcome("K0002", second, Outcome.CLAIM_CONFLICT, first),
                new Outcome("K0001", first, Outcome.CLAIM_STANDS, second)), two);
        List<ClaimConflict> listed = city.db.read(em -> new CityClaims().conflicts(em, "tembalang", null));
        assertEquals(1, listed.size());
        assertEquals(second, listed.get(0).tracking);
        assertEquals(first, listed.get(0).heldBy);
        assertTrue(city.db.read(em -> new CityClaims().conflicts(em, "Banyumanik", null)).isEmpty());

        // later snapshots of both and later cases flow; the conflict is listed once
        city.inbox.apply(bulusan.message(bulusan.snapshot(second, 2, "3374010101010001")));
        city.inbox.apply(tembalang.message(tembalang.snapshot(first, 2, "3374010101010001")));
        city.inbox.apply(bulusan.message(bulusan.snapshot(bulusan.tracking(2), 1, "3374010101010002")));
        assertEquals(1, city.count("city_conflict"));
        assertEquals(2, city.count("city_claim"));
        assertEquals(3, city.count("kiosk_case"));
        assertEquals(2, city.db.read(em -> em.find(CaseRow.class, second)).kioskSteps);
    }

    @Test
    void anAttachmentIsStoredUnderItsIdWithItsHashAndAMismatchIsRefused() throws Exception {
        byte[] photo = KioskMessages.png(300_000);
        String id = UUID.randomUUID().toString();
        String bad = UUID.randomUUID().toString();
        UnusableMessage refused = assertThrows(UnusableMessage.class,
                () -> city.inbox.apply(tembalang.attachment(bad, photo, "00" + KioskMessages.sha256(photo).substring(2))));
        assertTrue(refused.getMessage().contains("SHA-256"));
        assertNull(city.db.read(em -> em.find(AttachmentRow.class, bad)));
        assertFalse(Files.exists(dir.resolve("attachments").resolve(bad.substring(0, 2)).resolve(bad)));
        assertEquals(List.of(), filesNamed(bad), "no part of the refused bytes left");

        city.inbox.apply(tembalang.attachment(id, photo, KioskMessages.sha256(photo)));
        city.inbox.apply(tembalang.attachment(id, photo, KioskMessages.sha256(photo)));
        AttachmentRow row = city.db.read(em -> em.find(AttachmentRow.class, id));
        assertEquals(KioskMessages.sha256(photo), row.sha256);
        assertEquals("K0001", row.originKiosk);
        assertEquals("image/png", row.contentType);
        assertEquals(photo.length, Files.size(Path.of(row.path)));
    }

    /**
     * A broker failover cuts a large message's body short while the city reads it: nothing is recorded and no part of
     * it is left, the message's next delivery stores it whole, and a copy cut short later leaves the stored file as is.
     */
    @Test
    void aBodyCutShortLeavesNothingAndNeverReplacesTheStoredFile() throws Exception {
        byte[] photo = KioskMessages.png(300_000);
        String id = UUID.randomUUID().toString();
        String sha = KioskMessages.sha256(photo);
        Inbound cut = new Inbound(SyncProtocol.duplicateId("K0001", SyncProtocol.KIND_ATTACHMENT, id),
                SyncProtocol.KIND_ATTACHMENT, "K0001", null, cutShort(photo), id, sha);
        assertThrows(UnusableMessage.class, () -> city.inbox.apply(cut));
        assertNull(city.db.read(em -> em.find(AttachmentRow.class, id)));
        assertEquals(List.of(), filesNamed(id));

        city.inbox.apply(tembalang.attachment(id, photo, sha));
        AttachmentRow row = city.db.read(em -> em.find(AttachmentRow.class, id));
        assertEquals(sha, row.sha256);
        assertThrows(id.anjungan.host.problem.Problem.class,
                () -> city.inbox.attachments.write(id, cutShort(photo), Attachments.MAX_BYTES, sha));
        assertEquals(sha, KioskMessages.sha256(Files.readAllBytes(Path.of(row.path))), "the stored file untouched");
        assertEquals(List.of(id), filesNamed(id));
    }

    /**
     * Two city nodes may insert the same claim at once; the loser's error, which reaches the log, names no household:
     * on PostgreSQL the server's DETAIL, which quotes the key (a KK), stays out of it.
     */
    @Test
    void aDuplicateClaimsErrorNamesNoHousehold() {
        String kk = "3374010101019999";
        String insert = "INSERT INTO city_claim (claim_scope, claim_key, tracking, kiosk_id) VALUES ('CPP/2612', ?1, "
                + "'CPP-2612-0000-0001-1', 'K0001')";
        city.db.tx(em -> em.createNativeQuery(insert).setParameter(1, kk).executeUpdate());
        RuntimeException duplicate = assertThrows(RuntimeException.class,
                () -> city.db.tx(em -> em.createNativeQuery(insert).setParameter(1, kk).executeUpdate()));
        StringBuilder chain = new StringBuilder();
        for (Throwable t = duplicate; t != null; t = t.getCause()) {
            chain.append(t).append('\n');
        }
        assertFalse(chain.toString().contains(kk), chain.toString());
    }

    /** The bytes up to a half, then the failure a lost connection gives. */
    private static java.io.InputStream cutShort(byte[] bytes) {
        return new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(bytes, 0, bytes.length / 2),
                new java.io.InputStream() {
                    @Override
                    public int read() throws java.io.IOException {
                        throw new java.io.IOException("AMQ219016: Connection failure detected");
                    }
                });
    }

    /** The files of the attachment store whose names begin with {@code id} (its file, and any part of one). */
    private List<String> filesNamed(String id) throws java.io.IOException {
        Path folder = dir.resolve("attachments").resolve(id.substring(0, 2));
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(id)).sorted().toList();
        }
    }

    @Test
    void aGoodChainIsAnchoredOutOfOrderAndOverlappingBatchesAreTolerated() {
        AuditBatch first = tembalang.nextAudit(10);
        AuditBatch second = tembalang.nextAudit(10);
        AuditBatch third = tembalang.nextAudit(5);
        city.inbox.apply(tembalang.message(second));
        city.inbox.apply(tembalang.message(third));
        assertEquals(0, verified("K0001").verifiedUpTo(), "entries ahead of a gap wait");
        city.inbox.apply(tembalang.message(first));
        city.inbox.apply(tembalang.message(new AuditBatch("K0001", second.entries().subList(5, 10))));
        OriginAudits.Verified v = verified("K0001");
        assertEquals(25, v.verifiedUpTo());
        assertEquals(25, v.anchoredUpTo());
        assertTrue(v.intact(), v.problem());
        assertEquals(25, city.count("origin_audit"));
        assertTrue(city.audit.verify().intact(), "the anchors are entries of the city's own chain");
    }

    @Test
    void aTamperedEntryIsRefusedAndNothingOfItStored() {
        city.inbox.apply(tembalang.message(tembalang.nextAudit(5)));
        AuditBatch next = tembalang.nextAudit(5);
        List<AuditBatch.Entry> altered = new ArrayList<>(next.entries());
        AuditBatch.Entry e = altered.get(2);
        altered.set(2, new AuditBatch.Entry(e.sequence(), e.recorded(), e.actor(), e.action(), "CPP-lain", e.detail(),
                e.subjectKey(), e.hash()));
        assertThrows(UnusableMessage.class, () -> city.inbox.apply(tembalang.message(new AuditBatch("K0001", altered))));
        assertEquals(5, city.count("origin_audit"));

        // an entry re-hashed after the fact no longer follows from the one the city holds
        AuditBatch.Entry head = next.entries().get(0);
        String rehashed = id.anjungan.host.audit.control.HashChainedAudit.hash("forged", head.sequence(),
                head.recorded(), head.actor(), head.action(), "CPP-lain", head.detail(), head.subjectKey());
        AuditBatch forged = new AuditBatch("K0001", List.of(new AuditBatch.Entry(head.sequence(), head.recorded(),
                head.actor(), head.action(), "CPP-lain", head.detail(), head.subjectKey(), rehashed)));
        assertThrows(UnusableMessage.class, () -> city.inbox.apply(tembalang.message(forged)));
        assertEquals(5, verified("K0001").verifiedUpTo());

        city.inbox.apply(tembalang.message(next));
        assertEquals(10, verified("K0001").verifiedUpTo());
    }

    @Test
    void entriesRecordedInTheLastMicrosecondOfAMillisecondVerify() {
        // a kiosk's Derby keeps nanoseconds; PostgreSQL rounds to microseconds, which once moved such an entry into
        // the next millisecond, the precision its hash covers (OfflineKiosksIT: "entri 93 diubah")
        List<AuditBatch.Entry> entries = new ArrayList<>();
        String previous = "";
        for (long seq = 1; seq <= 3; seq++) {
            java.time.Instant at = java.time.Instant.parse("2026-12-06T22:02:02Z").plusNanos(seq * 1_000_000_000L
                    + 567_999_838);
            String hash = id.anjungan.host.audit.control.HashChainedAudit.hash(previous, seq, at, "Bu Ratna (TKSK)",
                    "case-open", "JUMATKOIN-" + seq, "dibuka", "k" + seq);
            entries.add(new AuditBatch.Entry(seq, at, "Bu Ratna (TKSK)", "case-open", "JUMATKOIN-" + seq, "dibuka",
                    "k" + seq, hash));
            previous = hash;
        }
        city.inbox.apply(tembalang.message(new AuditBatch("K0001", entries)));
        OriginAudits.Verified v = verified("K0001");
        assertTrue(v.intact(), v.problem());
        assertEquals(3, v.verifiedUpTo());
        assertTrue(city.audit.verify().intact(), "the city's own chain, anchors included");
    }

    @Test
    void anEntryAlteredInTheCitysCopyShowsAgainstItsAnchor() {
        city.inbox.apply(tembalang.message(tembalang.nextAudit(5)));
        city.db.tx(em -> em.createNativeQuery("UPDATE origin_audit SET detail = 'lain' WHERE seq_no = 3")
                .executeUpdate());
        OriginAudits.Verified v = verified("K0001");
        assertFalse(v.intact());
        assertEquals(2, v.verifiedUpTo());
    }

    @Test
    void aBodyThatDoesNotReadOrClaimsAnotherKioskIsUnusable() {
        assertThrows(UnusableMessage.class, () -> city.inbox.apply(Inbound.text("K0001:case:x", "case", "K0001", "{")));
        assertThrows(UnusableMessage.class, () -> city.inbox.apply(bulusan.message(tembalang.snapshot("T-1", 1, null),
                "K0002:case:T-1:1")));
        assertThrows(UnusableMessage.class, () -> Inbound.text("K0001:audit:1-2", "case", "K0001", "{}"));
        assertEquals(0, city.count("sync_inbox"));
    }

    private OriginAudits.Verified verified(String kiosk) {
        return city.db.read(em -> city.inbox.audits.verify(em)).stream().filter(v -> v.kiosk().equals(kiosk))
                .findFirst().orElseThrow();
    }
}
