package id.anjungan.host.recipients.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The DTSEN columns a list may carry: the household's desil, and on a death benefit list the deceased's NIK. */
class RowRulesTest {

    static final List<String> COLUMNS = List.of("nik", "kk", "name", "address", "rt", "rw", "kelurahan", "desil",
            "nik_almarhum");

    static List<String> rejected(String desil, String deceased) throws IOException {
        CSVRecord line = CSVFormat.RFC4180.parse(new StringReader(ImportFixture.nik(1) + "," + ImportFixture.kk(1)
                + ",Warga,Jl. Miroto 1,001,002,Miroto," + desil + "," + deceased)).getRecords().get(0);
        return new RowRules("SANKEM", "2026", COLUMNS, LocalDate.parse("2026-12-06")).check(line).rejections()
                .stream().map(r -> r.field()).toList();
    }

    @ParameterizedTest(name = "desil \"{0}\", nik_almarhum \"{1}\" → {2}")
    @CsvSource(value = {"1|3374010203650012|-", "10|''|-", "''|''|-", "0|''|desil", "11|''|desil", "3a|''|desil",
            "١|''|desil", "5|3374010203650000|nik_almarhum", "5|337401020365|nik_almarhum"}, delimiter = '|')
    void desilIsOneToTenAndTheDeceasedsNikMustBeValid(String desil, String deceased, String field) throws IOException {
        assertEquals("-".equals(field) ? List.of() : List.of(field), rejected(desil, deceased));
    }
}
