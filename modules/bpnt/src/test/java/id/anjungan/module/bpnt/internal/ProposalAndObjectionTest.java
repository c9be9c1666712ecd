package id.anjungan.module.bpnt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.Assessment;
import id.anjungan.spi.ServiceKind;
import id.anjungan.spi.platform.RecipientRecord;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProposalAndObjectionTest {

    private final Fixture f = new Fixture();

    @ParameterizedTest(name = "usul {0}")
    @CsvSource({"3374012011901003,", "3374015506700011,already-kpm", "3374010203650012,registered-kjs",
        "3374011508801002,"})
    void usulIsRefusedForKpmAndKjsRecipients(String nik, String refusal) {
        Assessment a = f.assess(ProposalFlow.SERVICE, Fixture.data("nik", nik, "kk", "3374011203100001",
                "relation", "TETANGGA", "reason", "Janda lansia tanpa penghasilan"));
        if (refusal == null) {
            assertTrue(a.accepted());
            assertEquals("TETANGGA", a.category());
            assertTrue(a.checklist().stream().anyMatch(d -> d.id().equals("pengantar-rt-rw")));
        } else {
            assertEquals(refusal, a.refusals().get(0).code());
        }
    }

    @Test
    void theKjsRefusalSaysSoInBothLanguages() {
        Assessment a = f.assess(ProposalFlow.SERVICE, Fixture.data("nik", Fixture.KJS_ONLY, "relation", "DIRI_SENDIRI"));
        assertTrue(a.refusals().get(0).message().id().contains("terdaftar sebagai penerima KJS"));
        assertTrue(a.refusals().get(0).message().en().contains("registered for KJS"));
    }

    @ParameterizedTest(name = "sanggah {0} on {1}")
    @CsvSource({"MAMPU,3374015506700011,MAMPU", "GANDA,3374015506700011,GANDA_KJS", "GANDA,3374010203651001,GANDA",
        "MENINGGAL,3374012011901003,", "PINDAH,3374011508801002,"})
    void sanggahNeedsAListedKpm(String ground, String nik, String category) {
        f.platform.recipients.put("KJS", "2026-Q4", List.of(new RecipientRecord("KJS", "2026-Q4", Fixture.KPM,
                null, "Warga", "Jl", "01", "01", "Miroto", Map.of())));
        Assessment a = f.assess(ObjectionFlow.SERVICE, Fixture.data("nik", nik, "ground", ground,
                "explanation", "Sudah punya toko besar di pasar"));
        if (category == null) {
            assertEquals("not-listed", a.refusals().get(0).code());
        } else {
            assertEquals(category, a.category());
        }
    }

    @Test
    void usulAndSanggahAreTheSharedCaseTypes() {
        var d = f.program.descriptor();
        assertEquals(ServiceKind.PROPOSAL, d.service(ProposalFlow.SERVICE).orElseThrow().kind());
        assertEquals(ServiceKind.OBJECTION, d.service(ObjectionFlow.SERVICE).orElseThrow().kind());
    }
}
