package id.anjungan.module.kjs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A round is named by the quarter of the funds, not by the day they are collected. */
class RoundsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "2026-03-14,2025-Q4", "2026-03-15,2026-Q1", "2026-04-11,2026-Q1", "2026-06-14,2026-Q1",
        "2026-06-15,2026-Q2", "2026-11-23,2026-Q3", "2026-12-15,2026-Q4", "2027-01-10,2026-Q4"})
    void fundsOfTheDefaultMonths(LocalDate today, String round) {
        assertEquals(round, new Rounds(Fixture.config(Map.of())).funds(today));
    }

    @ParameterizedTest(name = "months 4,7,10,1 day 5: {0} → {1}")
    @CsvSource({"2026-04-04,2026-Q1", "2026-04-05,2026-Q2", "2027-01-05,2027-Q1"})
    void fundsFollowTheConfiguredMonths(LocalDate today, String round) {
        assertEquals(round, new Rounds(Fixture.config(Map.of("disbursementMonths", new int[] {1, 4, 7, 10},
                "disbursementDay", 5))).funds(today));
    }
}
