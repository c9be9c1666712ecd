package id.anjungan.host.worklist.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class WorklistCsvTest {

    @Test
    void aFormulaTypedIntoACaseIsExportedAsText() throws IOException {
        Map<String, Object> summary = new HashMap<>();
        summary.put("tracking", "BPNT-2612-000001-5");
        summary.put("serviceTitle", "=HYPERLINK(\"http://evil\",\"klik\")");
        summary.put("stateLabel", "@SUM(1+1)");
        summary.put("kelurahan", "\t=cmd|' /C calc'!A0");
        summary.put("overdue", false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WorklistCsv.write(List.of(summary), out);
        String text = out.toString(StandardCharsets.UTF_8).substring(1); // after the byte-order mark
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        CSVRecord row = rows.get(1);
        assertEquals("BPNT-2612-000001-5", row.get(WorklistCsv.COLUMNS.indexOf("tracking")));
        assertEquals("'=HYPERLINK(\"http://evil\",\"klik\")", row.get(WorklistCsv.COLUMNS.indexOf("serviceTitle")));
        assertEquals("'@SUM(1+1)", row.get(WorklistCsv.COLUMNS.indexOf("stateLabel")));
        assertEquals("'\t=cmd|' /C calc'!A0", row.get(WorklistCsv.COLUMNS.indexOf("kelurahan")));
        assertEquals("false", row.get(WorklistCsv.COLUMNS.indexOf("overdue")));
    }
}
