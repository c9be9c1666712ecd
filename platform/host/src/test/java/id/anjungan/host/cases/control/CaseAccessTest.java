package id.anjungan.host.cases.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.anjungan.host.cases.entity.CaseRow;
import id.anjungan.host.catalog.control.Programs;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.persistence.JsonText;
import id.anjungan.host.persistence.TestDatabase;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.security.control.TestStaff;
import id.anjungan.spi.Actor;
import id.anjungan.spi.FormDefinition;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.Role;
import id.anjungan.spi.ServiceDefinition;
import id.anjungan.spi.ServiceKind;
import id.anjungan.spi.State;
import id.anjungan.spi.Text;
import id.anjungan.spi.Transition;
import id.anjungan.spi.Workflow;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseAccessTest {

    private static final String SARI_RESIDENT = "3374015508850003";
    private static final String OTHER_RESIDENT = "3374010101800011";
    private static final String SARI_PHOTO = "0a1b2c3d-0000-4000-8000-000000000001";
    private static final String OTHER_PHOTO = "0a1b2c3d-0000-4000-8000-000000000002";
    private static final Text L = Text.of("Langkah", "Step");
    private static final ProgramDescriptor PROGRAM = new ProgramDescriptor("BPNT", L, L, "icon.svg",
            List.of(new ServiceDefinition("layanan", ServiceKind.APPLICATION, L, L, null, Set.of(Role.RESIDENT),
                    FormDefinition.of(), List.of(), "alur", null, false)), List.of(new Workflow("alur", "submitted",
            List.of(State.open("submitted", "Diajukan", "Submitted", 3), State.open("verified", "Diverifikasi",
                    "Verified", 3), State.closed("visited", "Dikunjungi", "Visited")),
            List.of(Transition.of("verify", "submitted", "verified", L, Role.TKSK),
                    Transition.of("visit", "verified", "visited", L, Role.PSM)))), Set.of(), Set.of(), List.of(),
            List.of());
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
        access.programs = new Programs() {
            @Override
            public ProgramDescriptor descriptor(String code) {
                return PROGRAM;
            }
        };
        access.areas = TestStaff.areas(db, false);
        sari = add("BPNT-1", "psm-sari", SARI_RESIDENT, SARI_PHOTO, "submitted");
        other = add("KJS-2", "tksk", OTHER_RESIDENT, OTHER_PHOTO, "submitted");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private CaseRow add(String tracking, String by, String nik, String photo, String state) {
        return db.tx(em -> {
            CaseRow c = new CaseRow();
            c.tracking = tracking;
            c.program = "BPNT";
            c.service = "layanan";
            c.state = state;
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

    /** The workflow's home visit is the PSM's step: a case waiting for it is their work, whoever filed it. */
    @Test
    void aCaseWaitingForAPsmStepIsOpenToEveryPsm() {
        String visitPhoto = "0a1b2c3d-0000-4000-8000-000000000003";
        CaseRow waiting = add("KJS-3", "warga", OTHER_RESIDENT, visitPhoto, "verified");
        assertDoesNotThrow(() -> access.opened(JOKO, waiting));
        assertDoesNotThrow(() -> access.attachment(JOKO, visitPhoto));
        assertEquals(403, assertThrows(Problem.class, () -> access.attachment(JOKO, "not-an-id")).status());
    }

    @Test
    void officersOpenEveryCase() {
        for (Role role : new Role[] {Role.TKSK, Role.KASI_KESOS, Role.CAMAT, Role.DINSOS, Role.ADMIN}) {
            Actor officer = new Actor("officer", "Officer", role, null);
            assertDoesNotThrow(() -> access.opened(officer, sari));
            assertDoesNotThrow(() -> access.attachment(officer, OTHER_PHOTO));
        }
    }

    /** On the city tier: another kecamatan's case answers as an unknown number does, its photos as unknown files. */
    @Test
    void aTkskOnTheCityTierOpensTheirKecamatansCasesAndNoOther() {
        access.areas = TestStaff.areas(db, true);
        db.tx(em -> {
            em.find(CaseRow.class, "BPNT-1").kecamatan = "Semarang Tengah";
            em.find(CaseRow.class, "KJS-2").kecamatan = "Tembalang";
            return null;
        });
        CaseRow ours = db.read(em -> em.find(CaseRow.class, "BPNT-1"));
        CaseRow theirs = db.read(em -> em.find(CaseRow.class, "KJS-2"));
        Actor tksk = TestStaff.account(db, "tksk-tengah", Role.TKSK, "Semarang Tengah");
        assertDoesNotThrow(() -> access.opened(tksk, ours));
        assertDoesNotThrow(() -> access.attachment(tksk, SARI_PHOTO));
        Problem refused = assertThrows(Problem.class, () -> access.opened(tksk, theirs));
        Problem unknown = CaseAccess.unknown();
        assertEquals(List.of(unknown.status(), unknown.code(), unknown.detail().id()),
                List.of(refused.status(), refused.code(), refused.detail().id()), "the same answer as a number never issued");
        assertEquals(404, assertThrows(Problem.class, () -> access.attachment(tksk, OTHER_PHOTO)).status());
        Actor unassigned = TestStaff.account(db, "tksk-baru", Role.TKSK, null);
        assertEquals(404, assertThrows(Problem.class, () -> access.opened(unassigned, ours)).status());
        Actor kasi = TestStaff.account(db, "kasi", Role.KASI_KESOS, "Semarang Tengah");
        assertDoesNotThrow(() -> access.opened(kasi, theirs));
        assertDoesNotThrow(() -> access.attachment(kasi, OTHER_PHOTO));
    }
}
