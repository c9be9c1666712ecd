package id.anjungan.module.kjs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.Actor;
import id.anjungan.spi.Assessment;
import id.anjungan.spi.Document;
import id.anjungan.spi.Reason;
import id.anjungan.spi.Role;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProposalFlowTest {

    private final Fixture f = new Fixture();

    private Assessment propose(Actor actor, String nik, String category, String neglected, String aid,
                               String replacement, String replaces) {
        return f.assess(ProposalFlow.SERVICE, actor, Fixture.data("nik", nik, "name", "Calon Penerima",
                "address", "Jl. Uji 3", "category", category, "neglected", neglected, "centralAid", aid,
                "replacement", replacement, "replacesNik", replaces));
    }

    @ParameterizedTest(name = "{0} {1} aid={2} replacing={3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "3374015001501104|DISABILITAS_MENTAL|TIDAK|-|-|BARU",
        "3374015506700011|DISABILITAS_MENTAL|TIDAK|-|central-aid-bpnt|-",
        "3374012011901103|DISABILITAS_MENTAL|TIDAK|-|central-aid-pkh|-",
        "3374015001501104|DISABILITAS_MENTAL|PKH|-|central-aid-pkh|-",
        "3374015001501104|DISABILITAS_MENTAL|BPNT|-|central-aid-bpnt|-",
        "3374010203650012|DISABILITAS_MENTAL|TIDAK|-|already-kjs|-",
        "3374015001501104|LANSIA_TERLANTAR|TIDAK|-|-|BARU",
        "3374015001501104|PENYAKIT_KRONIS|TIDAK|-|-|BARU",
        "3374015001501104|PENYAKIT_KRONIS|BPNT|-|central-aid-bpnt|-",
        "3374015001501104|LANSIA_TERLANTAR|TIDAK|3374014708581101|-|PENGGANTI",
        "3374015001501104|PENYAKIT_KRONIS|TIDAK|3374012011901003|replaced-not-listed|-",
        "3374015001501104|DISABILITAS_SENSORIK|TIDAK|-|category-not-covered|-"})
    void screeningThenProposal(String nik, String category, String aid, String replaces, String refusal,
                               String caseType) {
        Assessment a = propose(Actor.resident(), nik, category, "true", aid, replaces == null ? "false" : "true",
                replaces);
        if (refusal == null) {
            assertTrue(a.accepted(), () -> a.refusals().toString());
            assertEquals(caseType, a.category());
        } else {
            assertTrue(a.refusals().stream().map(Reason::code).toList().contains(refusal), a.refusals()::toString);
        }
    }

    @Test
    void aBpntKpmIsToldSheIsABpntRecipient() {
        Assessment a = propose(Actor.resident(), Fixture.BPNT, "DISABILITAS_MENTAL", "false", "TIDAK", "false", null);
        assertTrue(a.refusals().get(0).message().id().contains("menerima BPNT"));
        assertTrue(a.refusals().get(0).message().en().contains("receives BPNT"));
    }

    @Test
    void withoutANikOnlyAPsmOrTkskMayFile() {
        assertEquals("identity-needs-officer", propose(Actor.resident(), null, "DISABILITAS_MENTAL", "true", "TIDAK",
                "false", null).refusals().get(0).code());
        Assessment byPsm = propose(new Actor("psm1", "PSM Sari", Role.PSM, null), null, "DISABILITAS_MENTAL", "true",
                "TIDAK", "false", null);
        assertTrue(byPsm.accepted());
        List<String> docs = byPsm.checklist().stream().map(Document::id).toList();
        assertTrue(docs.contains("surat-tanpa-identitas"));
        assertTrue(!docs.contains("identitas"));
    }

    @Test
    void checklistFollowsTheAnswers() {
        List<String> neglected = propose(Actor.resident(), Fixture.STRANGER, "DISABILITAS_FISIK_BERAT", "true", "TIDAK",
                "false", null).checklist().stream().map(Document::id).toList();
        List<String> cared = propose(Actor.resident(), Fixture.STRANGER, "DISABILITAS_FISIK_BERAT", "false", "TIDAK",
                "false", null).checklist().stream().map(Document::id).toList();
        assertEquals(List.of("identitas", "surat-dokter", "foto", "pengantar-rt-rw", "surat-terlantar"), neglected);
        assertEquals(List.of("identitas", "surat-dokter", "foto", "pengantar-rt-rw"), cared);
    }

    @Test
    void theServiceMayBeFiledWithoutIdentity() {
        assertTrue(f.program.descriptor().service(ProposalFlow.SERVICE).orElseThrow().withoutIdentity());
    }
}
