package id.anjungan.module.bpnt.internal;

import id.anjungan.spi.Choice;
import id.anjungan.spi.Text;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The configured tahap (payment stage) calendar: which months each tahap pays for. */
final class TahapCalendar {

    private static final String[] BULAN = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
        "Agustus", "September", "Oktober", "November", "Desember"};

    /** One tahap, e.g. {@code 2026-4} paying October to December 2026. */
    record Tahap(String id, YearMonth first, YearMonth last) {

        int months() {
            return (int) ChronoUnit.MONTHS.between(first, last) + 1;
        }

        boolean covers(LocalDate day) {
            YearMonth month = YearMonth.from(day);
            return !month.isBefore(first) && !month.isAfter(last);
        }

        /** "Tahap 4 tahun 2026 (Oktober–Desember 2026)". */
        Text label() {
            String[] parts = id.split("-", 2);
            String number = parts.length == 2 ? parts[1] : id;
            String year = parts.length == 2 ? parts[0] : Integer.toString(first.getYear());
            return Text.of("Tahap " + number + " tahun " + year + " (" + BULAN[first.getMonthValue() - 1] + "–"
                    + BULAN[last.getMonthValue() - 1] + " " + last.getYear() + ")", "Stage " + number + " of " + year
                    + " (" + english(first) + "–" + english(last) + " " + last.getYear() + ")");
        }

        private static String english(YearMonth m) {
            return m.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }
    }

    private final List<Tahap> tahaps;
    private final List<String> problems;

    private TahapCalendar(List<Tahap> tahaps, List<String> problems) {
        this.tahaps = List.copyOf(tahaps);
        this.problems = List.copyOf(problems);
    }

    static TahapCalendar parse(String[] lines) {
        List<Tahap> tahaps = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String line : lines == null ? new String[0] : lines) {
            String[] parts = line.split("\\|");
            try {
                if (parts.length != 3 || parts[0].isBlank()) {
                    throw new IllegalArgumentException(line);
                }
                Tahap tahap = new Tahap(parts[0].trim(), YearMonth.parse(parts[1].trim()),
                        YearMonth.parse(parts[2].trim()));
                // 000:L4766-4768: paid every two or three months
                if (tahap.months() < 2 || tahap.months() > 3) {
                    throw new IllegalArgumentException(line);
                }
                tahaps.add(tahap);
            } catch (DateTimeParseException | IllegalArgumentException e) {
                problems.add(line);
            }
        }
        tahaps.sort(Comparator.comparing(Tahap::first));
        return new TahapCalendar(tahaps, problems);
    }

    /** Lines that are not {@code tahap|yyyy-MM|yyyy-MM} spanning 2 or 3 months. */
    List<String> problems() {
        return problems;
    }

    Optional<Tahap> byId(String id) {
        return id == null ? Optional.empty()
                : tahaps.stream().filter(t -> t.id().equalsIgnoreCase(id.trim())).findFirst();
    }

    /** The tahap whose months include {@code day}. */
    Optional<Tahap> covering(LocalDate day) {
        return tahaps.stream().filter(t -> t.covers(day)).findFirst();
    }

    /** Every configured tahap, newest first, as the choices of "which tahap has not arrived". */
    List<Choice> choices() {
        return tahaps.stream().sorted(Comparator.comparing(Tahap::first).reversed())
                .map(t -> Choice.of(t.id(), t.label().id(), t.label().en())).toList();
    }
}
