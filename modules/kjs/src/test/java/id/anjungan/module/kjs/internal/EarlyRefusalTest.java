package id.anjungan.module.kjs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.Actor;
import id.anjungan.spi.EarlyRefusal;
import id.anjungan.spi.Reason;
import id.anjungan.spi.Referral;
import id.anjungan.spi.Submission;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A KJS proposal is refused at the question that decides it, with the answers so far only. */
class EarlyRefusalTest {

    private final Fixture f = new Fixture();

    private Optional<EarlyRefusal> soFar(String... pairs) {
        return f.program.refuseEarly(new Submission("KJS", ProposalFlow.SERVICE, Fixture.data(pairs),
                Actor.resident(), null));
    }

    @ParameterizedTest(name = "nik={0} category={1} neglected={2} aid={3} → {4}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // nothing decided before the questions that decide it
        "3374015001501104|-|-|-|-",
        "3374015001501104|LANSIA_TERLANTAR|-|-|-",
        "3374015001501104|DISABILITAS_MENTAL|false|-|-",
        "3374015001501104|LANSIA_TERLANTAR|true|TIDAK|-",
        // at the NIK: already on the KJS list, or a BPNT or PKH recipient
        "3374010203650012|-|-|-|already-kjs",
        "3374015506700011|-|-|-|central-aid-bpnt",
        "3374012011901103|-|-|-|central-aid-pkh",
        // at the condition: a category KJS does not cover; an elderly person whose NIK says 38 years old
        "3374015001501104|DISABILITAS_SENSORIK|-|-|category-not-covered",
        "3374015001501104|DISABILITAS_FISIK_RINGAN|-|-|category-not-covered",
        "3374011008881102|LANSIA_TERLANTAR|-|-|not-elderly",
        // at "neglected": an elderly person someone cares for
        "3374015001501104|LANSIA_TERLANTAR|false|-|not-neglected",
        // at "central aid"
        "3374015001501104|PENYAKIT_KRONIS|true|BPNT|central-aid-bpnt",
        "3374015001501104|PENYAKIT_KRONIS|true|PKH|central-aid-pkh"})
    void refusedWhenTheAnswersSoFarDecide(String nik, String category, String neglected, String aid, String refusal) {
        Optional<EarlyRefusal> answer = soFar("nik", nik, "category", category, "neglected", neglected,
                "centralAid", aid);
        if (refusal == null) {
            assertTrue(answer.isEmpty(), () -> answer.toString());
        } else {
            assertTrue(answer.orElseThrow().reasons().stream().map(Reason::code).toList().contains(refusal),
                    answer::toString);
        }
    }

    @Test
    void aNeglectedPersonTooYoungForKjsIsSentToSocialRehabilitation() {
        EarlyRefusal refusal = soFar("nik", Fixture.ALONE, "category", "LANSIA_TERLANTAR").orElseThrow();
        assertEquals(1, refusal.instead().size());
        Referral referral = refusal.instead().get(0);
        assertEquals("REHSOS", referral.program());
        assertEquals("laporkan-orang-terlantar", referral.service());
        assertTrue(referral.why().id().contains("Rehabilitasi Sosial"));
    }

    @Test
    void aResidentWhoSkipsTheNikIsRefusedAtTheNextQuestionAndAnOfficerIsNot() {
        EarlyRefusal refusal = soFar("name", "Mbah Sukinah").orElseThrow();
        assertEquals(java.util.List.of("identity-needs-officer"), refusal.reasons().stream().map(Reason::code).toList());
        assertEquals("laporkan-orang-terlantar", refusal.instead().get(0).service(), "a street report needs no NIK");
        assertTrue(soFar().isEmpty(), "the NIK question not reached yet");
        Actor psm = new Actor("psm", "Sari", id.anjungan.spi.Role.PSM, null);
        assertTrue(f.program.refuseEarly(new Submission("KJS", ProposalFlow.SERVICE, Fixture.data("name",
                "Mbah Sukinah"), psm, null)).isEmpty(), "a PSM files for a person without a NIK");
    }

    @Test
    void aReplacedRecipientNotOnTheListIsRefusedAtHisNik() {
        assertTrue(soFar("nik", Fixture.STRANGER, "replacement", "true", "replacesNik", Fixture.STRANGER).orElseThrow()
                .reasons().stream().anyMatch(r -> r.code().equals("replaced-not-listed")));
        assertTrue(soFar("nik", Fixture.STRANGER, "replacement", "true", "replacesNik", Fixture.CARD).isEmpty());
    }

    @Test
    void aReturReportIsRefusedAtTheNikAndAtTheReplacementThatCannotReplace() {
        java.util.function.Function<String[], Optional<EarlyRefusal>> retur = pairs -> f.program.refuseEarly(
                new Submission("KJS", ReturFlow.SERVICE, Fixture.data(pairs), Actor.resident(), null));
        assertEquals(java.util.List.of("not-kjs"), codes(retur.apply(new String[] {"nik", Fixture.STRANGER})));
        assertTrue(retur.apply(new String[] {"nik", Fixture.CARD, "reason", "MENINGGAL"}).isEmpty());
        assertEquals(java.util.List.of("same-person", "already-kjs"), codes(retur.apply(new String[] {"nik", Fixture.CARD,
            "proposeReplacement", "true", "replacementNik", Fixture.CARD})));
        assertEquals(java.util.List.of("central-aid-bpnt"), codes(retur.apply(new String[] {"nik", Fixture.CARD,
            "proposeReplacement", "true", "replacementNik", Fixture.BPNT})));
        assertTrue(retur.apply(new String[] {"nik", Fixture.CARD, "proposeReplacement", "true", "replacementNik",
            Fixture.STRANGER, "replacementCategory", "PENYAKIT_KRONIS"}).isEmpty());
        assertEquals(java.util.List.of("category-not-covered"), codes(retur.apply(new String[] {"nik", Fixture.CARD,
            "proposeReplacement", "true", "replacementNik", Fixture.STRANGER, "replacementCategory",
            "DISABILITAS_SENSORIK"})));
    }

    private static java.util.List<String> codes(Optional<EarlyRefusal> refusal) {
        return refusal.orElseThrow().reasons().stream().map(Reason::code).toList();
    }

    @Test
    void aCardReportIsRefusedAtTheNikAndAtAnAccountThatIsNotTheBanks() {
        java.util.function.Function<String[], Optional<EarlyRefusal>> card = pairs -> f.program.refuseEarly(
                new Submission("KJS", CardFlow.SERVICE, Fixture.data(pairs), Actor.resident(), null));
        assertEquals(java.util.List.of("not-kjs"), codes(card.apply(new String[] {"nik", Fixture.BPNT})));
        assertTrue(card.apply(new String[] {"nik", Fixture.CARD, "card", "HILANG"}).isEmpty());
        assertTrue(card.apply(new String[] {"nik", Fixture.CARD, "card", "HILANG", "accountNumber", "2031004512"})
                .isEmpty());
        assertEquals(java.util.List.of("account-mismatch"), codes(card.apply(new String[] {"nik", Fixture.CARD, "card",
            "HILANG", "accountNumber", "2031009876"})));
    }
}
