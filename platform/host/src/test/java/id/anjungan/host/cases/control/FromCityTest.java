package id.anjungan.host.cases.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.anjungan.host.cases.entity.CityCaseState;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What "Cek perkembangan" says of a case the city works: the city's latest state and its age, Indonesian first. */
class FromCityTest {

    static final Instant STEP = Instant.parse("2026-12-07T01:00:00Z");

    @Test
    void theAgeCountsFromTheCitysLatestStepInTheLargestWholeUnit() {
        CityCaseState city = new CityCaseState();
        city.stepAt = STEP;
        city.received = STEP.plus(Duration.ofMinutes(2));
        assertEquals("Status terakhir dari server kota, diperbarui 3 jam yang lalu.",
                CaseViews.fromCity(city, STEP.plus(Duration.ofMinutes(200)), "id").get("note"));
        assertEquals("Latest status from the city, updated 3 hours ago.",
                CaseViews.fromCity(city, STEP.plus(Duration.ofMinutes(200)), "en").get("note"));
        assertEquals(STEP.toString(), CaseViews.fromCity(city, STEP, "id").get("updatedAt"));
        assertEquals(city.received.toString(), CaseViews.fromCity(city, STEP, "id").get("receivedAt"));
    }

    @Test
    void minutesDaysAndAClockBehindTheCitys() {
        assertEquals("baru saja", CaseViews.age(STEP, STEP.minusSeconds(30), false), "the kiosk's clock behind");
        assertEquals("1 minute ago", CaseViews.age(STEP, STEP.plusSeconds(61), true));
        assertEquals("45 menit yang lalu", CaseViews.age(STEP, STEP.plus(Duration.ofMinutes(45)), false));
        assertEquals("2 days ago", CaseViews.age(STEP, STEP.plus(Duration.ofHours(50)), true));
        assertEquals("1 hari yang lalu", CaseViews.age(STEP, STEP.plus(Duration.ofHours(24)), false));
    }
}
