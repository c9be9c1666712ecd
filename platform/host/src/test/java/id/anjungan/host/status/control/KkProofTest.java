package id.anjungan.host.status.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.anjungan.spi.platform.RecipientRecord;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KkProofTest {

    private static final String NIK = "3374014101800003";
    private static final String NEW_KK = "3374011203150004";
    private static final String OLD_KK = "3374010101800001";
    private static final String OTHER_KK = "3374019999990009";

    private static RecipientRecord row(String program, String kk) {
        return new RecipientRecord(program, "2026-11", NIK, kk, "Nama", "Jl. Kauman 1", "001", "002", "Miroto",
                Map.of());
    }

    /** BPNT's list holds the new KK, KJS's still the old one; the register holds registerKk. */
    @ParameterizedTest(name = "typed {0}, register {1} → BPNT {2}, KJS {3}")
    @CsvSource(nullValues = "-", value = {
            // either card opens both rows: the answer does not flip with the card brought
            NEW_KK + ", -,          listed, other-kk",
            OLD_KK + ", -,          other-kk, listed",
            // the register alone proves the pair
            OTHER_KK + ", " + OTHER_KK + ", other-kk, other-kk",
            // a wrong pair opens nothing
            OTHER_KK + ", -,        none, none",
            OTHER_KK + ", " + NEW_KK + ", none, none"})
    void aProvenPairOpensEveryRowOfTheNik(String typed, String registerKk, String bpnt, String kjs) {
        KkProof proof = KkProof.of(typed, Map.of("BPNT", row("BPNT", NEW_KK), "KJS", row("KJS", OLD_KK)),
                Optional.ofNullable(registerKk));
        assertEquals(bpnt, shown(proof.match("BPNT")));
        assertEquals(kjs, shown(proof.match("KJS")));
        assertEquals("none", shown(proof.match("PKH")));
    }

    @ParameterizedTest(name = "a list without KK numbers, typed {0} → {1}")
    @CsvSource({NEW_KK + ", listed", OTHER_KK + ", none"})
    void aListWithoutKkNumbersOpensOnceAnotherRecordProvesThePair(String typed, String shown) {
        KkProof proof = KkProof.of(typed, Map.of("BPNT", row("BPNT", NEW_KK), "CPP", row("CPP", null)),
                Optional.empty());
        assertEquals(shown, shown(proof.match("CPP")));
    }

    private static String shown(Optional<KkProof.Match> match) {
        return match.map(m -> m.otherKk() ? "other-kk" : "listed").orElse("none");
    }
}
