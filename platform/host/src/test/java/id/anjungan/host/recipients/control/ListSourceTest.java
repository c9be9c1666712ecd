package id.anjungan.host.recipients.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.anjungan.host.problem.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ListSourceTest {

    @AfterEach
    void forgetSettings() {
        System.clearProperty("anjungan.lists.source");
        System.clearProperty("anjungan.lists.source.bpnt");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"DTSEN, DTSEN", "sp2d, SP2D", "' Other ', OTHER"})
    void anImportNamesItsSource(String named, ListSource expected) {
        assertEquals(expected, ListSource.of(named, "BPNT"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"DTKS", "SP2D;DROP TABLE x", "ＤＴＳＥＮ", "DTSEN\u200B"})
    void anythingElseIsRefusedWithAReasonInBahasaIndonesiaFirst(String named) {
        Problem refused = assertThrows(Problem.class, () -> ListSource.of(named, "BPNT"));
        assertEquals(422, refused.status());
        assertEquals("unknown-source", refused.code());
    }

    @Test
    void withoutOneTheProgramsDefaultAppliesThenTheKiosksThenDtsen() {
        assertEquals(ListSource.DTSEN, ListSource.of(null, "BPNT"));
        System.setProperty("anjungan.lists.source", "OTHER");
        assertEquals(ListSource.OTHER, ListSource.of("", "KJS"));
        System.setProperty("anjungan.lists.source.bpnt", "SP2D");
        assertEquals(ListSource.SP2D, ListSource.of(" ", "BPNT"));
        assertEquals(ListSource.OTHER, ListSource.of(null, "KJS"));
    }
}
