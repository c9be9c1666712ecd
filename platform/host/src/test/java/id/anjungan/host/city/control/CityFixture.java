package id.anjungan.host.city.control;

import id.anjungan.host.attachments.control.TestAttachments;
import id.anjungan.host.audit.control.HashChainedAudit;
import id.anjungan.host.audit.control.TestAudits;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.persistence.TestDatabase;
import id.anjungan.host.platform.control.SystemClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;

/** A city node's apply path on a test database: Derby in a folder, or PostgreSQL emptied first. */
public final class CityFixture implements AutoCloseable {

    public final Database db;
    public final HashChainedAudit audit;
    public final CityInbox inbox = new CityInbox();
    /** The inbox's record of outcomes sent, for the consumers. */
    public final SentOutcomes sent = new SentOutcomes();
    public final SystemClock clock = new SystemClock();
    /** Each kiosk's newest heartbeat, as the inbox keeps it. */
    public final KioskStatuses statuses = new KioskStatuses();

    private CityFixture(Path home, Database db) {
        System.setProperty("anjungan.home", home.toString()); // the attachment store
        this.db = db;
        audit = TestAudits.open(db, clock);
        CityClaims claims = new CityClaims();
        claims.clock = clock;
        CaseSnapshots cases = new CaseSnapshots();
        cases.audit = audit;
        cases.claims = claims;
        OriginAudits audits = new OriginAudits();
        audits.audit = audit;
        inbox.db = db;
        inbox.clock = clock;
        inbox.attachments = TestAttachments.open(db, clock);
        inbox.cases = cases;
        inbox.audits = audits;
        sent.db = db;
        sent.clock = clock;
        inbox.sent = sent;
        inbox.statuses = statuses;
        inbox.lists = new ListDistribution(); // not started: a list request is only logged
    }

    public CityClaims claims() {
        return inbox.cases.claims;
    }

    public OriginAudits audits() {
        return inbox.audits;
    }

    public static CityFixture derby(Path dir) {
        return new CityFixture(dir, TestDatabase.open(dir));
    }

    /** PostgreSQL at {@code url} (a test's own database: its schema is dropped first). */
    /** On the database of {@code url}, as ./test's user {@code anjungan} unless the URL names one (user=…). */
    public static CityFixture postgres(Path dir, String url) throws Exception {
        boolean named = url.contains("user=");
        String user = named ? null : "anjungan";
        try (Connection c = named ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, user);
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        Database db = new Database();
        db.open(named ? Map.of("jakarta.persistence.jdbc.url", url) : Map.of("jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", user, "jakarta.persistence.jdbc.password", user));
        return new CityFixture(dir, db);
    }

    public long count(String table) {
        return db.read(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table).getSingleResult())
                .longValue());
    }

    @Override
    public void close() {
        audit.flush();
        db.close();
    }
}
