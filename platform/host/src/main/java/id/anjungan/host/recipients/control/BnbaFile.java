package id.anjungan.host.recipients.control;

import id.anjungan.host.problem.Problem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A BNBA CSV read one record at a time: strict UTF-8 (optional BOM), comma or semicolon (as spreadsheets in an
 * Indonesian locale save it), a header naming the columns. Anything that makes the whole file unreadable is refused
 * with a {@link Problem}.
 */
final class BnbaFile implements AutoCloseable {

    static final List<String> REQUIRED = List.of("nik", "kk", "name", "address", "rt", "rw", "kelurahan");

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> columns;

    private BnbaFile(CSVParser parser) {
        this.parser = parser;
        this.records = parser.iterator();
        CSVRecord header = next();
        if (header == null) {
            throw refused("empty-file", "Berkas kosong.", "The file is empty.");
        }
        this.columns = columns(header);
    }

    static BnbaFile open(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new LineGuard(new InputStreamReader(in, StandardCharsets.UTF_8
                .newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT))), 1 << 16);
        char delimiter;
        try {
            delimiter = sniffDelimiter(reader);
        } catch (CharacterCodingException e) {
            throw notUtf8(1);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).setTrim(true)
                .get();
        return new BnbaFile(CSVParser.parse(reader, format));
    }

    /** Lower-case column names in file order. */
    List<String> columns() {
        return columns;
    }

    /** The next record, or {@code null} at the end of the file. */
    CSVRecord next() {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException | IllegalStateException e) {
            long line = parser.getCurrentLineNumber() + 1;
            if (e.getCause() instanceof CharacterCodingException) {
                throw notUtf8(line);
            }
            throw refused("malformed-csv", "Berkas CSV rusak di sekitar baris " + line
                    + " (misalnya tanda kutip tidak ditutup).", "The CSV file is broken around line " + line
                    + " (an unclosed quote, for example).");
        }
    }

    private static List<String> columns(CSVRecord header) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String raw : header) {
            String name = raw.trim().toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && !seen.add(name)) {
                throw refused("duplicate-column", "Kolom '" + name + "' muncul dua kali di baris judul.",
                        "Column '" + name + "' appears twice in the header.");
            }
            names.add(name);
        }
        List<String> missing = REQUIRED.stream().filter(c -> !seen.contains(c)).toList();
        if (!missing.isEmpty()) {
            String list = String.join(", ", missing);
            throw refused("missing-columns", "Kolom wajib tidak ada: " + list + ". Baris pertama harus berisi judul "
                    + String.join(",", REQUIRED) + ".", "Required columns are missing: " + list
                    + ". The first line must be the header " + String.join(",", REQUIRED) + ".");
        }
        return List.copyOf(names);
    }

    /** Reads the first line without consuming it and skips a byte-order mark. */
    private static char sniffDelimiter(BufferedReader reader) throws IOException {
        reader.mark(LineGuard.MAX_LINE_CHARS + 2);
        String first = reader.readLine();
        reader.reset();
        if (first != null && first.startsWith("\uFEFF")) {
            reader.read(); // consume the byte-order mark
        }
        if (first == null) {
            return ',';
        }
        long commas = first.chars().filter(c -> c == ',').count();
        long semicolons = first.chars().filter(c -> c == ';').count();
        return semicolons > commas ? ';' : ',';
    }

    private static Problem notUtf8(long line) {
        return refused("encoding", "Berkas bukan teks UTF-8 (baris " + line + "). Simpan ulang sebagai \"CSV UTF-8\".",
                "The file is not UTF-8 text (line " + line + "). Save it again as \"CSV UTF-8\".");
    }

    static Problem refused(String code, String id, String en) {
        return Problem.of(422, code, "Berkas ditolak", "File refused", id, en);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
