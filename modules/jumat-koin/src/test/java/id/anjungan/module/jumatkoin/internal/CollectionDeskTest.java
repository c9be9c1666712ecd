package id.anjungan.module.jumatkoin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.ProgramException;
import id.anjungan.spi.platform.LedgerEntry;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CollectionDeskTest {

    private final Fixture f = new Fixture();

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
        "same-witness,       0, Kantor Kecamatan Semarang Tengah, 125000,   Budi Santoso, budi  santoso",
        "recorder-as-witness,0, Kantor Kecamatan Semarang Tengah, 125000,   Sari Kasi Kesos,    Budi Santoso",
        "recorder-as-witness,0, Kantor Kecamatan Semarang Tengah, 125000,   Budi Santoso, kasi",
        "invalid-date,      -1, Kantor Kecamatan Semarang Tengah, 125000,   Budi Santoso, Sari Wulandari",
        "invalid-date,      32, Kantor Kecamatan Semarang Tengah, 125000,   Budi Santoso, Sari Wulandari",
        "unknown-box,        0, Kotak Pasar Johar,                125000,   Budi Santoso, Sari Wulandari",
        "invalid-amount,     0, Kantor Kecamatan Semarang Tengah, 0,        Budi Santoso, Sari Wulandari",
        "invalid-amount,     0, Kantor Kecamatan Semarang Tengah, 50000001, Budi Santoso, Sari Wulandari",
        "missing-witness2,   0, Kantor Kecamatan Semarang Tengah, 125000,   Budi Santoso, -",
    })
    void refusesAnInvalidCount(String code, int daysAgo, String box, long amount, String w1, String w2) {
        Map<String, Object> input = new HashMap<>(Map.of("date", f.p.clock.today().minusDays(daysAgo).toString(),
                "box", box, "amount", BigDecimal.valueOf(amount), "witness1", w1));
        if (w2 != null) {
            input.put("witness2", w2);
        }
        ProgramException refused = assertThrows(ProgramException.class,
                () -> f.op("catat-setoran", input, Fixture.KASI));
        assertEquals(code, refused.reason().code());
        assertTrue(f.p.ledger.entries("JUMATKOIN").isEmpty());
    }

    @Test
    void recordsACountWithItsWitnessesInTheLedger() {
        Map<String, Object> answer = f.collect("2026-11-20", "kelurahan  miroto", 187_500, "Budi Santoso",
                "Sari Wulandari");
        assertEquals(187_500L, answer.get("balance"));
        LedgerEntry entry = f.p.ledger.entries("JUMATKOIN").get(0);
        assertEquals("collection", entry.kind());
        assertEquals("Setoran kotak Kelurahan Miroto tanggal 2026-11-20, saksi Budi Santoso, Sari Wulandari",
                entry.memo());
        assertEquals(java.util.Map.of(
                "entry/JUMATKOIN/1/tanggal", "2026-11-20", "entry/JUMATKOIN/1/kotak", "Kelurahan Miroto",
                "entry/JUMATKOIN/1/saksi", "Budi Santoso, Sari Wulandari"), f.p.store.withPrefix("entry/JUMATKOIN/1/"),
                "the details beside the entry");
        assertEquals("Sari Kasi Kesos (KASI_KESOS)", entry.actor(), "as the kiosk records it: name and role");
    }

    @Test
    void aBoxIsCountedOncePerDate() {
        f.collect("2026-11-20", 100_000);
        assertEquals("already-recorded", assertThrows(ProgramException.class,
                () -> f.collect("2026-11-20", 100_000)).reason().code());
        f.collect("2026-11-13", 100_000);
        assertEquals(2, f.p.ledger.entries("JUMATKOIN").size());
    }

    @Test
    void aCorrectionReversesTheCountAndRecordsTheRightOne() {
        f.collect("2026-11-20", 1_250_000);
        Map<String, Object> answer = f.op("koreksi-setoran", Map.of("sequence", BigDecimal.ONE,
                "reason", "Salah ketik, seharusnya 125 ribu", "amount", BigDecimal.valueOf(125_000)), Fixture.KASI);
        assertEquals(125_000L, answer.get("balance"));
        List<LedgerEntry> entries = f.p.ledger.entries("JUMATKOIN");
        assertEquals(3, entries.size());
        assertTrue(entries.get(1).memo().endsWith("(hitungan benar untuk catatan 1)"), "the right count goes in first");
        assertEquals(java.util.Optional.of("1"), f.p.store.get("entry/JUMATKOIN/2/koreksi"));
        assertEquals(java.util.Optional.of("Saksi Pertama, Saksi Kedua"), f.p.store.get("entry/JUMATKOIN/2/saksi"));
        assertEquals(1, entries.get(2).reverses());
        assertEquals(-1_250_000, entries.get(2).amount());
        assertEquals("already-corrected", assertThrows(ProgramException.class, () -> f.op("koreksi-setoran",
                Map.of("sequence", BigDecimal.ONE, "reason", "Koreksi kedua kalinya"), Fixture.KASI)).reason().code());

        Map<String, Object> kas = f.op("kas", Map.of(), null);
        assertEquals(125_000L, kas.get("totalCollected"));
        Map<?, ?> correction = (Map<?, ?>) ((List<?>) kas.get("corrections")).get(0);
        assertEquals("Salah ketik, seharusnya 125 ribu", correction.get("reason"));
    }

    @Test
    void aCorrectionWithoutANewCountFreesTheBoxAndDate() {
        f.collect("2026-11-20", 300_000);
        Map<String, Object> answer = f.op("koreksi-setoran", Map.of("sequence", BigDecimal.ONE,
                "reason", "Dicatat pada kotak yang salah"), Fixture.KASI);
        assertNull(answer.get("replacement"));
        assertEquals(0L, answer.get("balance"));
        f.collect("2026-11-20", 200_000);
        assertEquals(200_000, f.p.ledger.balance("JUMATKOIN"));
    }

    @Test
    void aCorrectionMayNotTakeBackMoneyAlreadyPaidOut() {
        f.collect("2026-11-20", 1_250_000);
        f.approve(f.verified("BERAT", 1_000_000).tracking(), 1_000_000);
        ProgramException refused = assertThrows(ProgramException.class, () -> f.op("koreksi-setoran",
                Map.of("sequence", BigDecimal.ONE, "reason", "Salah ketik, seharusnya 125 ribu",
                        "amount", BigDecimal.valueOf(125_000)), Fixture.KASI));
        assertEquals("correction-exceeds-balance", refused.reason().code());
        assertEquals(250_000, f.p.ledger.balance("JUMATKOIN"));
        assertEquals(2, f.p.ledger.entries("JUMATKOIN").size(), "nothing was written");
        f.op("koreksi-setoran", Map.of("sequence", BigDecimal.ONE, "reason", "Salah hitung, kurang 50 ribu",
                "amount", BigDecimal.valueOf(1_200_000)), Fixture.KASI);
        assertEquals(200_000, f.p.ledger.balance("JUMATKOIN"));
    }

    @Test
    void onlyCollectionsAreCorrectedHere() {
        f.collect("2026-11-20", 3_000_000);
        f.approve(f.verified("BERAT", 2_000_000).tracking(), 2_000_000);
        assertEquals("not-a-collection", assertThrows(ProgramException.class, () -> f.op("koreksi-setoran",
                Map.of("sequence", BigDecimal.valueOf(2), "reason", "Mencoba membatalkan pencairan"), Fixture.KASI))
                .reason().code());
        assertEquals("unknown-entry", assertThrows(ProgramException.class, () -> f.op("koreksi-setoran",
                Map.of("sequence", BigDecimal.TEN, "reason", "Catatan yang tidak ada"), Fixture.KASI))
                .reason().code());
    }

    @Test
    void theStaffListShowsWitnessesAndCorrections() {
        f.collect("2026-11-20", 100_000);
        f.op("koreksi-setoran", Map.of("sequence", BigDecimal.ONE, "reason", "Salah hitung koin lima ratusan",
                "amount", BigDecimal.valueOf(105_000)), Fixture.KASI);
        Map<String, Object> list = f.op("daftar-setoran", Map.of(), Fixture.KASI);
        List<?> rows = (List<?>) list.get("entries");
        assertEquals(2, rows.size());
        Map<?, ?> newest = (Map<?, ?>) rows.get(0);
        assertEquals(2L, newest.get("sequence"));
        assertEquals(false, newest.get("reversed"));
        assertEquals(true, ((Map<?, ?>) rows.get(1)).get("reversed"));
        assertEquals("Saksi Pertama, Saksi Kedua", newest.get("witnesses"));
        assertEquals(6, ((List<?>) list.get("boxes")).size());
    }

    @Test
    void anEntryRecordedBeforeTheStoreShowsTheDetailsPackedInItsMemo() {
        f.p.ledger.append("JUMATKOIN", 90_000, "collection",
                "tanggal=2026-11-13; kotak=Masjid Baiturrahman; saksi=Ali, Budi", Fixture.KASI);
        @SuppressWarnings("unchecked")
        Map<String, Object> row = ((List<Map<String, Object>>) f.op("daftar-setoran", Map.of(), Fixture.KASI)
                .get("entries")).get(0);
        assertEquals("2026-11-13", row.get("date"));
        assertEquals("Masjid Baiturrahman", row.get("box"));
        assertEquals("Ali, Budi", row.get("witnesses"));
    }
}
