package id.anjungan.module.bpnt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.Assessment;
import id.anjungan.spi.FormField;
import id.anjungan.spi.PlatformCheck;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.Role;
import id.anjungan.spi.ServiceDefinition;
import id.anjungan.spi.ServiceKind;
import id.anjungan.spi.StatusReport;
import id.anjungan.spi.Text;
import id.anjungan.spi.Transition;
import id.anjungan.spi.Workflow;
import id.anjungan.spi.platform.RecipientRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BpntProgramTest {

    private final ProgramDescriptor d = new Fixture().program.descriptor();

    @Test
    void declaresExclusivityWithKjsAndNoDoubleAid() {
        assertEquals("BPNT", d.code());
        assertEquals(Set.of("KJS"), d.exclusiveWith());
        assertTrue(d.checks().contains(PlatformCheck.NO_DOUBLE_AID));
    }

    @Test
    void theMinistryDecidesNotTheKelurahan() {
        assertEquals("Kementerian Sosial", d.decidedBy().in("id"));
        assertEquals("the Ministry of Social Affairs", d.decidedBy().in("en"));
    }

    @Test
    void offersTheSixServicesOfTheIssue() {
        assertEquals(List.of("cek-status", "masalah-kartu", "perubahan-kondisi", "usul", "sanggah", "pengaduan",
                "antar-bantuan", "kunjungan-rumah"), d.services().stream().map(ServiceDefinition::id).toList());
        assertEquals(ServiceKind.STATUS, d.service("cek-status").orElseThrow().kind());
        assertEquals(ServiceKind.COMPLAINT, d.service("pengaduan").orElseThrow().kind());
        d.services().stream().filter(s -> s.kind() != ServiceKind.STATUS && s.kind() != ServiceKind.DESK)
                .forEach(s -> assertTrue(s.opensCase(), s.id()));
        assertEquals("kunjungan", d.service("kunjungan-rumah").orElseThrow().screen(), "the staff desk is a screen");
    }

    @Test
    void everyResidentTextIsInBothLanguages() {
        for (ServiceDefinition s : d.services()) {
            bilingual(s.title());
            bilingual(s.summary());
            for (FormField field : s.form().fields()) {
                bilingual(field.label());
                field.choices().forEach(c -> bilingual(c.label()));
            }
        }
        d.workflows().stream().flatMap(w -> w.states().stream()).forEach(st -> bilingual(st.label()));
        bilingual(d.name());
        bilingual(d.description());
    }

    @Test
    void everyOpenStateCanBeLeftAndRejectionsNeedANote() {
        for (Workflow w : d.workflows()) {
            w.states().stream().filter(st -> !st.terminal())
                    .forEach(st -> assertFalse(w.from(st.id()).isEmpty(), w.id() + " " + st.id()));
            w.transitions().stream().filter(t -> t.to().equals("ditolak"))
                    .forEach(t -> assertTrue(t.noteRequired(), w.id() + " " + t.id()));
            assertTrue(w.transitions().stream().map(Transition::roles).allMatch(r -> !r.isEmpty()));
        }
    }

    /** Item 13 (000:L4680-4688): Kemensos decides; only the Dinas Sosial operator records it, with its source. */
    @ParameterizedTest(name = "{0}: {1} from {2}")
    @CsvSource({"usul,terima,diteruskan", "usul,tolak,diteruskan", "perubahan,keluarkan,retur",
        "perubahan,tolak,retur"})
    void kemensosDecisionsAreRecordedByDinasSosialWithASource(String workflow, String step, String from) {
        Transition t = d.workflow(workflow).orElseThrow().from(from).stream().filter(x -> x.id().equals(step))
                .findFirst().orElseThrow();
        assertEquals(Set.of(Role.DINSOS), t.roles(), "a TKSK cannot record Kemensos' decision");
        assertTrue(t.noteRequired(), "the decision's source is noted");
        assertTrue(t.label().id().contains("Kemensos"), t.label().id());
    }

    @Test
    void noTkskStepEndsInAcceptanceOrRemoval() {
        for (Workflow w : d.workflows()) {
            w.transitions().stream().filter(t -> t.to().equals("diterima") || t.to().equals(Workflows.REMOVED))
                    .forEach(t -> assertFalse(t.roles().contains(Role.TKSK), w.id() + " " + t.id()));
        }
    }

    /** Item 15: what a resident reads carries no program jargon and no colloquial words. */
    @ParameterizedTest
    @ValueSource(strings = {"retur", "KPM", "6T", "e-Warung", "lewat", "dobel", "sekali cair", "punya", "Kartu KKS",
        "kartu KKS", "DTKS", "skrining", "000:", "003:"})
    void residentTextsAvoid(String word) {
        List<Text> texts = new ArrayList<>(List.of(d.name(), d.description()));
        for (ServiceDefinition s : d.services()) {
            texts.add(s.title());
            texts.add(s.summary());
            s.checklist().forEach(doc -> texts.add(doc.label()));
            for (FormField field : s.form().fields()) {
                texts.add(field.label());
                if (field.help() != null) {
                    texts.add(field.help());
                }
                field.choices().forEach(c -> texts.add(c.label()));
            }
        }
        d.workflows().stream().flatMap(w -> w.states().stream()).forEach(st -> texts.add(st.label()));
        Fixture f = new Fixture();
        for (RecipientRecord r : List.of(Fixture.row("2026-11", Fixture.KPM, "Miroto", "KKS", "2026-4", "TIDAK"),
                Fixture.row("2026-11", Fixture.POS_KPM, "Miroto", "POS", "2026-4", "TIDAK"))) {
            StatusReport status = f.program.status(Optional.of(r));
            texts.addAll(List.of(status.rhythm(), status.channel(), status.schedule(), status.note()));
        }
        texts.add(f.program.status(Optional.empty()).note());
        for (Assessment a : sampleAssessments(f)) {
            texts.add(a.accepted() ? a.nextSteps() : a.refusals().get(0).message());
            a.checklist().forEach(doc -> texts.add(doc.label()));
        }
        for (Text t : texts) {
            assertFalse(t.id().contains(word), "'" + word + "' in: " + t.id());
        }
    }

    private static List<Assessment> sampleAssessments(Fixture f) {
        List<Assessment> all = new ArrayList<>();
        for (CardProblem p : CardProblem.values()) {
            for (String tahap : List.of("2026-4", "2026-2")) {
                all.add(f.assess(CardProblemFlow.SERVICE, Fixture.data("nik", Fixture.KPM, "problem", p.name(),
                        "tahap", tahap)));
                all.add(f.assess(CardProblemFlow.SERVICE, Fixture.data("nik", Fixture.CLEANSED, "problem",
                        p.name(), "tahap", tahap)));
            }
            all.add(f.assess(CardProblemFlow.SERVICE, Fixture.data("nik", Fixture.POS_KPM, "problem", p.name())));
        }
        for (ConditionChange c : ConditionChange.values()) {
            all.add(f.assess(ConditionChangeFlow.SERVICE, Fixture.data("nik", Fixture.KPM, "change", c.name())));
        }
        for (String c : List.of("KKS_DIPEGANG", "POTONGAN", "REKENING_DIBLOKIR", "KKS_BELUM_DITERIMA", "LAINNYA")) {
            all.add(f.assess(ComplaintFlow.SERVICE, Fixture.data("nik", Fixture.KPM, "category", c)));
            all.add(f.assess(ComplaintFlow.SERVICE, Fixture.data("nik", Fixture.POS_KPM, "category", c)));
        }
        for (String way : List.of("ANTAR", "KELUARGA")) {
            all.add(f.assess(DeliveryFlow.SERVICE, Fixture.data("nik", Fixture.KPM, "reason", "SAKIT", "way", way,
                    "collectorNik", "3374016505950002", "collectorKk", Fixture.KK)));
            all.add(f.assess(DeliveryFlow.SERVICE, Fixture.data("nik", Fixture.POS_KPM, "reason", "SAKIT",
                    "way", way, "collectorNik", "3374016505950002", "collectorKk", "3374011203109999")));
        }
        all.add(f.assess(ProposalFlow.SERVICE, Fixture.data("nik", Fixture.STRANGER, "relation", "TETANGGA")));
        all.add(f.assess(ProposalFlow.SERVICE, Fixture.data("nik", Fixture.KPM, "relation", "TETANGGA")));
        all.add(f.assess(ObjectionFlow.SERVICE, Fixture.data("nik", Fixture.KPM, "ground", "GANDA")));
        all.add(f.assess(ObjectionFlow.SERVICE, Fixture.data("nik", Fixture.STRANGER, "ground", "GANDA")));
        return all;
    }

    @Test
    void unknownServiceIsRefused() {
        assertEquals("unknown-service", new Fixture().assess("nope", Fixture.data()).refusals().get(0).code());
    }

    private static void bilingual(Text t) {
        assertFalse(t.id().isBlank());
        assertFalse(t.en().isBlank());
    }
}
