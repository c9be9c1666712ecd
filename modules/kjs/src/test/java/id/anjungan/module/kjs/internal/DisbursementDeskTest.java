package id.anjungan.module.kjs.internal;

import id.anjungan.spi.PrintableDocument;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.ProgramException;
import id.anjungan.spi.platform.CaseRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisbursementDeskTest {

    private final Fixture f = new Fixture().withSk();

    private Map<String, Object> op(String id, Map<String, Object> input) {
        return f.op(id, input, Fixture.TKSK);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> list(Object rows) {
        return (List<Map<String, Object>>) rows;
    }

    private String ref(String nik) {
        return Refs.of("2026-Q4", nik);
    }

    private Map<String, Object> pack(String mode, String... niks) {
        return op("pack", Map.of("mode", mode, "refs", List.of(niks).stream().map(this::ref).toList(),
                "suratTugasNumber", "460/512/DINSOS/2026", "suratTugasDate", "2026-11-16"));
    }

    @Test
    void recipientsAreListedWithMaskedNumbersOnly() {
        Map<String, Object> out = op("recipients", Map.of());
        assertEquals("2026-Q3", out.get("round"), "in November the September funds (Q3) are collected");
        assertEquals("2026-Q4", out.get("period"));
        List<Map<String, Object>> rows = list(out.get("recipients"));
        assertEquals(3, rows.size());
        Map<String, Object> lost = rows.stream().filter(r -> r.get("ref").equals(ref(Fixture.LOST))).findFirst()
                .orElseThrow();
        assertEquals("3374••••••••1101", lost.get("nikMasked"));
        assertEquals("••••••7789", lost.get("accountMasked"));
        assertEquals("REKENING", lost.get("path"));
        assertFalse(out.toString().contains(Fixture.LOST) || out.toString().contains("2031007789"));
    }

    @Test
    void collectivePackHasEverythingToPrint() {
        Map<String, Object> pack = pack("COLLECTIVE", Fixture.CARD, Fixture.LOST, Fixture.ALONE);
        assertEquals("PKT-2026-Q3-001", pack.get("packId"));
        assertEquals("COLLECTIVE", pack.get("mode"));
        assertEquals(3, pack.get("count"));
        assertEquals(3_330_000L, pack.get("total"));
        assertEquals("Rp3.330.000", pack.get("totalText"));
        assertEquals("Bank Jateng", pack.get("bank"));
        assertEquals("TKSK Rahmat", pack.get("pendamping"));
        assertEquals("Senin, 23 November 2026", ((Map<?, ?>) pack.get("date")).get("id"));
        assertEquals(Map.of("kartu-kjs", 2L, "nomor-rekening", 1L, "identitas-penerima", 3L, "sk-pendamping", 1L,
                "ktp-pendamping", 1L, "surat-tugas", 1L), counts(pack));
        String printed = pack.toString();
        for (String secret : List.of(Fixture.CARD, Fixture.LOST, Fixture.ALONE, "2031004512", "2031007789")) {
            assertFalse(printed.contains(secret), secret);
        }
        assertTrue(printed.contains("Surat Tugas dari Dinas Sosial Kota Semarang"));
        assertEquals(Map.of("skNumber", "463/021/2026", "skIssued", "2026-01-02", "skValidUntil", "2026-12-31",
                "suratTugasNumber", "460/512/DINSOS/2026", "suratTugasDate", "2026-11-16"), pack.get("papers"));
    }

    @Test
    void collectivePackPrintsAsADocumentWithMaskedNumbersAndTheSuratTugas() {
        Map<String, Object> pack = pack("COLLECTIVE", Fixture.CARD, Fixture.LOST, Fixture.ALONE);
        PrintableDocument doc = (PrintableDocument) pack.get("document");
        assertEquals("Paket Pencairan Kolektif KJS", doc.title());
        PrintableDocument.Table table = doc.table();
        assertEquals(List.of("No", "Nama", "NIK", "No. rekening", "RT/RW", "Jalur", "Nominal", "Keterangan / paraf"),
                table.headers());
        assertTrue(doc.paragraphs().toString().contains("tanda tangan atau cap jempol"));
        List<List<String>> rows = table.rows();
        assertEquals(3, rows.size());
        assertTrue(rows.stream().anyMatch(r -> ((List<?>) r).containsAll(List.of("3374••••••••1101", "••••••7789",
                "No. rekening", "Rp1.110.000"))), rows.toString());
        String paragraphs = doc.paragraphs().toString();
        assertTrue(paragraphs.contains("[  ] Surat Tugas dari Dinas Sosial Kota Semarang nomor 460/512/DINSOS/2026 "
                + "tanggal 2026-11-16 (1)"), paragraphs);
        assertTrue(paragraphs.contains("Fotokopi SK pendamping KJS nomor 463/021/2026, berlaku s.d. 2026-12-31"),
                paragraphs);
        assertTrue(doc.meta().toString().contains("460/512/DINSOS/2026"));
        assertTrue(doc.meta().toString().contains("PKT-2026-Q3-001"));
        assertEquals(List.of("Semarang, Senin, 23 November 2026", "Pendamping KJS", "", "", "(TKSK Rahmat)"),
                doc.signature());
        for (String secret : List.of(Fixture.CARD, Fixture.LOST, Fixture.ALONE, "2031004512", "2031007789")) {
            assertFalse(doc.toString().contains(secret), secret);
        }
    }

    @Test
    void individualPackDocumentHasNoSuratTugas() {
        Map<String, Object> pack = pack("INDIVIDUAL", Fixture.LOST);
        PrintableDocument doc = (PrintableDocument) op("pack-detail", Map.of("packId", pack.get("packId"))).get("document");
        assertEquals("Paket Pencairan Perorangan KJS", doc.title());
        assertFalse(doc.toString().contains("Surat Tugas"));
        assertEquals(1, doc.table().rows().size());
    }

    @Test
    void individualPackNeedsNoSuratTugas() {
        Map<String, Object> pack = pack("INDIVIDUAL", Fixture.LOST);
        assertEquals(Map.of("nomor-rekening", 1L, "identitas-penerima", 1L, "sk-pendamping", 1L, "ktp-pendamping", 1L),
                counts(pack));
        assertEquals("Paket Pencairan Perorangan KJS", ((Map<?, ?>) pack.get("title")).get("id"));
    }

    @Test
    void anOpenCardCaseSwitchesTheRowToTheAccountPath() {
        f.platform.cases.put(new CaseRecord("KJS-2611-000009-1", "KJS", CardFlow.SERVICE, Workflows.ACCOUNT_PATH,
                Fixture.CARD, "RUSAK", Map.of("nik", Fixture.CARD), Instant.now(), null, List.of()));
        Map<String, Object> pack = pack("INDIVIDUAL", Fixture.CARD);
        assertEquals("REKENING", list(pack.get("rows")).get(0).get("path"));
        op("record", Map.of("packId", pack.get("packId"), "ref", ref(Fixture.CARD)));
        CaseRecord c = f.platform.cases.find("KJS-2611-000009-1").orElseThrow();
        assertEquals("2026-11-23", c.data().get("pencairan-2026-Q3"));
        assertTrue(c.history().get(c.history().size() - 1).note().contains("sudah dicairkan"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "individual-one|INDIVIDUAL|2", "collective-min|COLLECTIVE|1", "invalid-mode|BOTH|1", "no-recipients|COLLECTIVE|0"})
    void packRefusesWrongChoices(String code, String mode, int recipients) {
        List<String> refs = List.of(ref(Fixture.CARD), ref(Fixture.LOST)).subList(0, recipients);
        ProgramException e = assertThrows(ProgramException.class,
                () -> op("pack", Map.of("mode", mode, "refs", refs)));
        assertEquals(code, e.reason().code());
    }

    @Test
    void packRefusesUnknownRecipientsRoundsAndInputs() {
        assertEquals("unknown-recipient", assertThrows(ProgramException.class, () -> op("pack",
                Map.of("mode", "INDIVIDUAL", "ref", "r000000000000"))).reason().code());
        assertEquals("invalid-round", assertThrows(ProgramException.class, () -> op("pack",
                Map.of("mode", "INDIVIDUAL", "ref", ref(Fixture.CARD), "round", "Q4"))).reason().code());
        assertEquals("invalid-refs", assertThrows(ProgramException.class, () -> op("pack",
                Map.of("mode", "INDIVIDUAL", "refs", List.of(BigDecimal.ONE)))).reason().code());
        assertEquals("missing-mode", assertThrows(ProgramException.class, () -> op("pack",
                Map.of("refs", List.of(ref(Fixture.CARD))))).reason().code());
        assertEquals("unknown-pack", assertThrows(ProgramException.class, () -> op("record",
                Map.of("packId", "PKT-2026-Q3-999", "ref", ref(Fixture.CARD)))).reason().code());
    }

    @Test
    void recordingWritesClaimLedgerCounterAndAuditOnce() {
        Map<String, Object> pack = pack("COLLECTIVE", Fixture.CARD, Fixture.LOST);
        Map<String, Object> first = op("record", Map.of("packId", pack.get("packId"), "refs", List.of(ref(Fixture.CARD))));
        assertEquals("RECORDED", list(first.get("results")).get(0).get("status"));
        assertEquals(false, first.get("complete"));
        Map<String, Object> again = op("record", Map.of("packId", pack.get("packId"),
                "refs", List.of(ref(Fixture.CARD), ref(Fixture.LOST))));
        assertEquals(List.of("ALREADY", "RECORDED"), list(again.get("results")).stream().map(r -> r.get("status")).toList());
        assertEquals(false, again.get("complete"), "collected is not yet handed over");
        assertEquals(2_220_000L, f.platform.ledger.balance("KJS-PENCAIRAN-2026-Q3"));
        assertEquals(2, f.platform.ledger.entries("KJS-PENCAIRAN-2026-Q3").size());
        assertFalse(f.platform.ledger.entries("KJS-PENCAIRAN-2026-Q3").toString().contains(Fixture.CARD));
        assertEquals(2, f.platform.audit.entries.stream().filter(e -> e.contains("kjs-disbursed")).count());
        assertFalse(f.platform.audit.entries.toString().contains(Fixture.CARD));
        Map<String, Object> summary = op("round-summary", Map.of());
        assertEquals(2L, summary.get("disbursed"));
        assertEquals("Rp2.220.000", summary.get("totalText"));
        assertEquals(true, summary.get("ledgerIntact"));
        assertEquals(List.of("PKT-2026-Q3-001"), summary.get("packs"));
        Map<?, ?> notice = (Map<?, ?>) list(again.get("results")).get(1).get("notice");
        assertTrue(notice.get("id").toString().contains("Rp1.110.000 sudah dicairkan"));
    }

    @Test
    void aPaidRecipientCannotBePackedAgainInTheSameRound() {
        Map<String, Object> pack = pack("INDIVIDUAL", Fixture.ALONE);
        op("record", Map.of("packId", pack.get("packId"), "ref", ref(Fixture.ALONE)));
        assertEquals("already-disbursed", assertThrows(ProgramException.class,
                () -> pack("INDIVIDUAL", Fixture.ALONE)).reason().code());
        assertEquals(true, list(op("recipients", Map.of()).get("recipients")).stream()
                .filter(r -> r.get("ref").equals(ref(Fixture.ALONE))).findFirst().orElseThrow().get("disbursed"));
        assertEquals("PKT-2026-Q1-001", op("pack", Map.of("mode", "INDIVIDUAL", "ref", ref(Fixture.ALONE),
                "round", "2026-Q1")).get("packId"));
    }

    @Test
    void recordRefusesARecipientOutsideThePack() {
        Map<String, Object> pack = pack("INDIVIDUAL", Fixture.ALONE);
        assertEquals("not-in-pack", assertThrows(ProgramException.class, () -> op("record",
                Map.of("packId", pack.get("packId"), "ref", ref(Fixture.CARD)))).reason().code());
        assertEquals(0, f.platform.ledger.entries("KJS-PENCAIRAN-2026-Q3").size());
    }

    @Test
    void packDetailReprintsTheSamePack() {
        Map<String, Object> pack = pack("COLLECTIVE", Fixture.CARD, Fixture.ALONE);
        Map<String, Object> again = op("pack-detail", Map.of("packId", pack.get("packId")));
        assertEquals(pack.get("rows"), again.get("rows"));
        assertEquals(pack.get("checklist"), again.get("checklist"));
    }

    @Test
    void concurrentRecordingPaysEachRecipientOnce() throws Exception {
        Map<String, Object> pack = pack("COLLECTIVE", Fixture.CARD, Fixture.LOST, Fixture.ALONE);
        List<String> refs = List.of(ref(Fixture.CARD), ref(Fixture.LOST), ref(Fixture.ALONE));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Map<String, Object>>> calls = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            List<String> order = new ArrayList<>(refs);
            java.util.Collections.rotate(order, i);
            calls.add(pool.submit(() -> {
                start.await();
                return op("record", Map.of("packId", pack.get("packId"), "refs", order));
            }));
        }
        start.countDown();
        long recorded = 0;
        for (Future<Map<String, Object>> call : calls) {
            recorded += list(call.get(20, TimeUnit.SECONDS).get("results")).stream()
                    .filter(r -> r.get("status").equals("RECORDED")).count();
        }
        pool.shutdown();
        assertEquals(3, recorded);
        assertEquals(3, f.platform.ledger.entries("KJS-PENCAIRAN-2026-Q3").size());
        assertEquals(3_330_000L, f.platform.ledger.balance("KJS-PENCAIRAN-2026-Q3"));
        assertEquals(3L, f.platform.counters.value("KJS:disbursed-count:2026-Q3"));
        assertTrue(f.platform.ledger.verify("KJS-PENCAIRAN-2026-Q3").intact());
    }

    @Test
    void concurrentPacksGetDistinctNumbers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Map<String, Object>>> calls = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            calls.add(pool.submit(() -> pack("INDIVIDUAL", Fixture.CARD)));
        }
        java.util.Set<Object> ids = new java.util.HashSet<>();
        for (Future<Map<String, Object>> call : calls) {
            ids.add(call.get(20, TimeUnit.SECONDS).get("packId"));
        }
        pool.shutdown();
        assertEquals(24, ids.size());
    }

    @Test
    void unknownOperationIsRefused() {
        assertEquals("unknown-operation", assertThrows(ProgramException.class,
                () -> f.program.operate("nope", Map.of(), Fixture.TKSK)).reason().code());
    }

    private static Map<String, Long> counts(Map<String, Object> pack) {
        Map<String, Long> counts = new java.util.HashMap<>();
        for (Object item : (List<?>) pack.get("checklist")) {
            Map<?, ?> m = (Map<?, ?>) item;
            counts.put((String) m.get("id"), ((Number) m.get("count")).longValue());
        }
        return counts;
    }
}
