package id.anjungan.host.cases.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.anjungan.host.cases.entity.CaseRow;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.persistence.JsonText;
import id.anjungan.host.persistence.TestDatabase;
import id.anjungan.host.problem.Problem;
import id.anjungan.spi.Actor;
import id.anjungan.spi.Role;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseAccessTest {

    private static final String SARI_RESIDENT = "3374015508850003";
    private static final String OTHER_RESIDENT = "3374010101800011";
    private static final String SARI_PHOTO = "0a1b2c3d-0000-4000-8000-000000000001";
    private static final String OTHER_PHOTO = "0a1b2c3d-0000-4000-8000-000000000002";
    private static final Actor SARI = new Actor("psm-sari", "Bu Sari", Role.PSM, null);
    private static final Actor JOKO = new Actor("psm-joko", "Pak Joko", Role.PSM, null);

    @TempDir
    Path dir;
    private Database db;
    private final CaseAccess access = new CaseAccess();
    private CaseRow sari;
    private CaseRow other;

    @BeforeEach
    void open() {
        db = TestDatabase.open(dir);
        access.db = db;
        sari = add("BPNT-1", "psm-sari", SARI_RESIDENT, SARI_PHOTO);
        other = add("KJS-2", "tksk", OTHER_RESIDENT, OTHER_PHOTO);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private CaseRow add(String tracking, String by, String nik, String photo) {
        return db.tx(em -> {
            CaseRow c = new CaseRow();
            c.tracking = tracking;
            c.program = "BPNT";
            c.service = "layanan";
            c.state = "submitted";
            c.subjectNik = nik;
            c.data = JsonText.write(Map.of("nik", nik, "photo", photo));
            c.created = Instant.parse("2026-12-01T03:00:00Z");
            c.createdBy = by;
            em.persist(c);
            return c;
        });
    }

    @Test
    void aPsmOpensTheCasesTheyFiledAndTheirAttachmentsOnly() {
        assertDoesNotThrow(() -> access.opened(SARI, sari));
        assertDoesNotThrow(() -> access.attachment(SARI, SARI_PHOTO));
        assertEquals(403, assertThrows(Problem.class, () -> access.opened(SARI, other)).status());
        assertEquals(403, assertThrows(Problem.class, () -> access.attachment(SARI, OTHER_PHOTO)).status());
        assertEquals(403, assertThrows(Problem.class, () -> access.opened(JOKO, sari)).status());
        assertEquals(403, assertThrows(Problem.class, () -> access.attachment(JOKO, SARI_PHOTO)).status());
    }

    @Test
    void anAssistedSessionOpensTheConsentedResidentsCases() {
        Actor assisting = new Actor("psm-joko", "Pak Joko", Role.PSM, OTHER_RESIDENT);
        assertDoesNotThrow(() -> access.opened(assisting, other));
        assertDoesNotThrow(() -> access.attachment(assisting, OTHER_PHOTO));
        assertEquals(403, assertThrows(Problem.class, () -> access.opened(assisting, sari)).status());
        assertEquals(403, assertThrows(Problem.class, () -> access.attachment(assisting, SARI_PHOTO)).status());
    }

    @Test
    void officersOpenEveryCase() {
        for (Role role : new Role[] {Role.TKSK, Role.KASI_KESOS, Role.CAMAT, Role.DINSOS, Role.ADMIN}) {
            Actor officer = new Actor("officer", "Officer", role, null);
            assertDoesNotThrow(() -> access.opened(officer, sari));
            assertDoesNotThrow(() -> access.attachment(officer, OTHER_PHOTO));
        }
    }
}
