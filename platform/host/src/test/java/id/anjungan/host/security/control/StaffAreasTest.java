package id.anjungan.host.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.anjungan.host.persistence.Database;
import id.anjungan.host.persistence.TestDatabase;
import id.anjungan.spi.Actor;
import id.anjungan.spi.Role;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who is limited to a kecamatan, on the city tier and on a kiosk. */
class StaffAreasTest {

    @TempDir
    Path dir;
    private Database db;

    @BeforeEach
    void open() {
        db = TestDatabase.open(dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void onTheCityTierAKecamatanOfficerSeesTheirKecamatanAndWithoutOneNothing() {
        StaffAreas city = TestStaff.areas(db, true);
        assertEquals(CaseArea.of("Tembalang"), city.of(TestStaff.account(db, "tksk-t", Role.TKSK, "Tembalang")));
        assertEquals(CaseArea.of("Tembalang"), city.of(TestStaff.account(db, "camat-t", Role.CAMAT, "Tembalang")));
        assertEquals(CaseArea.NOTHING, city.of(TestStaff.account(db, "tksk-new", Role.TKSK, null)));
        assertEquals(CaseArea.NOTHING, city.of(new Actor("gone", "Gone", Role.TKSK, null)), "no account: nothing");
    }

    @Test
    void theOtherRolesSeeTheWholeCityWhateverTheirAccountSays() {
        StaffAreas city = TestStaff.areas(db, true);
        for (Role role : new Role[] {Role.PSM, Role.KASI_KESOS, Role.DINSOS, Role.ADMIN}) {
            assertEquals(CaseArea.EVERYTHING, city.of(TestStaff.account(db, "u-" + role, role, "Tembalang")), role.name());
        }
    }

    @Test
    void onAKioskAnOfficerWithoutKecamatanOrOfItsOwnSeesAllAndOfAnotherNone() {
        StaffAreas kiosk = TestStaff.areas(db, false);
        assertEquals(CaseArea.EVERYTHING, kiosk.of(TestStaff.account(db, "tksk", Role.TKSK, null)));
        assertEquals(CaseArea.EVERYTHING, kiosk.of(TestStaff.account(db, "tksk2", Role.TKSK, "semarang tengah")));
        CaseArea neighbour = kiosk.of(TestStaff.account(db, "tksk3", Role.TKSK, "Tembalang"));
        assertEquals(false, neighbour.covers(null), "a kiosk's own cases carry no kecamatan");
    }

    @Test
    void theAdminsChangeHoldsAtOnceForASessionAlreadyOpen() {
        StaffAreas city = TestStaff.areas(db, true);
        Actor tksk = TestStaff.account(db, "tksk", Role.TKSK, "Tembalang");
        TestStaff.account(db, "tksk", Role.TKSK, "Candisari");
        assertEquals(CaseArea.of("Candisari"), city.of(tksk));
    }
}
