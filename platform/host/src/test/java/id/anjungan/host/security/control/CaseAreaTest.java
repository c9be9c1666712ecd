package id.anjungan.host.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A kecamatan officer's area against names an attacker types: look-alikes never match, spelling variants do. */
class CaseAreaTest {

    private final CaseArea tengah = CaseArea.of("Semarang Tengah");

    @ParameterizedTest
    @ValueSource(strings = {"Semarang Tengah", "SEMARANG TENGAH", "semarang tengah", "  Semarang   Tengah ",
            "Ｓｅｍａｒａｎｇ Ｔｅｎｇａｈ", "Semarang\tTengah"})
    void theSameNameInAnotherSpellingIsTheOfficersOwn(String typed) {
        assertTrue(tengah.covers(typed));
        assertEquals("Semarang Tengah", tengah.narrow(typed), "the list is narrowed to the account's own spelling");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Semarang Tengаh", "Ѕemarang Tengah", "Semarang Tengah\u200B", "Semarang Tengah%",
            "Tembalang", "Semarang", "Semarang Tengah' OR '1'='1"})
    void aLookAlikeOrAnotherKecamatanIsRefused(String typed) {
        assertFalse(tengah.covers(typed));
        Problem refused = assertThrows(Problem.class, () -> tengah.narrow(typed));
        assertEquals(403, refused.status());
        assertEquals("outside-area", refused.code());
    }

    @Test
    void noFilterMeansTheOfficersOwnKecamatan() {
        assertEquals("Semarang Tengah", tengah.narrow(null));
        assertEquals("Semarang Tengah", tengah.narrow("  "));
        assertFalse(tengah.covers(null), "a case without a kecamatan is no kecamatan's");
    }

    @Test
    void everythingPassesTheFilterAndNothingRefusesEveryList() {
        assertTrue(CaseArea.EVERYTHING.covers(null));
        assertNull(CaseArea.EVERYTHING.narrow(null));
        assertEquals("Tembalang", CaseArea.EVERYTHING.narrow("Tembalang"));
        assertFalse(CaseArea.NOTHING.covers("Semarang Tengah"));
        assertEquals("no-area", assertThrows(Problem.class, () -> CaseArea.NOTHING.narrow(null)).code());
    }

    @Test
    void onlyPlainLatinNamesAreStored() {
        assertTrue(AreaNames.storable("Semarang Tengah"));
        assertTrue(AreaNames.storable(AreaNames.canonical(" Gajah  Mungkur ").orElseThrow()));
        assertFalse(AreaNames.storable("Semarang Tengаh"));
        assertFalse(AreaNames.storable("<script>"));
        assertFalse(AreaNames.storable("x".repeat(81)));
    }
}
