package id.anjungan.host.csv;

import id.anjungan.spi.SpreadsheetCells;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Exports for spreadsheets: UTF-8 with a byte-order mark, which Excel needs to read it as UTF-8. Names and addresses
 * come from imported lists and forms, so a cell that a spreadsheet would run as a formula gets a leading apostrophe.
 */
public final class CsvFiles {

    private CsvFiles() {
    }

    public static void write(List<String> columns, List<Map<String, Object>> rows, OutputStream out)
            throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
        csv.printRecord(columns);
        for (Map<String, Object> row : rows) {
            csv.printRecord(columns.stream().map(row::get).map(CsvFiles::inert).toList());
        }
        csv.flush();
    }

    /** Text as {@link SpreadsheetCells} defuses it; a number stays a number (-3 runs nothing). */
    static Object inert(Object value) {
        return value instanceof String ? SpreadsheetCells.defuse(value) : value;
    }
}
