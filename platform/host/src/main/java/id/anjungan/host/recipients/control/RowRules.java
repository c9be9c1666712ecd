package id.anjungan.host.recipients.control;

import id.anjungan.host.identity.control.Digits;
import id.anjungan.host.privacy.Masking;
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

    /** Whom a line names, as its rejection shows it: the NIK masked (as typed), the name at most 200 characters. */
    record Who(String nikMasked, String name) {
        static final Who NOBODY = new Who("", "");
    }

    /** A checked line: the record when every field is acceptable, else what is wrong. */
    record Checked(RecipientRecord record, List<Rejection> rejections) {
    }

    private final String program;
    private final String period;
    private final String[] columns;
    private final int[] limits;
    private final boolean[] extra;
    private final int nik;
    private final int kk;
    private final int name;
    private final int address;
    private final int rt;
    private final int rw;
    private final int kelurahan;
    private final int desil;
    private final int deceased;
    private final LocalDate today;

    RowRules(String program, String period, List<String> columns, LocalDate today) {
        this.program = program;
        this.period = period;
        this.columns = columns.toArray(String[]::new);
        this.today = today;
        limits = new int[this.columns.length];
        extra = new boolean[this.columns.length];
        for (int i = 0; i < this.columns.length; i++) {
            limits[i] = limit(this.columns[i]);
            extra[i] = !BnbaFile.REQUIRED.contains(this.columns[i]) && !this.columns[i].isEmpty();
        }
        nik = columns.indexOf("nik");
        kk = columns.indexOf("kk");
        name = columns.indexOf("name");
        address = columns.indexOf("address");
        rt = columns.indexOf("rt");
        rw = columns.indexOf("rw");
        kelurahan = columns.indexOf("kelurahan");
        desil = columns.indexOf("desil");
        deceased = columns.indexOf(ListOverlaps.DECEASED_COLUMN);
    }

    Checked check(CSVRecord line) {
        long number = line.getRecordNumber();
        if (line.size() != columns.length) {
            return rejected(new Rejection(number, "", Reason.of("column-count", "Baris ini berisi " + line.size()
                    + " kolom, judul berisi " + columns.length + ".", "This line has " + line.size()
                    + " columns, the header has " + columns.length + ".")));
        }
        List<Rejection> problems = null;
        String nikValue = digits(line.get(nik));
        String kkValue = digits(line.get(kk));
        problems = identity(number, "nik", NikValidator.nik(nikValue, today), problems);
        problems = identity(number, "kk", NikValidator.kk(kkValue), problems);
        if (line.get(name).isEmpty()) {
            problems = add(problems, new Rejection(number, "name", Reason.of("required", "Nama wajib diisi.",
                    "Name is required.")));
        }
        if (line.get(kelurahan).isEmpty()) {
            problems = add(problems, new Rejection(number, "kelurahan", Reason.of("required",
                    "Kelurahan wajib diisi.", "Kelurahan is required.")));
        }
        problems = neighbourhood(number, "rt", line.get(rt), problems);
        problems = neighbourhood(number, "rw", line.get(rw), problems);
        problems = desil(number, desil < 0 ? "" : line.get(desil), problems);
        if (deceased >= 0 && !line.get(deceased).isEmpty()) {
            // the overlap report and retur go by this NIK: a wrong one would miss the deceased
            problems = identity(number, ListOverlaps.DECEASED_COLUMN, NikValidator.nik(line.get(deceased), today),
                    problems);
        }
        Map<String, String> fields = null;
        int extraSize = 0;
        for (int i = 0; i < columns.length; i++) {
            String value = line.get(i);
            if (value.length() > limits[i]) {
                problems = add(problems, new Rejection(number, columns[i], Reason.of("too-long",
                        "Isian terlalu panjang.", "The value is too long.")));
            } else if (extra[i] && !value.isEmpty()) {
                fields = fields == null ? new LinkedHashMap<>() : fields;
                fields.put(columns[i], value);
                extraSize += columns[i].length() + value.length() + 8;
            }
        }
        if (extraSize > MAX_FIELDS_JSON) {
            problems = add(problems, new Rejection(number, "", Reason.of("too-long",
                    "Kolom tambahan baris ini terlalu panjang.", "The extra columns of this line are too long.")));
        }
        if (problems != null) {
            return new Checked(null, problems);
        }
        return new Checked(new RecipientRecord(program, period, nikValue, kkValue, line.get(name), line.get(address),
                line.get(rt), line.get(rw), line.get(kelurahan), fields), List.of());
    }

    /** Whom a (rejected) line names, from whatever its NIK and name columns hold. */
    Who who(CSVRecord line) {
        String nikValue = nik < line.size() ? line.get(nik).trim() : "";
        String nameValue = name < line.size() ? line.get(name).trim() : "";
        return new Who(Masking.mask(nikValue.startsWith("'") ? nikValue.substring(1) : nikValue),
                nameValue.length() > 200 ? nameValue.substring(0, 200) : nameValue);
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

    /** Problems are rare: the list is made for the first one only. */
    private static List<Rejection> add(List<Rejection> problems, Rejection rejection) {
        List<Rejection> list = problems == null ? new ArrayList<>(2) : problems;
        list.add(rejection);
        return list;
    }

    private static List<Rejection> identity(long line, String field, IdentityCheck check, List<Rejection> problems) {
        return check.valid() ? problems : add(problems, new Rejection(line, field, check.problems().get(0)));
    }

    /** DTSEN ranks households in welfare deciles 1 (poorest) to 10; a list may carry the household's. */
    private static List<Rejection> desil(long line, String value, List<Rejection> problems) {
        if (value.isEmpty() || value.equals("10") || value.length() == 1 && value.charAt(0) >= '1'
                && value.charAt(0) <= '9') {
            return problems;
        }
        return add(problems, new Rejection(line, "desil", Reason.of("desil-range", "Desil harus angka 1 sampai 10.",
                "The desil (welfare decile) must be a number from 1 to 10.")));
    }

    private static List<Rejection> neighbourhood(long line, String field, String value, List<Rejection> problems) {
        if (value.isEmpty() || value.length() <= 3 && asciiDigits(value)) {
            return problems;
        }
        String what = field.toUpperCase(java.util.Locale.ROOT);
        return add(problems, new Rejection(line, field, Reason.of(field + "-format", what + " harus 1 sampai 3 angka.",
                what + " must be 1 to 3 digits.")));
    }

    private static boolean asciiDigits(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The {@link Digits#canonical} form of a NIK or KK column, without the apostrophe spreadsheets put before long
     * numbers kept as text: the form the kiosk stores and looks up, whatever digits the list was typed in.
     */
    static String digits(String raw) {
        return Digits.canonical(raw.startsWith("'") ? raw.substring(1) : raw);
    }
}
