package id.anjungan.host.recipients.control;

import id.anjungan.host.identity.control.NikValidator;
import id.anjungan.spi.Reason;
import id.anjungan.spi.platform.IdentityCheck;
import id.anjungan.spi.platform.RecipientRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/** Checks one line of a BNBA file and turns it into a recipient record. */
final class RowRules {

    static final int MAX_FIELD = 500;
    static final int MAX_FIELDS_JSON = 3500;

    /** A checked line: the record when every field is acceptable, else what is wrong. */
    record Checked(RecipientRecord record, List<Rejection> rejections) {
    }

    private final String program;
    private final String period;
    private final List<String> columns;
    private final LocalDate today;

    RowRules(String program, String period, List<String> columns, LocalDate today) {
        this.program = program;
        this.period = period;
        this.columns = columns;
        this.today = today;
    }

    Checked check(CSVRecord line) {
        long number = line.getRecordNumber();
        if (line.size() != columns.size()) {
            return rejected(new Rejection(number, "", Reason.of("column-count", "Baris ini berisi " + line.size()
                    + " kolom, judul berisi " + columns.size() + ".", "This line has " + line.size()
                    + " columns, the header has " + columns.size() + ".")));
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            values.put(columns.get(i), line.get(i));
        }
        List<Rejection> problems = new ArrayList<>();
        String nik = digits(values.get("nik"));
        String kk = digits(values.get("kk"));
        identity(number, "nik", NikValidator.nik(nik, today), problems);
        identity(number, "kk", NikValidator.kk(kk), problems);
        String name = values.get("name");
        if (name.isEmpty()) {
            problems.add(new Rejection(number, "name", Reason.of("required", "Nama wajib diisi.", "Name is required.")));
        }
        if (values.get("kelurahan").isEmpty()) {
            problems.add(new Rejection(number, "kelurahan", Reason.of("required", "Kelurahan wajib diisi.",
                    "Kelurahan is required.")));
        }
        neighbourhood(number, "rt", values.get("rt"), problems);
        neighbourhood(number, "rw", values.get("rw"), problems);
        Map<String, String> extra = new LinkedHashMap<>();
        int extraSize = 0;
        for (Map.Entry<String, String> e : values.entrySet()) {
            boolean own = BnbaFile.REQUIRED.contains(e.getKey()) || e.getKey().isEmpty();
            if (e.getValue().length() > limit(e.getKey())) {
                problems.add(new Rejection(number, e.getKey(), Reason.of("too-long", "Isian terlalu panjang.",
                        "The value is too long.")));
            } else if (!own && !e.getValue().isEmpty()) {
                extra.put(e.getKey(), e.getValue());
                extraSize += e.getKey().length() + e.getValue().length() + 8;
            }
        }
        if (extraSize > MAX_FIELDS_JSON) {
            problems.add(new Rejection(number, "", Reason.of("too-long", "Kolom tambahan baris ini terlalu panjang.",
                    "The extra columns of this line are too long.")));
        }
        if (!problems.isEmpty()) {
            return new Checked(null, problems);
        }
        return new Checked(new RecipientRecord(program, period, nik, kk, name, values.get("address"), values.get("rt"),
                values.get("rw"), values.get("kelurahan"), extra), List.of());
    }

    /** The widths of the recipient table's columns. */
    private static int limit(String column) {
        return switch (column) {
            case "name" -> 200;
            case "address" -> 300;
            case "kelurahan" -> 80;
            default -> MAX_FIELD;
        };
    }

    private static Checked rejected(Rejection rejection) {
        return new Checked(null, List.of(rejection));
    }

    private static void identity(long line, String field, IdentityCheck check, List<Rejection> problems) {
        if (!check.valid()) {
            problems.add(new Rejection(line, field, check.problems().get(0)));
        }
    }

    private static void neighbourhood(long line, String field, String value, List<Rejection> problems) {
        if (!value.isEmpty() && !(value.length() <= 3 && value.chars().allMatch(c -> c >= '0' && c <= '9'))) {
            String what = field.toUpperCase(java.util.Locale.ROOT);
            problems.add(new Rejection(line, field, Reason.of(field + "-format", what + " harus 1 sampai 3 angka.",
                    what + " must be 1 to 3 digits.")));
        }
    }

    /** Drops spaces, dots and dashes, and the apostrophe spreadsheets put before long numbers kept as text. */
    static String digits(String raw) {
        StringBuilder out = new StringBuilder(16);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!(c == ' ' || c == '.' || c == '-' || c == '\'' && i == 0)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
