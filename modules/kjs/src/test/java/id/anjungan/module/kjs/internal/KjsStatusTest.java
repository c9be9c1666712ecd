package id.anjungan.module.kjs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.StatusReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KjsStatusTest {

    private final Fixture f = new Fixture();

    private StatusReport status(String nik) {
        return f.program.status(f.platform.recipients.find("KJS", nik));
    }

    @Test
    void registeredRecipientSeesAmountBankAndRhythm() {
        StatusReport r = status(Fixture.CARD);
        assertTrue(r.registered());
        assertEquals("2026-Q4", r.period());
        assertEquals(1_110_000L, r.amount());
        assertEquals("per 3 bulan (Rp1.110.000)", r.rhythm().id());
        assertEquals("Rekening Bank Jateng dengan kartu KJS", r.channel().id());
    }

    @ParameterizedTest(name = "on {0}")
    @CsvSource(delimiter = '|', value = {
        "2026-11-23|Pencairan berikutnya sekitar Selasa, 15 Desember 2026 di Bank Jateng Kantor Cabang Semarang",
        "2026-12-15|Pencairan berikutnya sekitar Selasa, 15 Desember 2026 di Bank Jateng Kantor Cabang Semarang",
        "2026-12-16|Pencairan berikutnya sekitar Senin, 15 Maret 2027 di Bank Jateng Kantor Cabang Semarang",
        "2027-04-01|Pencairan berikutnya sekitar Selasa, 15 Juni 2027 di Bank Jateng Kantor Cabang Semarang"})
    void nextQuarterlyDisbursement(LocalDate today, String expected) {
        f.platform.clock.set(today);
        assertEquals(expected, status(Fixture.CARD).schedule().id());
    }

    @Test
    void disbursementMonthsAndDayAreConfiguration() {
        Fixture other = new Fixture(Map.of("disbursementMonths", new int[] {4, 8, 12}, "disbursementDay", 5));
        other.platform.clock.set(LocalDate.of(2026, 12, 6));
        assertTrue(other.program.status(other.platform.recipients.find("KJS", Fixture.CARD)).schedule().id()
                .contains("5 April 2027"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "3374010203650012|Pendamping KJS (TKSK) mengambil dana di bank untuk Anda",
        "3374011008881102|Datang sendiri ke Bank Jateng"})
    void statusSaysWhetherThePendampingCollects(String nik, String note) {
        assertTrue(status(nik).note().id().startsWith(note));
    }

    @Test
    void aLostCardIsPaidByAccountNumber() {
        assertTrue(status(Fixture.LOST).channel().id().contains("tanpa kartu"));
    }

    @Test
    void afterTheDisbursementAndTheHandOverTheRecipientSeesBoth() {
        f.withSk();
        @SuppressWarnings("unchecked")
        Map<String, Object> pack = (Map<String, Object>) f.program.operate("pack", Map.of("mode", "INDIVIDUAL",
                "ref", Refs.of("2026-Q4", Fixture.CARD)), Fixture.TKSK);
        f.program.operate("record", Map.of("packId", pack.get("packId"), "refs",
                List.of(Refs.of("2026-Q4", Fixture.CARD))), Fixture.TKSK);
        assertEquals("Dana triwulan 2026-Q3 sudah dicairkan pendamping di bank pada Senin, 23 November 2026 dan "
                + "akan diserahkan kepada Anda.", status(Fixture.CARD).note().id());
        f.program.operate("hand-over", Map.of("packId", pack.get("packId"), "ref", Refs.of("2026-Q4", Fixture.CARD),
                "receiver", "KELUARGA", "receiverName", "Wahyuni", "relation", "Anak", "acknowledgement",
                "CAP_JEMPOL"), Fixture.TKSK);
        assertEquals("Dana triwulan 2026-Q3 sudah diserahkan pendamping kepada keluarga Anda pada Senin, "
                + "23 November 2026.", status(Fixture.CARD).note().id());
    }

    /** A recipient still on the list but recorded as deceased, moved or able is told so, not a bare "Terdaftar". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "DECEASED|Pencairan KJS dihentikan: penerima tercatat meninggal dunia.",
        "MOVED|Pencairan KJS dihentikan: penerima tercatat pindah domisili.",
        "DECLARED_ABLE|Pencairan KJS dihentikan: penerima tercatat sudah mampu."})
    void aStandingOtherThanActiveStopsTheStatus(id.anjungan.spi.platform.Resident.Standing standing, String note) {
        f.platform.residents.save(new id.anjungan.spi.platform.Resident(Fixture.CARD, null, "Sutrisno Prasetyo",
                null, "Jl. Kauman 7", "02", "01", "Kauman", standing));
        StatusReport r = status(Fixture.CARD);
        assertTrue(r.note().id().startsWith(note), r.note().id());
        assertEquals(null, r.amount());
        assertEquals("Tidak ada pencairan berikutnya.", r.schedule().id());
        assertTrue(r.note().en().startsWith("KJS payments stopped"));
    }

    @Test
    void notRegisteredPointsToScreening() {
        StatusReport r = f.program.status(Optional.empty());
        assertFalse(r.registered());
        assertTrue(r.note().id().contains("Cek kelayakan dan usul KJS"));
        assertFalse(r.note().id().toLowerCase(java.util.Locale.ROOT).contains("skrining"));
    }

    @Test
    void noDisbursementMonthIsAModuleProblem() {
        assertTrue(new Fixture(Map.of("disbursementMonths", new int[] {13})).program.problem().isPresent());
        assertTrue(new Fixture(Map.of("amountPerPayment", 0L)).program.problem().isPresent());
        assertTrue(f.program.problem().isEmpty());
    }
}
