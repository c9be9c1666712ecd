package id.anjungan.module.bpnt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.StatusReport;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BpntStatusTest {

    @ParameterizedTest(name = "{0} months")
    @CsvSource({"2,400000,'Rp200.000 per bulan, dibayar tiap 2 bulan (Rp400.000 sekali cair)'",
        "3,600000,'Rp200.000 per bulan, dibayar tiap 3 bulan (Rp600.000 sekali cair)'"})
    void amountFollowsTheConfiguredRhythm(int months, long amount, String rhythm) {
        Fixture f = new Fixture(Map.of("paymentEveryMonths", months));
        StatusReport r = f.program.status(f.platform.recipients.find("BPNT", Fixture.KPM));
        assertTrue(r.registered());
        assertEquals("2026-11", r.period());
        assertEquals(amount, r.amount());
        assertEquals(rhythm, r.rhythm().id());
        assertTrue(f.program.problem().isEmpty());
    }

    @Test
    void channelIsTheBankOrThePostOffice() {
        Fixture f = new Fixture();
        assertEquals("Rekening BNI dengan kartu KKS",
                f.program.status(f.platform.recipients.find("BPNT", Fixture.KPM)).channel().id());
        assertTrue(f.program.status(f.platform.recipients.find("BPNT", Fixture.POS_KPM)).channel().id()
                .startsWith("Kantor Pos Semarang"));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(delimiter = '|', value = {
        "Miroto|2026-11-23|Selasa, 8 Desember 2026 di Balai Kelurahan Miroto",
        "Miroto|2026-12-09|Selasa, 9 Februari 2027 di Balai Kelurahan Miroto",
        "Pekunden|2026-12-10|Kamis, 10 Desember 2026 di Kantor Pos Pekunden",
        "Kauman|2026-11-23|Selasa, 15 Desember 2026 di Kantor Kecamatan Semarang Tengah",
        "Kauman|2027-03-01|Jadwal berikutnya belum ditetapkan; tunggu surat undangan atau pesan WhatsApp."})
    void nextDistributionDayOfTheKelurahan(String kelurahan, LocalDate today, String expected) {
        Fixture f = new Fixture();
        f.platform.clock.set(today);
        var row = Fixture.row("2026-11", Fixture.KPM, kelurahan, "KKS");
        assertEquals(expected, f.program.status(Optional.of(row)).schedule().id());
    }

    @Test
    void englishDatesToo() {
        Fixture f = new Fixture();
        assertEquals("Tuesday 8 December 2026 at Balai Kelurahan Miroto",
                f.program.status(f.platform.recipients.find("BPNT", Fixture.KPM)).schedule().en());
    }

    @Test
    void notRegisteredPointsToUsul() {
        StatusReport r = new Fixture().program.status(Optional.empty());
        assertFalse(r.registered());
        assertNull(r.amount());
        assertTrue(r.note().id().contains("Usul penerima BPNT"));
    }

    @ParameterizedTest
    @CsvSource({"1", "4", "0"})
    void paymentRhythmOutside2To3IsAProblem(int months) {
        assertTrue(new Fixture(Map.of("paymentEveryMonths", months)).program.problem().isPresent());
    }

    @Test
    void unreadableScheduleLineIsAProblem() {
        Fixture f = new Fixture(Map.of("schedule", new String[] {"Miroto|8 Desember|Balai"}));
        assertTrue(f.program.problem().orElseThrow().id().contains("Miroto|8 Desember|Balai"));
    }
}
