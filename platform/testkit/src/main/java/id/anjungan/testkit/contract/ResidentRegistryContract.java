package id.anjungan.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.platform.IdentityCheck;
import id.anjungan.spi.platform.Resident;
import id.anjungan.spi.platform.ResidentRegistry;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What every {@link ResidentRegistry} does, the testkit's in-memory one and the kiosk's stored one alike (the kiosk
 * also checks region codes and serials, which the testkit leaves out). A subclass gives a fresh, empty service for
 * each test.
 */
public abstract class ResidentRegistryContract {

    private static final String NIK = "3374015506700011";

    /** An empty registry; called once per test. */
    protected abstract ResidentRegistry residents();

    private static Resident sari(String kk, Resident.Standing standing) {
        return new Resident(NIK, kk, "Sari Wulandari", LocalDate.of(1970, 6, 15), "Jl. Pandanaran 12", "003", "002",
                "Miroto", standing);
    }

    @Test
    void aSavedResidentIsFoundAndASecondSaveReplacesIt() {
        ResidentRegistry r = residents();
        assertEquals(Optional.empty(), r.find(NIK));
        r.save(sari("3374010101700011", Resident.Standing.ACTIVE));
        assertEquals(Optional.of(sari("3374010101700011", Resident.Standing.ACTIVE)), r.find(NIK));
        r.save(sari("3374010202200011", Resident.Standing.ACTIVE));
        assertEquals("3374010202200011", r.find(NIK).orElseThrow().kk());
    }

    @Test
    void aResidentSavedWithoutStandingIsActive() {
        ResidentRegistry r = residents();
        r.save(sari(null, null));
        assertEquals(Resident.Standing.ACTIVE, r.find(NIK).orElseThrow().standing());
    }

    @Test
    void aNikTypedWithSpacesOrDashesFindsTheSameResident() {
        ResidentRegistry r = residents();
        r.save(sari("3374010101700011", Resident.Standing.ACTIVE));
        assertEquals("Sari Wulandari", r.find("3374 0155-0670.0011").orElseThrow().name());
    }

    @Test
    void aChangedStandingIsKeptEvenForSomeoneNotYetRecorded() {
        ResidentRegistry r = residents();
        r.save(sari("3374010101700011", Resident.Standing.ACTIVE));
        r.changeStanding(NIK, Resident.Standing.MOVED);
        Resident moved = r.find(NIK).orElseThrow();
        assertEquals(Resident.Standing.MOVED, moved.standing());
        assertEquals("Sari Wulandari", moved.name(), "the rest of the record stays");
        // a death reported before the person was ever recorded still ends their aid
        r.changeStanding("3374010505502001", Resident.Standing.DECEASED);
        assertEquals(Resident.Standing.DECEASED, r.find("3374010505502001").orElseThrow().standing());
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "3374015506700011, 3374••••••••0011",
        "337401550670, 3374••••0670",
        "12345678, ••••••••",
        "1234, ••••",
        "null, null"})
    void masksShowOnlyTheEndsOfALongNumber(String number, String masked) {
        assertEquals(masked, residents().mask(number));
    }

    @ParameterizedTest
    @CsvSource({
        "3374015506700011, 1970-06-15, true",
        "3374012612871001, 1987-12-26, false"})
    void aValidNikCarriesTheBirthDateAndSex(String nik, LocalDate born, boolean female) {
        IdentityCheck check = residents().checkNik(nik);
        assertTrue(check.valid(), check.problems().toString());
        assertEquals(born, check.birthDate());
        assertEquals(female, check.female());
        assertEquals("337401", check.regionCode());
    }

    @ParameterizedTest
    @CsvSource({"3374013213700011", "3374017106700011", "337401550670001", "33740155067000111", "3374O15506700011"})
    void aNikWithoutAValidDateOr16DigitsIsRefusedWithAReason(String nik) {
        IdentityCheck check = residents().checkNik(nik);
        assertFalse(check.valid());
        assertFalse(check.problems().isEmpty());
    }

    @Test
    void aKkIs16Digits() {
        ResidentRegistry r = residents();
        assertTrue(r.checkKk("3374010101700011").valid());
        assertFalse(r.checkKk("337401010170001").valid());
        assertFalse(r.checkKk("3374O10101700011").valid());
        assertFalse(r.checkKk(null).valid());
        assertNull(r.checkKk("12").birthDate());
    }
}
