package id.anjungan.module.cpp.internal;

import id.anjungan.spi.platform.Counters;

/** Kilograms of rice per event in the platform's atomic counters; what remains never goes below zero. */
final class Stock {

    private final Counters counters;

    Stock(Counters counters) {
        this.counters = counters;
    }

    private static String received(String eventId) {
        return "CPP|" + eventId + "|received";
    }

    private static String remaining(String eventId) {
        return "CPP|" + eventId + "|remaining";
    }

    void receive(String eventId, long kg) {
        if (kg <= 0) {
            throw new IllegalArgumentException("stock received must be positive");
        }
        if (counters.add(received(eventId), kg, 0, Long.MAX_VALUE).isEmpty()
                || counters.add(remaining(eventId), kg, 0, Long.MAX_VALUE).isEmpty()) {
            throw new IllegalStateException("stock of event " + eventId + " beyond what a counter holds");
        }
    }

    /** Takes {@code kg} for one household, only if that much remains. */
    boolean take(String eventId, long kg) {
        return counters.add(remaining(eventId), -kg, 0, Long.MAX_VALUE).isPresent();
    }

    /** Returns what {@link #take} took when the hand-over did not happen after all. */
    void giveBack(String eventId, long kg) {
        counters.add(remaining(eventId), kg, 0, Long.MAX_VALUE);
    }

    long receivedKg(String eventId) {
        return counters.value(received(eventId));
    }

    long remainingKg(String eventId) {
        return counters.value(remaining(eventId));
    }
}
