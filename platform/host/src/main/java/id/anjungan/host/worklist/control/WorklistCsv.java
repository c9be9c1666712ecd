package id.anjungan.host.worklist.control;

import id.anjungan.host.csv.CsvFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/** The worklist as CSV for Dinas Sosial. */
public final class WorklistCsv {

    static final List<String> COLUMNS = List.of("tracking", "program", "programName", "service", "serviceTitle",
            "state", "stateLabel", "subjectNik", "kelurahan", "kecamatan", "kiosk", "createdAt", "dueAt", "overdue", "closed");

    private WorklistCsv() {
    }

    public static void write(List<Map<String, Object>> summaries, OutputStream out) throws IOException {
        CsvFiles.write(COLUMNS, summaries, out);
    }
}
