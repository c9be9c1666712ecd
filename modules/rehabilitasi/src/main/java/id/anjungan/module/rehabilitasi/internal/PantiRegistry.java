package id.anjungan.module.rehabilitasi.internal;

import id.anjungan.spi.ProgramException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The panti list from configuration; lines it cannot read are reported as the module's problem. */
final class PantiRegistry {

    private final List<Panti> panti = new ArrayList<>();
    private final List<String> unreadable = new ArrayList<>();

    PantiRegistry(String[] lines) {
        for (String line : lines == null ? new String[0] : lines) {
            parse(line).ifPresentOrElse(panti::add, () -> unreadable.add(line));
        }
    }

    List<Panti> all() {
        return List.copyOf(panti);
    }

    Panti find(String id) {
        return panti.stream().filter(p -> p.id().equalsIgnoreCase(id)).findFirst()
                .orElseThrow(() -> ProgramException.of("unknown-panti", "Panti \"" + id + "\" tidak terdaftar.",
                        "Panti \"" + id + "\" is not registered."));
    }

    List<String> unreadable() {
        return List.copyOf(unreadable);
    }

    private static Optional<Panti> parse(String line) {
        String[] parts = line == null ? new String[0] : line.split("\\|");
        if (parts.length < 5 || parts.length > 6 || parts[0].isBlank() || parts[1].isBlank()) {
            return Optional.empty();
        }
        Set<String> categories = new LinkedHashSet<>();
        for (String c : parts[3].split(",")) {
            String name = c.strip().toUpperCase(Locale.ROOT);
            if (!Category.names().contains(name)) {
                return Optional.empty();
            }
            categories.add(name);
        }
        try {
            int places = Integer.parseInt(parts[4].strip());
            LocalDate reportedOn = parts.length == 6 ? LocalDate.parse(parts[5].strip()) : null;
            return places < 0 ? Optional.empty() : Optional.of(new Panti(parts[0].strip(), parts[1].strip(),
                    parts[2].strip(), categories, places, reportedOn));
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static List<String> categoriesOf(Panti p) {
        return Arrays.stream(Category.values()).map(Enum::name).filter(p::accepts).toList();
    }
}
