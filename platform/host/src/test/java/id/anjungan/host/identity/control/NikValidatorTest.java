package id.anjungan.host.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.privacy.Masking;
import id.anjungan.spi.platform.IdentityCheck;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class NikValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "'',                 empty",
            "3374 0141 0180,     length",
            "33740141018000031,  length",
            "33740141018O0003,   digits-only",
            "9974014101800003,   province",
            "3300014101800003,   city",
            "3374004101800003,   kecamatan",
            "3374013201800003,   nik-birth-date",
            "3374017201800003,   nik-birth-date",
            "3374013002800003,   nik-birth-date",
            "3374013112260003,   nik-birth-date",
            "3374014101800000,   nik-serial"})
    void refusesWithOneReasonPerRule(String nik, String reason) {
        IdentityCheck check = NikValidator.nik(nik, TODAY);
        assertFalse(check.valid());
        assertEquals(reason, check.problems().get(0).code());
        assertFalse(check.problems().get(0).message().id().isBlank());
        assertFalse(check.problems().get(0).message().en().isBlank());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "3374014101800003, 1980-01-01, true",
            "3374010101800003, 1980-01-01, false",
            "3374017112990001, 1999-12-31, true",
            "3374012902240001, 2024-02-29, false",
            "3374010203650012, 1965-03-02, false",
            "3374015506700011, 1970-06-15, true"})
    void derivesBirthDateAndSex(String nik, LocalDate birth, boolean female) {
        IdentityCheck check = NikValidator.nik(nik, TODAY);
        assertTrue(check.valid(), check.problems().toString());
        assertEquals(birth, check.birthDate());
        assertEquals(female, check.female());
        assertEquals(nik.substring(0, 6), check.regionCode());
    }

    static Stream<Arguments> variants() {
        return DigitVariants.of("3374014101800003");
    }

    /** Folded to ASCII before any rule: the region, date and serial are read from the same digits. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void otherScriptsDigitsAreTheSameNik(String name, String typed) {
        IdentityCheck check = NikValidator.nik(typed, TODAY);
        assertTrue(check.valid(), check.problems().toString());
        assertEquals("337401", check.regionCode());
        assertEquals(LocalDate.of(1980, 1, 1), check.birthDate());
        assertTrue(NikValidator.kk(typed).valid());
    }

    @Test
    void aLetterOrRomanNumeralIsNoDigit() {
        assertEquals("digits-only", NikValidator.nik("337401410180000\u2162", TODAY).problems().get(0).code());
        assertEquals("digits-only", NikValidator.kk("337401410180000O").problems().get(0).code());
    }

    @Test
    void acceptsSpacesAndDotsAsTyped() {
        assertTrue(NikValidator.nik("3374.0141.0180.0003", TODAY).valid());
    }

    @Test
    void checksKkRegion() {
        assertTrue(NikValidator.kk("3374011234560001").valid());
        assertEquals("province", NikValidator.kk("0074011234560001").problems().get(0).code());
        assertEquals("length", NikValidator.kk("33740112").problems().get(0).code());
    }

    @Test
    void masksEverywhere() {
        assertEquals("3374••••••••0003", Masking.mask("3374014101800003"));
        assertEquals("NIK 3374••••••••0003 dan KK 3374••••••••0001",
                Masking.scrub("NIK 3374014101800003 dan KK 3374011234560001"));
    }

    @Test
    void scrubsANikQuotedInADatabaseErrorAsNikIndexLogsIt() {
        String logged = Masking.scrub(String.valueOf(new RuntimeException(new java.sql.SQLDataException(
                "Invalid character string format for type BIGINT: '3374014101800003'; nik=3374011234560001,"))));
        assertEquals("java.lang.RuntimeException: java.sql.SQLDataException: Invalid character string format for type "
                + "BIGINT: '3374••••••••0003'; nik=3374••••••••0001,", logged);
    }

    @Test
    void aLoggedTraceCarriesNoNikInFullNotEvenInItsCauses() {
        String logged = Masking.trace(new jakarta.persistence.PersistenceException(new java.sql.SQLException(
                "ERROR: duplicate key value violates unique constraint. Detail: Key (nik)=(3374014101800003) already "
                        + "exists.", "23505")));
        assertTrue(logged.contains("Key (nik)=(3374••••••••0003)"), logged);
        assertTrue(logged.contains("at id.anjungan.host.identity.control.NikValidatorTest"), "still a trace: " + logged);
        assertFalse(logged.contains("3374014101800003"), logged);
    }
}
