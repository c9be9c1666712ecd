package id.anjungan.module.bpnt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.StatusReport;
import id.anjungan.spi.platform.RecipientRecord;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BpntStatusTest {

    private static RecipientRecord row(String channel, String tahap, String credited, String amount, String kelurahan) {
        Map<String, String> fields = new HashMap<>();
        fields.put("channel", channel);
        if (tahap != null) {
            fields.put("tahap", tahap);
        }
        if (credited != null) {
            fields.put("cair", credited);
        }
        if (amount != null) {
            fields.put("nominal", amount);
        }
        return new RecipientRecord("BPNT", "2026-11", Fixture.KPM, Fixture.KK, "Warga", "Jl. Miroto 1", "01", "02",
                kelurahan, fields);
    }

    @ParameterizedTest(name = "{0} tahap={1} cair={2} in {3} on {4}")
    @CsvSource(delimiter = '|', value = {
        "KKS|2026-4|YA|Miroto|2026-11-23|Tahap 4 tahun 2026 (Oktober–Desember 2026): sudah masuk ke rekening BNI Anda.",
        "KKS|2026-4|TIDAK|Miroto|2026-11-23|Tahap 4 tahun 2026 (Oktober–Desember 2026): belum masuk ke rekening.",
        "KKS|2026-3|YA|Miroto|2026-11-23|Tahap 3 tahun 2026 (Juli–September 2026): sudah masuk",
        "KKS|||Miroto|2026-11-23|Tahap 4 tahun 2026 (Oktober–Desember 2026): daftar ini belum mencatat",
        "KKS|2025-4|YA|Miroto|2026-11-23|Tahap 2025-4: sudah masuk ke rekening BNI Anda.",
        "KKS|||Miroto|2027-02-01|Tahap 1 tahun 2027 (Januari–Maret 2027): daftar ini belum mencatat",
        "POS|2026-4|TIDAK|Miroto|2026-11-23|Tahap 4 tahun 2026 (Oktober–Desember 2026): diambil Selasa, 8 Desember 2026 di Balai Kelurahan Miroto.",
        "POS|2026-4|TIDAK|Pekunden|2026-12-10|diambil Kamis, 10 Desember 2026 di Kantor Pos Pekunden.",
        "POS|2026-4|TIDAK|Kauman|2026-11-23|diambil Selasa, 15 Desember 2026 di Kantor Pos Erlangga.",
        "POS|2026-4|TIDAK|Kauman|2026-12-16|jadwal pengambilan di Kantor Pos belum ditetapkan",
        "POS|2026-4|YA|Miroto|2026-11-23|Tahap 4 tahun 2026 (Oktober–Desember 2026): sudah dibayarkan oleh Kantor Pos."})
    void theTahapViewSaysWhichTahapAndWhetherItWasPaid(String channel, String tahap, String credited, String kelurahan,
                                                      LocalDate today, String expected) {
        Fixture f = new Fixture();
        f.platform.clock.set(today);
        String shown = f.program.status(Optional.of(row(channel, tahap, credited, null, kelurahan))).schedule().id();
        assertTrue(shown.contains(expected), shown);
        boolean postDay = expected.contains("diambil ");
        assertEquals(postDay, shown.contains(": diambil "), "only the post office has a day and a place: " + shown);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "default calendar|||600000|Rp200.000 per bulan, dibayar per tahap 3 bulan (Rp600.000 setiap pencairan)",
        "two-month tahap|2026-11|2026-12|400000|Rp200.000 per bulan, dibayar per tahap 2 bulan (Rp400.000 setiap pencairan)",
        "amount from the list|||n750000|Rp200.000 per bulan, dibayar per tahap 3 bulan (Rp750.000 setiap pencairan)"})
    void theAmountIsThatOfTheTahap(String name, String first, String last, String amount, String rhythm) {
        Map<String, Object> overrides = first == null ? Map.of()
                : Map.of("tahaps", new String[] {"2026-4|" + first + "|" + last});
        Fixture f = new Fixture(overrides);
        String fromList = amount.startsWith("n") ? amount.substring(1) : null;
        StatusReport r = f.program.status(Optional.of(row("KKS", "2026-4", "YA", fromList, "Miroto")));
        assertTrue(r.registered());
        assertEquals(Long.parseLong(amount.replace("n", "")), r.amount());
        assertEquals(rhythm, r.rhythm().id());
        assertTrue(f.program.problem().isEmpty(), () -> f.program.problem().orElseThrow().id());
    }

    @Test
    void channelIsCashThroughTheBankOrThePostOffice() {
        Fixture f = new Fixture();
        String kks = f.program.status(f.platform.recipients.find("BPNT", Fixture.KPM)).channel().id();
        assertTrue(kks.startsWith("Uang tunai melalui rekening BNI") && kks.contains("KKS (Kartu Keluarga Sejahtera)"),
                kks);
        assertTrue(f.program.status(f.platform.recipients.find("BPNT", Fixture.POS_KPM)).channel().id()
                .startsWith("Uang tunai melalui Kantor Pos Erlangga"));
    }

    @Test
    void englishDatesToo() {
        Fixture f = new Fixture();
        assertTrue(f.program.status(f.platform.recipients.find("BPNT", Fixture.POS_KPM)).schedule().en()
                .endsWith("collect on Thursday 10 December 2026 at Kantor Pos Pekunden."));
    }

    @Test
    void notRegisteredPointsToUsul() {
        StatusReport r = new Fixture().program.status(Optional.empty());
        assertFalse(r.registered());
        assertNull(r.amount());
        assertTrue(r.note().id().contains("Usul penerima BPNT"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-4|2026-10|2027-01", "2026-4|2026-10|2026-10", "2026-4|Oktober|Desember", "2026-4"})
    void aTahapOutside2To3MonthsOrUnreadableIsAProblem(String line) {
        Fixture f = new Fixture(Map.of("tahaps", new String[] {line}));
        assertTrue(f.program.problem().orElseThrow().id().contains(line));
    }

    @Test
    void unreadablePostOfficeLineIsAProblem() {
        Fixture f = new Fixture(Map.of("postOfficePayouts", new String[] {"Miroto|8 Desember|Balai"}));
        assertTrue(f.program.problem().orElseThrow().id().contains("Miroto|8 Desember|Balai"));
    }
}
