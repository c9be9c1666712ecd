package id.anjungan.module.cpp.internal;

import static id.anjungan.module.cpp.internal.Fixture.PSM;
import static id.anjungan.module.cpp.internal.Fixture.kk;
import static id.anjungan.module.cpp.internal.Fixture.nik;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.anjungan.spi.ProgramException;
import id.anjungan.spi.platform.Resident;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bapanas practice at the desk: a proxy is in the PBP's family card or brings a surat kuasa; every hand-over has proof. */
class ProxyAndProofTest {

    private static final String STRANGER = "3374015508052003";
    private static final String SON = "3374010101002004";
    private static final String NEIGHBOUR = "3374010202002005";

    private final Fixture f = new Fixture();
    private final String event = f.event(3, 100);

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
        "son registered in the PBP's KK,             SON,       false, false, -,         TANDA_TANGAN, SATU_KK",
        "unregistered; KK card checked by officer,   STRANGER,  true,  false, -,         CAP_JEMPOL,   SATU_KK",
        "unregistered; surat kuasa,                  STRANGER,  false, true,  Bu Darmi,  FOTO,         SURAT_KUASA",
        "neighbour in another KK; surat kuasa,       NEIGHBOUR, false, true,  Pak Joko,  TANDA_TANGAN, SURAT_KUASA",
        "neighbour in another KK ticks the KK box,   NEIGHBOUR, true,  false, -,         TANDA_TANGAN, proxy-needs-kk-or-letter",
        "unregistered; nothing shown,                STRANGER,  false, false, -,         TANDA_TANGAN, proxy-needs-kk-or-letter",
        "surat kuasa without the bearer's name,      STRANGER,  false, true,  -,         TANDA_TANGAN, missing-pickupName",
        "no proof of hand-over,                      SON,       false, false, -,         -,            missing-proof",
        "proof not one of the three,                 SON,       false, false, -,         LISAN,        invalid-proof",
        "the PBP in person needs proof too,          PBP,       false, false, -,         -,            missing-proof",
    })
    void someoneCollectingForThePbpIsFamilyOrHasALetter(String why, String who, boolean kkChecked,
                                                         boolean letter, String name, String proof, String outcome) {
        f.platform.residents.save(new Resident(SON, kk(101), "Agus", LocalDate.of(2000, 1, 1), "Jl. Miroto", "001",
                "002", "Miroto", Resident.Standing.ACTIVE));
        f.platform.residents.save(new Resident(NEIGHBOUR, "3374011712139999", "Joko", LocalDate.of(2000, 2, 2),
                "Jl. Miroto", "001", "002", "Miroto", Resident.Standing.ACTIVE));
        String pickup = switch (who) {
            case "SON" -> SON;
            case "NEIGHBOUR" -> NEIGHBOUR;
            case "PBP" -> nik(101);
            default -> STRANGER;
        };
        Map<String, Object> input = new HashMap<>(Map.of("eventId", event, "kk", kk(101), "pickupNik", pickup));
        if (kkChecked) {
            input.put("kkChecked", true);
        }
        if (letter) {
            input.put("suratKuasa", true);
        }
        if (name != null) {
            input.put("pickupName", name);
        }
        if (proof != null) {
            input.put("proof", proof);
        }
        if (outcome.equals(outcome.toUpperCase())) {
            Map<?, ?> done = (Map<?, ?>) f.program.operate("claim", input, PSM);
            assertEquals(true, done.get("handedOver"), why);
            Map<?, ?> claim = (Map<?, ?>) done.get("claim");
            assertEquals(outcome, claim.get("proxyBasis"), why);
            assertEquals(proof, claim.get("proof"), why);
            return;
        }
        ProgramException refused = assertThrows(ProgramException.class,
                () -> f.program.operate("claim", input, PSM), why);
        assertEquals(outcome, refused.reason().code(), why);
        assertEquals(100L, f.op("report", PSM, "eventId", event).get("remainingKg"), "no rice left the stock");
    }
}
