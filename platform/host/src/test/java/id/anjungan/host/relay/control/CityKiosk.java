package id.anjungan.host.relay.control;

import id.anjungan.host.attachments.entity.AttachmentRow;
import id.anjungan.host.audit.control.HashChainedAudit;
import id.anjungan.host.audit.control.TestAudit;
import id.anjungan.host.cases.control.TestIntake;
import id.anjungan.host.counters.control.TestCounters;
import id.anjungan.host.outbox.control.Outbox;
import id.anjungan.host.outbox.control.TestOutbox;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.persistence.TestDatabase;
import id.anjungan.host.modules.control.ModuleManager;
import id.anjungan.host.modules.control.TestCityPrograms;
import id.anjungan.host.platform.control.ConfiguredKelurahan;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.rollout.control.DesiredState;
import id.anjungan.host.rollout.control.TestRollouts;
import id.anjungan.host.recipients.control.TestRecipientImport;
import id.anjungan.host.threads.Threads;
import id.anjungan.spi.platform.KioskClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.UUID;
import jakarta.inject.Provider;

/** A kiosk on Derby in the test JVM with its outbox and relay parts, its clock movable. */
final class CityKiosk implements AutoCloseable {

    static final String KIOSK = "K0042";

    /** The kiosk's clock, moved forward by tests. */
    static final class MovableClock implements KioskClock {
        volatile Duration ahead = Duration.ZERO;

        @Override
        public Instant now() {
            return Instant.now().plus(ahead);
        }

        @Override
        public ZoneId zone() {
            return ZoneId.of("Asia/Jakarta");
        }
    }

    final Path dir;
    final Database db;
    final MovableClock clock = new MovableClock();
    final Threads threads = Threads.plain();
    final HashChainedAudit audit;
    final Outbox outbox;
    final TestIntake intake;
    /** The kiosk's modules: none unless a test plugs in a module manager. */
    volatile Provider<ModuleManager> modules = () -> {
        throw Problem.of(503, "starting", "Anjungan sedang dimulai", "Kiosk is starting", "-", "-");
    };
    /** The desired module state the city sends, reconciled through {@link #modules}. */
    final DesiredState desired;

    CityKiosk(Path dir, boolean relays) {
        this.dir = dir;
        db = TestDatabase.open(dir);
        audit = TestAudit.on(db, clock, threads);
        outbox = TestOutbox.on(db, clock, relays, 7);
        intake = new TestIntake(db, clock, audit, TestCounters.on(db), outbox);
        desired = TestRollouts.desiredState(db, clock, threads, dir.resolve("module-incoming"), () -> modules.get());
    }

    /** A relay of this kiosk to the broker at {@code url}, not started: tests run its rounds themselves. */
    Relay relay(String url) {
        Snapshots snapshots = new Snapshots();
        snapshots.db = db;
        snapshots.kelurahan = new ConfiguredKelurahan();
        CaseDeliveries cases = new CaseDeliveries();
        cases.outbox = outbox;
        cases.snapshots = snapshots;
        cases.db = db;
        cases.clock = clock;
        AuditDeliveries audits = new AuditDeliveries();
        audits.outbox = outbox;
        audits.db = db;
        Outcomes outcomes = new Outcomes();
        outcomes.db = db;
        outcomes.cases = intake.cases;
        outcomes.clock = clock;
        CityCaseStates caseStates = new CityCaseStates();
        caseStates.db = db;
        caseStates.clock = clock;
        Relay relay = new Relay();
        relay.lists = lists();
        relay.caseStates = caseStates;
        relay.outbox = outbox;
        relay.cases = cases;
        relay.audit = audits;
        relay.outcomes = outcomes;
        relay.threads = threads;
        relay.url = url;
        relay.kiosk = KIOSK;
        relay.desiredModules = desired;
        relay.programs = TestCityPrograms.on(db, clock, () -> modules.get());
        relay.heartbeat = TestRollouts.heartbeat(desired, clock, () -> modules.get(), java.time.Duration.ofSeconds(30));
        SyncState sync = new SyncState();
        sync.outbox = outbox;
        sync.relay = relay;
        sync.audit = audits;
        sync.clock = clock;
        relay.syncState = sync;
        return relay;
    }

    /** The recipient lists from the city, loaded into this kiosk (kelurahan Miroto). */
    CityLists lists() {
        CityLists lists = new CityLists();
        lists.db = db;
        lists.clock = clock;
        lists.imports = TestRecipientImport.on(db, clock, threads, dir.resolve("imports"));
        lists.kelurahan = "Miroto";
        lists.kelurahanRows = TestRecipientImport.kelurahanRows(db);
        return lists;
    }

    /** An attachment of {@code size} random bytes, stored as the kiosk stores uploads. */
    AttachmentRow attachment(int size) throws IOException {
        byte[] bytes = new byte[size];
        new java.util.Random(size).nextBytes(bytes);
        AttachmentRow row = new AttachmentRow();
        row.id = UUID.randomUUID().toString();
        row.contentType = "image/jpeg";
        row.size = size;
        row.sha256 = sha256(bytes);
        row.path = Files.write(Files.createDirectories(dir.resolve("attachments")).resolve(row.id), bytes).toString();
        row.created = clock.now();
        db.tx(em -> {
            em.persist(row);
            return null;
        });
        return row;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    long unsent() {
        return outbox.backlog().queued();
    }

    @Override
    public void close() {
        threads.close();
        audit.flush();
        db.close();
    }
}
