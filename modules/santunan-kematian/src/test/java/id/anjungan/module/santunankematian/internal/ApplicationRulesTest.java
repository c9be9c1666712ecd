package id.anjungan.module.santunankematian.internal;

import static id.anjungan.module.santunankematian.internal.Fixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.Assessment;
import id.anjungan.spi.Reason;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApplicationRulesTest {

    // the test clock stands at 2026-11-23
    @ParameterizedTest(name = "{0}: {5}")
    @CsvSource({
        "city NIK and KK,            NIK_OR_KK,  3374010505502001, 3374011203152001, 3374015203752002, 2026-11-01, ''",
        "moved in: KK only,          NIK_OR_KK,  3324010505502003, 3374011203152001, 3374015203752002, 2026-11-01, ''",
        "NIK rule; outside NIK,      NIK,        3324010505502003, 3374011203152001, 3374015203752002, 2026-11-01, not-city-resident",
        "NIK rule; city NIK,         NIK,        3374010505502001, 3324011203152004, 3374015203752002, 2026-11-01, ''",
        "KK rule; outside KK,        KK,         3374010505502001, 3324011203152004, 3374015203752002, 2026-11-01, not-city-resident",
        "both rule; one outside,     NIK_AND_KK, 3324010505502003, 3374011203152001, 3374015203752002, 2026-11-01, not-city-resident",
        "either rule; both outside,  NIK_OR_KK,  3324010505502003, 3324011203152004, 3374015203752002, 2026-11-01, not-city-resident",
        "last day of the deadline,   NIK_OR_KK,  3374010505502001, 3374011203152001, 3374015203752002, 2026-08-25, ''",
        "one day past the deadline,  NIK_OR_KK,  3374010505502001, 3374011203152001, 3374015203752002, 2026-08-24, deadline-passed",
        "died today,                 NIK_OR_KK,  3374010505502001, 3374011203152001, 3374015203752002, 2026-11-23, ''",
        "death tomorrow,             NIK_OR_KK,  3374010505502001, 3374011203152001, 3374015203752002, 2026-11-24, date-of-death-in-future",
        "heir is the deceased,       NIK_OR_KK,  3374010505502001, 3374011203152001, 3374010505502001, 2026-11-01, heir-is-deceased",
        "unreadable date,            NIK_OR_KK,  3374010505502001, 3374011203152001, 3374015203752002, 2026-13-01, date-of-death-invalid",
        "outside and too late,       NIK_AND_KK, 3324010505502003, 3324011203152004, 3374015203752002, 2026-01-02, not-city-resident deadline-passed",
    })
    void refusesForEveryRuleThatFails(String why, Residency residency, String deceased, String kk, String heir,
                                      String died, String expected) {
        Fixture f = new Fixture(residency, 90);
        Assessment a = f.program.assess(submission(application(deceased, kk, heir, died)));
        List<String> codes = a.refusals().stream().map(Reason::code).toList();
        assertEquals(expected.isBlank() ? List.of() : List.of(expected.split(" ")), codes, why);
        assertEquals(codes.isEmpty(), a.accepted());
        if (a.accepted()) {
            assertEquals(deceased, a.claimKey(), "one benefit per deceased is claimed by the deceased's NIK");
            assertFalse(a.checklist().isEmpty());
        }
    }

    @ParameterizedTest
    @CsvSource({"30, 2026-10-24, true", "30, 2026-10-23, false", "365, 2025-11-23, true", "365, 2025-11-22, false"})
    void deadlineIsConfiguration(int days, String died, boolean accepted) {
        Fixture f = new Fixture(Residency.NIK_OR_KK, days);
        Assessment a = f.program.assess(submission(application(DECEASED, DECEASED_KK, HEIR, died)));
        assertEquals(accepted, a.accepted());
        if (!accepted) {
            assertTrue(a.refusals().get(0).message().id().contains(days + " hari"));
        }
    }

    @ParameterizedTest
    @CsvSource({"337401, 3374010505502001, true", "337402, 3374010505502001, false", "3324, 3324010505502003, true"})
    void residentRegionsAreConfiguration(String region, String deceased, boolean accepted) {
        Fixture f = new Fixture();
        SantunanConfig base = config(Residency.NIK, 90);
        SantunanConfig regional = (SantunanConfig) java.lang.reflect.Proxy.newProxyInstance(
                SantunanConfig.class.getClassLoader(), new Class<?>[] {SantunanConfig.class}, (p, m, args) ->
                        m.getName().equals("regions") ? new String[] {region} : m.invoke(base, args));
        var program = new SantunanKematianProgram(f.platform.residents, f.platform.cases, f.platform.counters,
                f.platform.clock, f.platform.kelurahan, f.platform.audit, regional);
        assertEquals(accepted, program.assess(submission(application(deceased, DECEASED_KK, HEIR, "2026-11-01")))
                .accepted());
    }
}
