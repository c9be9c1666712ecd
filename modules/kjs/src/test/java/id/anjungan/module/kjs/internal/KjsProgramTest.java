package id.anjungan.module.kjs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.FieldType;
import id.anjungan.spi.FormField;
import id.anjungan.spi.Operation;
import id.anjungan.spi.PlatformCheck;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.Role;
import id.anjungan.spi.ServiceDefinition;
import id.anjungan.spi.ServiceKind;
import id.anjungan.spi.Text;
import id.anjungan.spi.Workflow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KjsProgramTest {

    private final ProgramDescriptor d = new Fixture().program.descriptor();

    @Test
    void theProvinceDecides() {
        assertEquals("Pemerintah Provinsi Jawa Tengah", d.decidedBy().in("id"));
        assertEquals("the Central Java provincial government", d.decidedBy().in("en"));
    }

    @Test
    void declaresExclusivityWithBpntAndNoDoubleAid() {
        assertEquals("KJS", d.code());
        assertEquals(Set.of("BPNT"), d.exclusiveWith());
        assertTrue(d.checks().contains(PlatformCheck.NO_DOUBLE_AID));
        assertFalse(d.checks().contains(PlatformCheck.ONE_AID_ACCOUNT), "the BPNT guideline's rule; KJS pays into "
                + "Bank Jateng and the card report checks the KJS list's own account");
        assertEquals(FieldType.BANK_ACCOUNT, d.service(CardFlow.SERVICE).orElseThrow().form().field("accountNumber")
                .orElseThrow().type());
    }

    @Test
    void offersTheServicesOfTheIssue() {
        assertEquals(List.of("cek-status", "skrining-usul", "lapor-retur", "kartu", "paket-pencairan",
                "kunjungan-rumah"), d.services().stream().map(ServiceDefinition::id).toList());
        ServiceDefinition desk = d.service("paket-pencairan").orElseThrow();
        assertEquals(ServiceKind.DESK, desk.kind());
        assertEquals(Set.of(Role.TKSK), desk.startedBy());
        assertEquals("kjs-paket-pencairan", d.screens().get(0).element());
    }

    @Test
    void onlyThePendampingMakesPacksAndRecords() {
        for (String id : List.of("recipients", "sk-pendamping", "pack", "pack-detail", "record", "hand-over")) {
            assertEquals(Set.of(Role.TKSK), d.operation(id).orElseThrow().roles(), id);
        }
        assertFalse(d.operation("pack").orElseThrow().readOnly());
        assertFalse(d.operation("record").orElseThrow().readOnly());
        assertTrue(d.operations().stream().filter(Operation::readOnly).map(Operation::id).toList()
                .containsAll(List.of("recipients", "pack-detail", "round-summary")));
    }

    /** Resident-facing names without jargon (retur, skrining, jalur nomor rekening), REVIEW-2026-12 §4. */
    @Test
    void residentFacingNamesAreFreeOfJargon() {
        assertEquals("Cek kelayakan dan usul KJS", d.service("skrining-usul").orElseThrow().title().id());
        assertEquals("Laporkan penerima KJS yang meninggal, pindah, atau sudah mampu",
                d.service("lapor-retur").orElseThrow().title().id());
        assertTrue(d.workflows().stream().flatMap(w -> w.transitions().stream())
                .anyMatch(t -> t.label().id().equals("Pencairan tanpa kartu (dengan nomor rekening)")));
        for (ServiceDefinition s : d.services()) {
            for (String text : List.of(s.title().id(), s.summary().id())) {
                for (String jargon : List.of("retur", "skrining", "jalur", "lewat", "punya", "server")) {
                    assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains(jargon), jargon + " in " + text);
                }
            }
        }
        d.workflows().stream().flatMap(w -> w.states().stream()).forEach(st -> assertFalse(st.label().id()
                .toLowerCase(java.util.Locale.ROOT).contains("retur"), st.label().id()));
        assertFalse(d.description().id().contains("lewat"));
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
    }

    @Test
    void everyOpenStateCanBeLeftAndRejectionsNeedANote() {
        for (Workflow w : d.workflows()) {
            w.states().stream().filter(st -> !st.terminal())
                    .forEach(st -> assertFalse(w.from(st.id()).isEmpty(), w.id() + " " + st.id()));
            w.transitions().stream().filter(t -> t.to().equals("ditolak"))
                    .forEach(t -> assertTrue(t.noteRequired(), w.id()));
        }
    }

    @Test
    void theScreenAndIconShipInTheBundle() throws Exception {
        Path ui = Path.of("src/main/resources/ui");
        String script = Files.readString(ui.resolve(d.screens().get(0).script()));
        assertTrue(script.contains("customElements.define('kjs-paket-pencairan'"));
        for (String op : List.of("'recipients'", "'pack'", "'record'")) {
            assertTrue(script.contains(op), op);
        }
        assertFalse(script.contains("http://") || script.contains("https://"), "no external requests");
        assertTrue(Files.readString(ui.resolve(d.icon())).contains("aria-label="));
    }

    private static void bilingual(Text t) {
        assertFalse(t.id().isBlank());
        assertFalse(t.en().isBlank());
    }
}
