package id.anjungan.module.jumatkoin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.Choice;
import id.anjungan.spi.FormField;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.Role;
import id.anjungan.spi.ServiceDefinition;
import id.anjungan.spi.State;
import id.anjungan.spi.Text;
import id.anjungan.spi.Transition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who may do what with the fund (the camat's office counts, the TKSK surveys), and how the program speaks. */
class RolesAndWordingTest {

    private final ProgramDescriptor descriptor = new Fixture().program.descriptor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "daftar-setoran,    KASI_KESOS CAMAT",
        "catat-setoran,     KASI_KESOS CAMAT",
        "koreksi-setoran,   KASI_KESOS CAMAT",
        "prioritas,         TKSK KASI_KESOS CAMAT",
        "catat-survei,      TKSK",
        "setujui-pencairan, CAMAT",
    })
    void fieldWorkIsForFieldRolesNeverForTheItAdministrator(String operation, String roles) {
        Set<Role> expected = Arrays.stream(roles.split(" ")).map(Role::valueOf).collect(Collectors.toSet());
        assertEquals(expected, descriptor.operation(operation).orElseThrow().roles());
    }

    @Test
    void noScreenOrServiceIsOpenToTheItAdministrator() {
        descriptor.services().forEach(s -> assertFalse(s.startedBy().contains(Role.ADMIN), s.id()));
        descriptor.screens().forEach(s -> assertFalse(s.roles().contains(Role.ADMIN), s.id()));
    }

    @Test
    void closingARepairNeedsTheProofOfUse() {
        Transition done = descriptor.workflow("bantuan-rumah").orElseThrow().transitions().stream()
                .filter(t -> t.id().equals("selesai")).findFirst().orElseThrow();
        assertTrue(done.noteRequired());
        assertTrue(done.label().id().contains("kwitansi"), done.label().id());
    }

    /** KBBI spells the day "Jumat"; "Jum'at" only in the programme's name; natural disasters are not "sosial". */
    @Test
    void residentFacingTextUsesStandardSpellingAndTerms() {
        for (Text text : texts()) {
            String id = text.id();
            assertFalse(id.replace("Jum'at Koin", "").contains("Jum'at"), id);
            assertFalse(id.contains("bencana sosial"), id);
            assertFalse(text.en().isBlank(), id);
        }
        assertTrue(descriptor.description().id().contains("setiap Jumat"), descriptor.description().id());
        assertTrue(descriptor.description().id().contains("tidak layak huni"), descriptor.description().id());
    }

    private List<Text> texts() {
        List<Text> texts = new ArrayList<>(List.of(descriptor.name(), descriptor.description()));
        for (ServiceDefinition s : descriptor.services()) {
            texts.add(s.title());
            texts.add(s.summary());
            s.checklist().forEach(d -> texts.add(d.label()));
            if (s.form() != null) {
                for (FormField f : s.form().fields()) {
                    texts.add(f.label());
                    f.choices().stream().map(Choice::label).forEach(texts::add);
                }
            }
        }
        descriptor.workflows().forEach(w -> {
            w.states().stream().map(State::label).forEach(texts::add);
            w.transitions().stream().map(Transition::label).forEach(texts::add);
        });
        return texts;
    }
}
