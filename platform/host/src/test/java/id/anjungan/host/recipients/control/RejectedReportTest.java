package id.anjungan.host.recipients.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.anjungan.spi.Reason;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RejectedReportTest {

    @TempDir
    Path dir;

    @Test
    void aRejectedRowIsNamedByItsMaskedNikAndNameAndANameLikeAFormulaStaysText() throws IOException {
        Path file = dir.resolve("rejected.csv");
        try (RejectedReport report = new RejectedReport(file)) {
            report.add(new Rejection(3, "rt", Reason.of("rt-format", "RT salah", "Bad RT")),
                    new RowRules.Who("3374••••••••0003", "=HYPERLINK(\"x\")"));
        }
        StringWriter out = new StringWriter();
        RejectedReport.render(file, "id", out);
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(out.toString())).getRecords();
        assertEquals(List.of("line", "nik", "name", "field", "reason"), rows.get(0).toList());
        assertEquals(List.of("3", "3374••••••••0003", "'=HYPERLINK(\"x\")", "rt", "RT salah"), rows.get(1).toList());
    }

    @Test
    void aRejectedFieldNamedLikeAFormulaIsDownloadedAsText() throws IOException {
        Path file = dir.resolve("rejected.csv");
        try (RejectedReport report = new RejectedReport(file)) {
            report.add(new Rejection(7, "=1+2", Reason.of("bad", "-Tidak valid", "+Invalid")));
        }
        StringWriter out = new StringWriter();
        RejectedReport.render(file, "en", out);
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(out.toString())).getRecords();
        assertEquals(List.of("7", "", "", "'=1+2", "'+Invalid"), rows.get(1).toList());
    }
}
