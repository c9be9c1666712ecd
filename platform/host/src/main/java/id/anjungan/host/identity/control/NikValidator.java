package id.anjungan.host.identity.control;

import id.anjungan.spi.Reason;
import id.anjungan.spi.platform.IdentityCheck;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The structure of a NIK: province(2) city(2) kecamatan(2) birth date DDMMYY with day + 40 for women, serial(4) not
 * 0000; and of a KK number: 16 digits with the same region part. Both are checked in their {@link Digits#canonical}
 * form, the form every caller stores and compares.
 */
public final class NikValidator {

    static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "31", "32",
            "33", "34", "35", "36", "51", "52", "53", "61", "62", "63", "64", "65", "71", "72", "73", "74", "75", "76",
            "81", "82", "91", "92", "93", "94", "95", "96");

    private NikValidator() {
    }

    public static IdentityCheck nik(String raw, LocalDate today) {
        String nik = Digits.canonical(raw);
        List<Reason> problems = new ArrayList<>(shape(nik, "NIK"));
        if (!problems.isEmpty()) {
            return new IdentityCheck(false, problems, null, null, null);
        }
        problems.addAll(region(nik));
        int day = Integer.parseInt(nik.substring(6, 8));
        boolean female = day > 40;
        LocalDate birth = birthDate(day - (female ? 40 : 0), Integer.parseInt(nik.substring(8, 10)),
                Integer.parseInt(nik.substring(10, 12)), today);
        if (birth == null) {
            problems.add(Reason.of("nik-birth-date", "Tanggal lahir di NIK (angka ke-7 sampai 12) tidak valid.",
                    "The birth date in the NIK (digits 7 to 12) is not valid."));
        }
        if (nik.endsWith("0000")) {
            problems.add(Reason.of("nik-serial", "Nomor urut NIK (4 angka terakhir) tidak boleh 0000.",
                    "The NIK serial (last 4 digits) cannot be 0000."));
        }
        return new IdentityCheck(problems.isEmpty(), problems, nik.substring(0, 6), birth, female);
    }

    public static IdentityCheck kk(String raw) {
        String kk = Digits.canonical(raw);
        List<Reason> problems = new ArrayList<>(shape(kk, "Nomor KK"));
        if (problems.isEmpty()) {
            problems.addAll(region(kk));
        }
        return new IdentityCheck(problems.isEmpty(), problems, problems.isEmpty() ? kk.substring(0, 6) : null, null, null);
    }

    private static List<Reason> shape(String number, String what) {
        if (number.isEmpty()) {
            return List.of(Reason.of("empty", what + " belum diisi.", what.replace("Nomor ", "") + " is missing."));
        }
        if (!allDigits(number)) {
            return List.of(Reason.of("digits-only", what + " hanya berisi angka.", what.replace("Nomor ", "")
                    + " contains digits only."));
        }
        if (number.length() != 16) {
            return List.of(Reason.of("length", what + " harus 16 angka (Anda memasukkan " + number.length() + ").",
                    what.replace("Nomor ", "") + " must have 16 digits (you entered " + number.length() + ")."));
        }
        return List.of();
    }

    private static boolean allDigits(String number) {
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static List<Reason> region(String number) {
        List<Reason> problems = new ArrayList<>();
        if (!PROVINCES.contains(number.substring(0, 2))) {
            problems.add(Reason.of("province", "Kode provinsi (2 angka pertama) tidak dikenal.",
                    "The province code (first 2 digits) is not known."));
        }
        if (number.startsWith("00", 2)) {
            problems.add(Reason.of("city", "Kode kabupaten/kota (angka ke-3 dan 4) tidak boleh 00.",
                    "The regency/city code (digits 3 and 4) cannot be 00."));
        }
        if (number.startsWith("00", 4)) {
            problems.add(Reason.of("kecamatan", "Kode kecamatan (angka ke-5 dan 6) tidak boleh 00.",
                    "The kecamatan code (digits 5 and 6) cannot be 00."));
        }
        return problems;
    }

    /** Two-digit years above this year's are read as the 1900s. */
    private static LocalDate birthDate(int day, int month, int yy, LocalDate today) {
        int century = yy > today.getYear() % 100 ? 1900 : 2000;
        try {
            LocalDate date = LocalDate.of(century + yy, month, day);
            return date.isAfter(today) ? null : date;
        } catch (DateTimeException e) {
            return null;
        }
    }
}
