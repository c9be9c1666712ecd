package id.anjungan.module.santunankematian.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.StatusReport;
import id.anjungan.spi.platform.RecipientRecord;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BenefitStatusTest {

    private final Fixture f = new Fixture();

    @ParameterizedTest
    @CsvSource({"3000000, 2026-11-02, 3000000, Sudah dibayarkan 2 November 2026",
        "3000000, '', 3000000, 'Disetujui, menunggu transfer dari Dinas Sosial Kota Semarang'",
        "'', '', , 'Disetujui, menunggu transfer dari Dinas Sosial Kota Semarang'"})
    void theHeirLearnsWhetherTheBenefitWasPaid(String amount, String paidOn, Long expectedAmount, String schedule) {
        Map<String, String> fields = new HashMap<>(Map.of("nik_almarhum", Fixture.DECEASED, "bank", "Bank Jateng"));
        fields.put("jumlah", amount);
        fields.put("tanggal_bayar", paidOn);
        StatusReport s = f.program.status(Optional.of(new RecipientRecord("SANKEM", "2026", Fixture.HEIR,
                Fixture.DECEASED_KK, "Sri Lestari", "Jl. Pemuda 12", "003", "002", "Miroto", fields)));
        assertTrue(s.registered());
        assertEquals(expectedAmount, s.amount());
        assertEquals(schedule, s.schedule().id());
        assertTrue(s.note().id().contains("3374••••••••2001"));
        assertFalse(s.note().id().contains(Fixture.DECEASED));
    }

    @ParameterizedTest
    // one name for the receipt number across the kiosk (review section 4)
    @CsvSource({"id, nomor tanda terima", "en, receipt number"})
    void someoneNotListedIsPointedToTheTrackingCheck(String lang, String words) {
        StatusReport s = f.program.status(Optional.empty());
        assertFalse(s.registered());
        assertNull(s.amount());
        assertTrue(s.note().in(lang).contains(words));
        assertFalse(s.note().id().contains("pelacakan"));
    }
}
