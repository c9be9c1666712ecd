package id.anjungan.module.bpnt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.FormField;
import id.anjungan.spi.PlatformCheck;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.ServiceDefinition;
import id.anjungan.spi.ServiceKind;
import id.anjungan.spi.Text;
import id.anjungan.spi.Transition;
import id.anjungan.spi.Workflow;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BpntProgramTest {

    private final ProgramDescriptor d = new Fixture().program.descriptor();

    @Test
    void declaresExclusivityWithKjsAndNoDoubleAid() {
        assertEquals("BPNT", d.code());
        assertEquals(Set.of("KJS"), d.exclusiveWith());
        assertTrue(d.checks().contains(PlatformCheck.NO_DOUBLE_AID));
    }

    @Test
    void offersTheSixServicesOfTheIssue() {
        assertEquals(List.of("cek-status", "masalah-kartu", "perubahan-kondisi", "usul", "sanggah", "pengaduan",
                "antar-bantuan"), d.services().stream().map(ServiceDefinition::id).toList());
        assertEquals(ServiceKind.STATUS, d.service("cek-status").orElseThrow().kind());
        assertEquals(ServiceKind.COMPLAINT, d.service("pengaduan").orElseThrow().kind());
        d.services().stream().filter(s -> s.kind() != ServiceKind.STATUS)
                .forEach(s -> assertTrue(s.opensCase(), s.id()));
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

    @Test
    void unknownServiceIsRefused() {
        assertEquals("unknown-service", new Fixture().assess("nope", Fixture.data()).refusals().get(0).code());
    }

    private static void bilingual(Text t) {
        assertFalse(t.id().isBlank());
        assertFalse(t.en().isBlank());
    }
}
