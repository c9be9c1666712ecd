package id.anjungan.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTest {

    @ParameterizedTest
    @CsvSource({"1110000, Rp1.110.000", "0, Rp0", "200, Rp200", "200000, Rp200.000", "-75000, -Rp75.000",
        "1000, Rp1.000"})
    void rupiahIsGroupedWithDotsInBothLanguages(long amount, String shown) {
        assertEquals(shown, Text.rupiah(amount));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2026-12-15 | 15 Desember 2026 | 15 December 2026 | Selasa, 15 Desember 2026 | Tuesday 15 December 2026",
        "2026-08-17 | 17 Agustus 2026  | 17 August 2026   | Senin, 17 Agustus 2026   | Monday 17 August 2026",
        "2027-01-01 | 1 Januari 2027   | 1 January 2027    | Jumat, 1 Januari 2027    | Friday 1 January 2027",
    })
    void datesReadAsInALetterAndWithTheirWeekday(LocalDate day, String id, String en, String idWithDay,
                                                 String enWithDay) {
        assertEquals(Text.of(id, en), Text.date(day));
        assertEquals(Text.of(idWithDay, enWithDay), Text.dateWithDay(day));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2026-12-15T02:30:00Z | Asia/Jakarta  | 15 Desember 2026 pukul 09.30 | 15 December 2026 at 09:30",
        "2026-12-15T17:05:00Z | Asia/Jakarta  | 16 Desember 2026 pukul 00.05 | 16 December 2026 at 00:05",
        "2026-12-15T17:05:00Z | Asia/Makassar | 16 Desember 2026 pukul 01.05 | 16 December 2026 at 01:05",
        "2027-01-01T16:59:59Z | Asia/Jakarta  | 1 Januari 2027 pukul 23.59   | 1 January 2027 at 23:59",
    })
    void momentsReadInTheReadersZone(java.time.Instant at, java.time.ZoneId zone, String id, String en) {
        assertEquals(Text.of(id, en), Text.moment(at, zone));
    }
}
