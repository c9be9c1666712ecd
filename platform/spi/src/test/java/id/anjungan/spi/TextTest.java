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
}
