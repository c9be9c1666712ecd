package id.anjungan.module.bpnt.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The post office's pay-out days per kelurahan for KPM without an account; a {@code *} line serves the rest. */
final class PostOfficePayouts {

    /** One pay-out day. */
    record Slot(String kelurahan, LocalDate day, String place) {
    }

    private final List<Slot> slots;
    private final List<String> problems;

    private PostOfficePayouts(List<Slot> slots, List<String> problems) {
        this.slots = List.copyOf(slots);
        this.problems = List.copyOf(problems);
    }

    static PostOfficePayouts parse(String[] lines) {
        List<Slot> slots = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String line : lines == null ? new String[0] : lines) {
            String[] parts = line.split("\\|");
            try {
                if (parts.length != 3 || parts[0].isBlank() || parts[2].isBlank()) {
                    throw new IllegalArgumentException(line);
                }
                slots.add(new Slot(parts[0].trim(), LocalDate.parse(parts[1].trim()), parts[2].trim()));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                problems.add(line);
            }
        }
        slots.sort(Comparator.comparing(Slot::day));
        return new PostOfficePayouts(slots, problems);
    }

    /** Lines that are not {@code kelurahan|yyyy-MM-dd|place}. */
    List<String> problems() {
        return problems;
    }

    /** The first day on or after {@code today} for the kelurahan, its own lines taking precedence over {@code *}. */
    Optional<Slot> next(String kelurahan, LocalDate today) {
        Optional<Slot> own = first(kelurahan, today);
        return own.isPresent() ? own : first("*", today);
    }

    private Optional<Slot> first(String kelurahan, LocalDate today) {
        return slots.stream().filter(s -> s.kelurahan().equalsIgnoreCase(kelurahan == null ? "" : kelurahan.trim()))
                .filter(s -> !s.day().isBefore(today)).findFirst();
    }
}
