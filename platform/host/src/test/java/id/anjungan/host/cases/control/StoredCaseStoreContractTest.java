package id.anjungan.host.cases.control;

import id.anjungan.host.audit.control.HashChainedAudit;
import id.anjungan.host.cases.entity.CaseRow;
import id.anjungan.host.catalog.control.TestPrograms;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.persistence.JsonText;
import id.anjungan.host.persistence.TestDatabase;
import id.anjungan.spi.Actor;
import id.anjungan.spi.platform.CaseStore;
import id.anjungan.testkit.TestClock;
import id.anjungan.testkit.contract.CaseStoreContract;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The stored case store on Derby passes the same cases as the testkit's in-memory one. */
class StoredCaseStoreContractTest extends CaseStoreContract {

    @TempDir
    Path dir;
    private Database db;

    @Override
    protected CaseStore cases() {
        db = TestDatabase.open(dir);
        StoredCaseStore cases = new StoredCaseStore();
        cases.db = db;
        cases.clock = new TestClock();
        cases.audit = new HashChainedAudit() { // the chain is HashChainedAuditTest's
            @Override
            public void record(jakarta.persistence.EntityManager em, Actor actor, String action, String subject,
                               String detail, String subjectNik) {
            }
        };
        cases.programs = TestPrograms.serving(() -> PROGRAM);
        return cases;
    }

    @Override
    protected void open(String tracking, String service, String state, Map<String, String> data, Instant created) {
        db.tx(em -> {
            CaseRow c = new CaseRow();
            c.tracking = tracking;
            c.program = PROGRAM.code();
            c.service = service;
            c.state = state;
            c.created = created;
            c.data = JsonText.write(data);
            em.persist(c);
            return null;
        });
    }

    @AfterEach
    void close() {
        db.close();
    }
}
