package id.anjungan.module.kjs.internal;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Disbursement rounds: quarters named {@code 2026-Q4}, paid in the configured months. A round is named by the quarter
 * of the funds, not by the day they are collected: funds released in March and collected in April are still the
 * first quarter's (quarter I of 2022 was handed over on 11 April, REVIEW-2026-12 §1).
 */
final class Rounds {

    private final int[] months;
    private final int day;

    Rounds(KjsConfig config) {
        this.months = Arrays.stream(config.disbursementMonths()).filter(m -> m >= 1 && m <= 12).sorted().toArray();
        this.day = Math.max(1, Math.min(28, config.disbursementDay()));
    }

    static String of(LocalDate date) {
        return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
    }

    /** The quarter of the newest funds released on or before {@code today}: what a collection today pays out. */
    String funds(LocalDate today) {
        for (int year = today.getYear(); year >= today.getYear() - 1; year--) {
            for (int i = months.length - 1; i >= 0; i--) {
                LocalDate released = LocalDate.of(year, months[i], day);
                if (!released.isAfter(today)) {
                    return of(released);
                }
            }
        }
        return of(today);
    }

    static boolean valid(String round) {
        return round != null && round.matches("20\\d\\d-Q[1-4]");
    }

    /** The next disbursement day on or after {@code today}. */
    LocalDate next(LocalDate today) {
        for (int year = today.getYear(); year <= today.getYear() + 1; year++) {
            for (int month : months) {
                LocalDate candidate = LocalDate.of(year, month, day);
                if (!candidate.isBefore(today)) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("no disbursement months configured");
    }

    boolean configured() {
        return months.length > 0;
    }
}
