package id.anjungan.module.santunankematian.internal;

import static id.anjungan.module.santunankematian.internal.Fixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.Assessment;
import id.anjungan.spi.Reason;
import id.anjungan.spi.Role;
import id.anjungan.spi.platform.RecipientRecord;
import id.anjungan.testkit.TestPlatform;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
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
    @CsvSource({"30, 2026-10-24, true", "30, 2026-10-23, false", "365, 2025-11-23, true", "365, 2025-11-22, false",
        "0, 2016-01-01, true"})
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
        var program = f.program(with(config(Residency.NIK, 90), "regions", new String[] {region}));
        assertEquals(accepted, program.assess(submission(application(deceased, DECEASED_KK, HEIR, "2026-11-01")))
                .accepted());
    }

    @Test
    void byDefaultThereIsNoCutOffBecauseNoSourceSetsOne() {
        Fixture f = new Fixture(defaults());
        assertEquals(0, defaults().deadlineDays());
        assertTrue(f.program.assess(submission(application(DECEASED, DECEASED_KK, HEIR, "2025-01-02"))).accepted());
    }

    // Perwal Semarang 16/2019 and 31/2023: for poor residents registered in DTKS/DTSEN
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "heir says registered,                          YES,     '',      '',             true,  ''",
        "heir does not know,                            UNKNOWN, '',      '',             true,  ''",
        "heir says not registered,                      NO,      '',      '',             true,  not-in-dtsen",
        "says not: but the deceased is on the BPNT list, NO,     BPNT,    deceased,       true,  ''",
        "says not: but on the imported DTSEN list,      NO,      DTSEN,   deceased,       true,  ''",
        "says not: heir on the CPP list in the same KK, NO,      CPP,     heir-same-kk,   true,  ''",
        "says not: heir on the CPP list in another KK,  NO,      CPP,     heir-other-kk,  true,  not-in-dtsen",
        "says not: on a list not counted as DTSEN,      NO,      KJS,     deceased,       true,  not-in-dtsen",
        "city does not require DTSEN,                   NO,      '',      '',             false, ''",
    })
    void theDeceasedsHouseholdMustBeInDtsen(String why, DtsenAnswer answer, String list, String who,
                                            boolean required, String expected) {
        Fixture f = new Fixture(with(config(Residency.NIK_OR_KK, 0), "dtsenRequired", required));
        if (!list.isBlank()) {
            String nik = who.equals("deceased") ? DECEASED : HEIR;
            String kk = who.equals("heir-other-kk") ? "3374019999990001" : DECEASED_KK;
            f.platform.recipients.put(list, "2026-11", List.of(new RecipientRecord(list, "2026-11", nik, kk,
                    "Sri Lestari", "Jl. Miroto No. 7", "003", "002", "Miroto", Map.of())));
        }
        var data = application(DECEASED, DECEASED_KK, HEIR, "2026-11-01");
        data.put(Fields.DTSEN, answer.name());
        Assessment a = f.program.assess(submission(data));
        assertEquals(expected.isBlank() ? List.of() : List.of(expected),
                a.refusals().stream().map(Reason::code).toList(), why);
        if (a.accepted()) {
            String next = a.nextSteps().id();
            assertTrue(next.contains("Dinas Sosial Kota Semarang memutuskan"), next);
            assertTrue(next.contains("Bila disetujui, santunan Rp3.000.000"), next);
            assertEquals(required, next.contains("DTSEN"), next);
            assertEquals(!list.isBlank() && expected.isBlank() && required,
                    next.contains("tercatat di daftar " + list + " periode 2026-11"), next);
        } else {
            assertTrue(a.refusals().get(0).message().id().contains("Kasi Kesos"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "paid,                 2026-11-04, true,  sudah dibayarkan pada 4 November 2026",
        "awaiting transfer,    '',         true,  sudah disetujui dan menunggu transfer",
        "another deceased,     2026-11-04, false, ''",
    })
    void aDeceasedOnTheImportedListCannotBeClaimedAgain(String why, String paidOn, boolean same, String words) {
        Fixture f = new Fixture();
        f.platform.recipients.put("SANKEM", "2026", List.of(new RecipientRecord("SANKEM", "2026", HEIR, DECEASED_KK,
                "Sri Lestari", "Jl. Miroto No. 7", "003", "002", "Miroto", Map.of("nik_almarhum",
                        same ? " " + DECEASED + " " : "3374010101500009", "tanggal_bayar", paidOn, "jumlah", "3000000"))));
        Assessment a = f.program.assess(valid());
        assertEquals(same ? List.of("already-paid") : List.of(), a.refusals().stream().map(Reason::code).toList(), why);
        if (same) {
            String message = a.refusals().get(0).message().id();
            assertTrue(message.contains(words) && message.contains("periode 2026"), message);
            assertTrue(message.contains("3374••••••••2002") && !message.contains(HEIR), "the heir's NIK is masked");
            assertEquals(true, ((Map<?, ?>) f.program.operate("claim-check", Map.of("deceasedNik", DECEASED),
                    TestPlatform.actor("sari", Role.PSM))).get("claimed"), "staff see it too");
        }
    }
}
