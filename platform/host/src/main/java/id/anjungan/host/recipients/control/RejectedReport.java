package id.anjungan.host.recipients.control;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import id.anjungan.spi.SpreadsheetCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Every rejected line of one import, written to disk as it is found (a bad file may reject millions), with the
 * reason in both languages so it can be downloaded in either.
 */
final class RejectedReport implements AutoCloseable {

    private final Path file;
    private CSVPrinter printer;

    RejectedReport(Path file) {
        this.file = file;
    }

    void add(Rejection r) {
        add(r, RowRules.Who.NOBODY);
    }

    /** A rejected line with whom it names, so that the admin finds the row: its NIK masked and its name. */
    void add(Rejection r, RowRules.Who who) {
        try {
            if (printer == null) {
                Files.deleteIfExists(file);
                Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"))); // residents' NIKs
                printer = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), CSVFormat.RFC4180);
            }
            printer.printRecord(r.line(), r.field(), r.reason().code(), r.reason().message().id(),
                    r.reason().message().en(), who.nikMasked(), who.name());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code line,nik,name,field,reason} in a language; only the header when nothing was rejected. */
    static void render(Path file, String lang, Writer out) throws IOException {
        boolean en = lang != null && lang.startsWith("en");
        CSVPrinter csv = new CSVPrinter(new BufferedWriter(out), CSVFormat.RFC4180);
        csv.printRecord("line", "nik", "name", "field", "reason");
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                 CSVParser rows = CSVParser.parse(in, CSVFormat.RFC4180)) {
                for (CSVRecord row : rows) {
                    // a report written before names were kept has five columns
                    String nik = row.size() > 5 ? row.get(5) : "";
                    String name = row.size() > 6 ? row.get(6) : "";
                    csv.printRecord(SpreadsheetCells.defuse(row.get(0)), SpreadsheetCells.defuse(nik),
                            SpreadsheetCells.defuse(name), SpreadsheetCells.defuse(row.get(1)),
                            SpreadsheetCells.defuse(en ? row.get(4) : row.get(3)));
                }
            }
        }
        csv.flush();
    }

    @Override
    public void close() throws IOException {
        if (printer != null) {
            printer.close();
        }
    }
}
