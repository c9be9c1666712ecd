package id.anjungan.host.worklist.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import id.anjungan.spi.SpreadsheetCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The worklist as CSV for Dinas Sosial: UTF-8 with a byte-order mark, which Excel needs to read it as UTF-8, and
 * formulas defused.
 */
public final class WorklistCsv {

    static final List<String> COLUMNS = List.of("tracking", "program", "programName", "service", "serviceTitle",
            "state", "stateLabel", "subjectNik", "kelurahan", "createdAt", "dueAt", "overdue", "closed");

    private WorklistCsv() {
    }

    public static void write(List<Map<String, Object>> summaries, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
        csv.printRecord(COLUMNS);
        for (Map<String, Object> s : summaries) {
            csv.printRecord(COLUMNS.stream().map(s::get).map(SpreadsheetCells::defuse).toList());
        }
        csv.flush();
    }
}
