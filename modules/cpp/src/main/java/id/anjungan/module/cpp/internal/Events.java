package id.anjungan.module.cpp.internal;

import id.anjungan.spi.OperationInput;
import id.anjungan.spi.Actor;
import id.anjungan.spi.ProgramException;
import id.anjungan.spi.platform.Claim;
import id.anjungan.spi.platform.Counters;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Distribution events: created once, listed newest first. */
final class Events {

    private static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9-]{2,39}";

    private final Counters counters;
    private final Stock stock;
    private final int defaultKg;

    Events(Counters counters, Stock stock, int defaultKg) {
        this.counters = counters;
        this.stock = stock;
        this.defaultKg = defaultKg;
    }

    DistributionEvent create(Map<String, Object> input, Actor actor) {
        LocalDate date = new OperationInput(input).date("date", Labels.DATE);
        String place = new OperationInput(input).text("place", Labels.PLACE, 1, 200);
        if (place.length() > 120) {
            throw ProgramException.of("invalid-place", "Tempat terlalu panjang (paling banyak 120 huruf).",
                    "The place is too long (120 characters at most).");
        }
        int kg = input.get("kgPerHousehold") == null ? defaultKg
                : (int) new OperationInput(input).whole("kgPerHousehold", Labels.KG_PER_HOUSEHOLD, 1, 100);
        long stockKg = input.get("stockKg") == null ? 0
                : new OperationInput(input).whole("stockKg", Labels.STOCK_KG, 0, 10_000_000);
        String id = new OperationInput(input).optionalText("id", Labels.EVENT, 1, 200).orElse(null);
        if (id != null && !id.matches(ID_PATTERN)) {
            throw ProgramException.of("invalid-id", "Kode pembagian hanya huruf, angka dan tanda minus (3–40).",
                    "An event code has only letters, digits and dashes (3-40).");
        }
        DistributionEvent event = id != null ? claim(new DistributionEvent(id, date, place, kg), actor)
                : generated(date, place, kg, actor);
        if (stockKg > 0) {
            stock.receive(event.id(), stockKg);
        }
        return event;
    }

    private DistributionEvent claim(DistributionEvent event, Actor actor) {
        Claim made = counters.claimOnce(DistributionEvent.SCOPE, event.id(), actor.displayName(), event.details());
        if (!made.won()) {
            throw ProgramException.of("event-exists", "Kode pembagian " + event.id() + " sudah dipakai.",
                    "Event code " + event.id() + " is already taken.");
        }
        return event;
    }

    /** {@code 2026-12-05-01}: the date first, so the latest event is the newest recipient-list period. */
    private DistributionEvent generated(LocalDate date, String place, int kg, Actor actor) {
        while (true) {
            long n = counters.add("CPP|events-on|" + date, 1, 1, 99).orElseThrow(() -> ProgramException.of(
                    "too-many-events", "Terlalu banyak pembagian pada tanggal ini.", "Too many events on this date."));
            DistributionEvent event = new DistributionEvent("%s-%02d".formatted(date, n), date, place, kg);
            if (counters.claimOnce(DistributionEvent.SCOPE, event.id(), actor.displayName(), event.details()).won()) {
                return event;
            }
        }
    }

    Optional<DistributionEvent> find(String id) {
        return id == null ? Optional.empty()
                : counters.claimed(DistributionEvent.SCOPE, id).map(c -> DistributionEvent.of(id, c.details()));
    }

    DistributionEvent require(String id) {
        return find(id).orElseThrow(() -> ProgramException.of("unknown-event",
                "Pembagian CPP dengan kode itu tidak ada. Buat dulu pembagiannya.",
                "There is no CPP distribution with that code. Create the event first."));
    }

    List<DistributionEvent> all() {
        return counters.claims(DistributionEvent.SCOPE).stream().map(this::find).flatMap(Optional::stream)
                .sorted(Comparator.comparing(DistributionEvent::id).reversed()).toList();
    }
}
