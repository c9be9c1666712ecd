package id.anjungan.module.cpp.internal;

import id.anjungan.spi.PrintableDocument;
import static id.anjungan.module.cpp.internal.Fixture.PSM;
import static id.anjungan.module.cpp.internal.Fixture.TKSK;
import static id.anjungan.module.cpp.internal.Fixture.kk;
import static id.anjungan.module.cpp.internal.Fixture.nik;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.ProgramException;
import id.anjungan.spi.platform.Resident;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A PBP whose standing (written by retur or by the death verification of Santunan Kematian) says deceased, moved or
 * able is flagged at the desk and replaced: by a member of the same family card, or by a reserve household.
 */
class ReplacementTest {

    private static final String WIFE = "3374015101702006";
    private static final String RESERVE_NIK = "3374011405792301";
    private static final String RESERVE_KK = "3374011712132301";

    private final Fixture f = new Fixture();
    private final String event = f.event(3, 100);

    ReplacementTest() {
        Map<String, Object> reserve = Fixture.row(301);
        reserve.put("cadangan", "ya");
        Map<String, Object> imported = f.op("import", TKSK, "eventId", event, "rows", List.of(reserve));
        assertEquals(3, imported.get("households"), "a reserve household is not invited");
        assertEquals(1, imported.get("reserves"));
        f.platform.residents.save(new Resident(nik(101), kk(101), "Warga 101", LocalDate.of(1965, 3, 2),
                "Jl. Miroto No. 101", "001", "002", "Miroto", Resident.Standing.ACTIVE));
        f.platform.residents.save(new Resident(WIFE, kk(101), "Warsini", LocalDate.of(1970, 1, 11), "Jl. Miroto",
                "001", "002", "Miroto", Resident.Standing.ACTIVE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"DECEASED, true", "MOVED, true", "DECLARED_ABLE, false"})
    void theDeskFlagsAPbpWhoseStandingEndedAndWillNotHandOver(Resident.Standing standing, boolean family) {
        f.platform.residents.changeStanding(nik(101), standing);
        Map<?, ?> found = f.op("lookup", PSM, "eventId", event, "kk", kk(101));
        Map<?, ?> flag = (Map<?, ?>) found.get("replace");
        assertEquals(standing.name(), flag.get("standing"));
        assertEquals(family, flag.get("familyMayTakeOver"));
        String message = ((Map<?, ?>) flag.get("message")).get("id").toString();
        assertTrue(message.startsWith("PBP atas nama Warga 101 tercatat "), message);
        assertEquals(family, message.contains("anggota keluarga dalam KK yang sama"), message);

        ProgramException refused = assertThrows(ProgramException.class,
                () -> f.op("claim", PSM, "eventId", event, "kk", kk(101)));
        assertEquals("pbp-needs-replacement", refused.reason().code());
        assertEquals(100L, f.op("report", PSM, "eventId", event).get("remainingKg"));
        Map<?, ?> invitations = f.op("invitations", PSM, "eventId", event);
        assertEquals(2, ((PrintableDocument) invitations.get("document")).cards().size(),
                "no invitation printed in the name of a PBP to be replaced");
        assertFalse(f.op("lookup", PSM, "eventId", event, "kk", kk(102)).containsKey("replace"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
        "wife in the same KK keeps the share,           MENINGGAL,       WIFE,      Warsini,   false, -,       -",
        "unregistered family member with KK checked,   MENINGGAL,       UNKNOWN,   Sarno,     true,  -,       -",
        "unregistered family member; KK unchecked,     MENINGGAL,       UNKNOWN,   Sarno,     false, -,       kk-not-checked",
        "member of another KK,                          PINDAH,          NEIGHBOUR, Joko,      true,  -,       not-same-kk",
        "declared able: the household goes,             MAMPU,           WIFE,      Warsini,   false, -,       reserve-needed",
        "not found: the household goes,                 TIDAK_DITEMUKAN, WIFE,      Warsini,   false, -,       reserve-needed",
        "reserve household replaces one not found,      TIDAK_DITEMUKAN, -,         -,         false, RESERVE, -",
        "reserve household replaces one declared able,  MAMPU,           -,         -,         false, RESERVE, -",
        "a KK not on the reserve list,                  MAMPU,           -,         -,         false, OTHER,   not-in-reserve",
        "the same PBP again,                            MENINGGAL,       PBP,       Warga 101, false, -,       invalid-nik",
        "unknown reason,                                LUPA,            WIFE,      Warsini,   false, -,       invalid-reason",
    })
    void aPbpIsReplacedByFamilyOrFromTheReserve(String why, String reason, String who, String name,
                                                boolean kkChecked, String reserve, String refusal) {
        f.platform.residents.save(new Resident("3374010202002005", "3374011712139999", "Joko",
                LocalDate.of(2000, 2, 2), "Jl. Miroto", "001", "002", "Miroto", Resident.Standing.ACTIVE));
        Map<String, Object> input = new HashMap<>(Map.of("eventId", event, "kk", kk(101), "reason", reason));
        if (who != null) {
            input.put("nik", switch (who) {
                case "WIFE" -> WIFE;
                case "NEIGHBOUR" -> "3374010202002005";
                case "PBP" -> nik(101);
                default -> "3374010303002007";
            });
            input.put("name", name);
        }
        if (kkChecked) {
            input.put("kkChecked", true);
        }
        if (reserve != null) {
            input.put("reserveKk", reserve.equals("RESERVE") ? RESERVE_KK : "3374011712138888");
        }
        if (refusal != null) {
            assertEquals(refusal, assertThrows(ProgramException.class,
                    () -> f.program.operate("replace", input, TKSK), why).reason().code());
            assertEquals("Warga 101", f.op("lookup", PSM, "eventId", event, "kk", kk(101)).get("name"),
                    "the PBP stays listed");
            return;
        }
        Map<?, ?> done = (Map<?, ?>) f.program.operate("replace", input, TKSK);
        assertEquals(reserve != null, done.get("fromReserve"), why);
        Map<?, ?> report = f.op("report", TKSK, "eventId", event);
        assertEquals(3, report.get("households"), "one household out, one in: " + why);
        assertEquals(List.of("Warga 101"), ((List<?>) report.get("replacedPbp")).stream()
                .map(r -> ((Map<?, ?>) r).get("name")).toList());
        String newKk = reserve != null ? RESERVE_KK : kk(101);
        Map<?, ?> handed = f.op("claim", PSM, "eventId", event, "kk", newKk);
        assertEquals(true, handed.get("handedOver"), why);
        assertEquals(reserve != null ? "Warga 301" : name, handed.get("name"));
        if (reserve != null) {
            assertEquals("not-listed", assertThrows(ProgramException.class,
                    () -> f.op("claim", PSM, "eventId", event, "kk", kk(101))).reason().code(),
                    "the replaced household no longer collects");
        }
        assertTrue(((String) report.get("csv")).contains("3374••••••••2101"), "the replacement row names whom it replaced");
    }

    @Test
    void aDeceasedPbpsWifeCollectsAfterTheReplacementAndTheListCannotBringHimBack() {
        f.platform.residents.changeStanding(nik(101), Resident.Standing.DECEASED);
        f.op("replace", TKSK, "eventId", event, "kk", kk(101), "reason", "MENINGGAL", "nik", WIFE, "name", "Warsini");
        Map<?, ?> found = f.op("lookup", PSM, "eventId", event, "kk", kk(101));
        assertEquals("Warsini", found.get("name"));
        assertFalse(found.containsKey("replace"));
        Map<?, ?> reimport = f.op("import", TKSK, "eventId", event, "rows", List.of(Fixture.row(101)));
        assertEquals(0, reimport.get("accepted"));
        assertEquals("pbp-replaced", ((Map<?, ?>) ((List<?>) reimport.get("rejected")).get(0)).get("code"));
        assertEquals("invalid-nik", assertThrows(ProgramException.class, () -> f.op("replace", TKSK,
                "eventId", event, "kk", kk(101), "reason", "MENINGGAL", "nik", WIFE, "name", "Warsini"))
                .reason().code(), "a replayed replacement is refused: the wife is the PBP now");
        assertEquals(true, f.op("claim", PSM, "eventId", event, "kk", kk(101)).get("handedOver"));
        f.op("claim", PSM, "eventId", event, "kk", kk(102));
        assertEquals("already-collected", assertThrows(ProgramException.class, () -> f.op("replace", TKSK,
                "eventId", event, "kk", kk(102), "reason", "MAMPU", "reserveKk", RESERVE_KK)).reason().code(),
                "no replacement once the household's share went out");
        assertEquals("Warga 102", f.op("lookup", PSM, "eventId", event, "kk", kk(102)).get("name"));
    }

    @Test
    void oneReserveHouseholdReplacesOnlyOnePbpEvenFromTwoDesksAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new java.util.ArrayList<>();
        for (String household : List.of(kk(102), kk(103))) {
            Callable<String> attempt = () -> {
                start.await();
                try {
                    f.op("replace", TKSK, "eventId", event, "kk", household, "reason", "TIDAK_DITEMUKAN",
                            "reserveKk", RESERVE_KK);
                    return "replaced";
                } catch (ProgramException e) {
                    return e.reason().code();
                }
            };
            results.add(pool.submit(attempt));
        }
        start.countDown();
        List<String> outcomes = new java.util.ArrayList<>();
        for (Future<String> r : results) {
            outcomes.add(r.get());
        }
        pool.shutdown();
        assertEquals(1, outcomes.stream().filter("replaced"::equals).count(), outcomes.toString());
        assertTrue(outcomes.contains("reserve-used") || outcomes.contains("not-in-reserve"), outcomes.toString());
        assertEquals(3, f.op("report", TKSK, "eventId", event).get("households"));
    }
}
