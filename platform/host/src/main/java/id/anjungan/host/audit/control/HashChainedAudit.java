package id.anjungan.host.audit.control;

import id.anjungan.host.audit.entity.AuditRow;
import id.anjungan.host.privacy.Masking;
import id.anjungan.host.ledger.control.HashChain;
import id.anjungan.host.ledger.entity.ChainHead;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.persistence.OpenStatements;
import id.anjungan.host.osgi.PlatformService;
import id.anjungan.host.threads.Threads;
import id.anjungan.spi.Actor;
import id.anjungan.spi.platform.AuditLog;
import id.anjungan.spi.platform.KioskClock;
import id.anjungan.spi.platform.Verification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/** The audit log as a hash chain: altering, deleting or reordering any entry breaks {@link #verify()}. */
@ApplicationScoped
public class HashChainedAudit implements AuditLog, PlatformService {

    static final String CHAIN = "audit";

    @Inject
    Database db;
    @Inject
    KioskClock clock;
    @Inject
    Threads threads;

    @Override
    public Class<?> serviceType() {
        return AuditLog.class;
    }

    /** An entry waiting to be chained. */
    private record Pending(java.time.Instant at, String actor, String action, String subject, String detail,
                           String subjectKey) {
    }

    private final java.util.concurrent.BlockingQueue<Pending> queue = new java.util.concurrent.LinkedBlockingQueue<>();
    private final java.util.concurrent.atomic.AtomicLong queued = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong written = new java.util.concurrent.atomic.AtomicLong();
    private java.util.concurrent.ExecutorService writer;
    private static final long LINGER_NANOS = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(20);
    private volatile SubjectKeys keys;

    /**
     * Queues the entry; one writer chains queued entries in batches, so that reads of personal data from many
     * kiosks do not wait in line for the chain's lock. An entry queued here is lost if the process is killed within
     * the batch's 20 ms: for the reads it records (status lookups, staff views of a case, attachments, receipts) and
     * for modules' own entries, which the SPI keeps asynchronous. Platform actions use {@link #record(EntityManager,
     * Actor, String, String, String, String)} or {@link #recordNow}.
     */
    @Override
    public void record(Actor actor, String action, String subject, String detail) {
        record(actor, action, subject, detail, null);
    }

    /** {@link #record(Actor, String, String, String)} about the person with NIK {@code subjectNik}. */
    public void record(Actor actor, String action, String subject, String detail, String subjectNik) {
        startWriter();
        queue.add(pending(actor, action, subject, detail, subjectNik));
        queued.incrementAndGet();
    }

    /**
     * Chains the entry in the caller's transaction: it commits with the action it records, or neither does. The
     * chain's head stays locked until that transaction ends, so the caller records last, just before it commits.
     */
    public void record(EntityManager em, Actor actor, String action, String subject, String detail,
                       String subjectNik) {
        ChainHead head = HashChain.lock(db, em, CHAIN);
        em.persist(chain(head, pending(actor, action, subject, detail, subjectNik)));
    }

    /** Chains the entry in a transaction of its own and returns once it is committed: before an action is answered. */
    public void recordNow(Actor actor, String action, String subject, String detail) {
        db.txRetrying(em -> {
            record(em, actor, action, subject, detail, null);
            return null;
        });
    }

    private Pending pending(Actor actor, String action, String subject, String detail, String subjectNik) {
        String nik = subjectNik != null ? subjectNik : firstNik(subject, detail, actor.onBehalfOfNik());
        return new Pending(HashChain.stamp(clock.now()), clip(describe(actor), 300), clip(action, 80), clip(Masking.scrub(subject), 300),
                clip(Masking.scrub(detail), 2000), keys().of(nik));
    }

    /** Cut to its column: an entry too long for it would fail the action it records, or stall the writer's batch. */
    static String clip(String text, int column) {
        return text == null || text.length() <= column ? text : text.substring(0, column - 1) + "…";
    }

    private static final java.util.regex.Pattern NIK = java.util.regex.Pattern.compile("(?<!\\d)\\d{16}(?!\\d)");

    /** A NIK a module wrote in full into the entry (it is scrubbed from the text), else the one acted for. */
    private static String firstNik(String subject, String detail, String onBehalfOf) {
        for (String text : new String[] {subject, detail}) {
            java.util.regex.Matcher m = text == null ? null : NIK.matcher(text);
            if (m != null && m.find()) {
                return m.group();
            }
        }
        return onBehalfOf;
    }

    SubjectKeys keys() {
        SubjectKeys k = keys;
        if (k == null) {
            synchronized (this) {
                if (keys == null) {
                    keys = SubjectKeys.configured();
                }
                k = keys;
            }
        }
        return k;
    }

    /** The key under which entries about {@code nik} are found. */
    public String keyOf(String nik) {
        return keys().of(nik);
    }

    void useKeys(SubjectKeys keys) {
        this.keys = keys;
    }

    /** The next row of the chain after {@code head}, which it advances. */
    private static AuditRow chain(ChainHead head, Pending p) {
        AuditRow row = new AuditRow();
        row.sequence = head.lastSequence + 1;
        row.recorded = p.at();
        row.actor = p.actor();
        row.action = p.action();
        row.subject = p.subject();
        row.detail = p.detail();
        row.subjectKey = p.subjectKey();
        row.hash = hash(head.lastHash, row);
        head.lastSequence = row.sequence;
        head.lastHash = row.hash;
        return row;
    }

    /** Waits until every queued entry is written (before verifying, and at shutdown). */
    public void flush() {
        long target = queued.get();
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (written.get() < target && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
        }
    }

    private synchronized void startWriter() {
        if (writer == null) {
            writer = threads.single("audit-writer");
            writer.execute(this::writeLoop);
        }
    }

    private void writeLoop() {
        java.util.List<Pending> batch = new java.util.ArrayList<>();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                batch.add(queue.take());
                gather(batch);
                append(batch);
                written.addAndGet(batch.size());
                batch.clear();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                java.util.logging.Logger.getLogger(HashChainedAudit.class.getName())
                        .warning("Audit entries not yet written, retrying: " + e);
                java.util.concurrent.locks.LockSupport.parkNanos(500_000_000L); // keep the batch and try again
            }
        }
    }

    /**
     * Adds what arrives within a moment: a transaction per status lookup (a few hundred a second at a busy office)
     * cost a fifth of the server's CPU, one per 20 ms costs next to nothing. It sleeps the moment out and then takes
     * what came: waiting on the queue instead woke the writer once per entry, a context switch per lookup on 2 cores.
     * Interrupted, it keeps what it has.
     */
    private void gather(java.util.List<Pending> batch) {
        long until = System.nanoTime() + LINGER_NANOS;
        for (long left = LINGER_NANOS; left > 0 && !Thread.currentThread().isInterrupted();
                left = until - System.nanoTime()) {
            java.util.concurrent.locks.LockSupport.parkNanos(left);
        }
        queue.drainTo(batch, 1000 - batch.size());
    }

    private void append(java.util.List<Pending> batch) {
        // one JDBC batch per gathered batch: persisting entity by entity cost more than the lookups they record
        db.txRetrying(em -> {
            ChainHead head = HashChain.lock(db, em, CHAIN);
            return Database.jdbc(em, c -> {
                java.sql.PreparedStatement insert = OpenStatements.of(c, "INSERT INTO audit_entry (seq_no, entry_ts,"
                        + " actor_name, action_name, subject, detail, subject_key, entry_hash)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                insert.clearBatch(); // a failed try of this batch may have left its rows
                for (Pending p : batch) {
                    AuditRow row = chain(head, p);
                    insert.setLong(1, row.sequence);
                    insert.setTimestamp(2, java.sql.Timestamp.from(row.recorded));
                    insert.setString(3, row.actor);
                    insert.setString(4, row.action);
                    insert.setString(5, row.subject);
                    insert.setString(6, row.detail);
                    insert.setString(7, row.subjectKey);
                    insert.setString(8, row.hash);
                    insert.addBatch();
                }
                insert.executeBatch();
                return null;
            });
        });
    }

    /** "PSM Sari (PSM) untuk 3374••••••••0003" */
    public static String describe(Actor actor) {
        String who = actor.displayName() + " (" + actor.role() + ")";
        return actor.onBehalfOfNik() == null ? who : who + " untuk " + Masking.mask(actor.onBehalfOfNik());
    }

    /** The action that opens a case; every case has one such entry, with its tracking number as the subject. */
    public static final String CASE_OPEN = "case-open";

    /**
     * Checks that the chain is intact (no entry altered, deleted or reordered) and complete: every case has the entry
     * that opened it.
     */
    public Verification verify() {
        flush();
        // the cases first, outside the chain's lock: a case commits with its opening entry, so every case read here
        // has its entry among the rows read next; read under the lock, Derby would deadlock verify with a case
        // opening (its row locked, waiting for the chain's head)
        List<String> cases = db.read(em -> em.createQuery("select c.tracking from CaseRow c", String.class)
                .getResultList());
        // the rows and the head under the chain's lock: an entry written between reading the one and the other (a
        // module retired in the background, another kiosk on a shared database) would look like a deleted entry
        record Snapshot(List<AuditRow> rows, ChainHead head) {
        }
        Snapshot snapshot = db.tx(em -> {
            ChainHead locked = HashChain.lock(db, em, CHAIN);
            return new Snapshot(em.createQuery("select a from AuditRow a order by a.sequence", AuditRow.class)
                    .getResultList(), locked);
        });
        List<AuditRow> rows = snapshot.rows();
        String previous = "";
        long expected = 1;
        java.util.Set<String> opened = new java.util.HashSet<>();
        for (AuditRow row : rows) {
            if (row.sequence != expected) {
                return new Verification(false, rows.size(), expected, "entry " + expected + " is missing or out of order");
            }
            if (!hash(previous, row).equals(row.hash)) {
                return new Verification(false, rows.size(), expected, "entry " + expected + " was altered");
            }
            if (CASE_OPEN.equals(row.action)) {
                opened.add(row.subject);
            }
            previous = row.hash;
            expected++;
        }
        ChainHead head = snapshot.head();
        if (head.lastSequence != rows.size() || !previous.equals(head.lastHash == null ? "" : head.lastHash)) {
            return new Verification(false, rows.size(), expected, "entries after " + rows.size() + " were deleted");
        }
        List<String> unaudited = cases.stream().filter(t -> !opened.contains(t)).sorted().toList();
        if (!unaudited.isEmpty()) {
            return new Verification(false, rows.size(), 0, unaudited.size() + " case(s) without the entry that opened"
                    + " them: " + String.join(", ", unaudited.subList(0, Math.min(20, unaudited.size())))
                    + (unaudited.size() > 20 ? ", …" : ""));
        }
        return new Verification(true, rows.size(), 0, null);
    }

    private static String hash(String previous, AuditRow row) {
        return hash(previous, row.sequence, row);
    }

    /** The hash of entry {@code sequence} after {@code previous}: also how the city checks each kiosk's chain. */
    public static String hash(String previous, long sequence, id.anjungan.host.audit.entity.ChainedEntry e) {
        return hash(previous, sequence, e.recorded, e.actor, e.action, e.subject, e.detail, e.subjectKey);
    }

    /** The hash of an entry after {@code previous}, from its fields (a kiosk's entry as it travels). */
    public static String hash(String previous, long sequence, java.time.Instant recorded, String actor, String action,
                              String subject, String detail, String subjectKey) {
        if (subjectKey == null) { // entries written before entries had keys keep their hash
            return HashChain.link(previous, sequence, recorded.toEpochMilli(), actor, action, subject, detail);
        }
        return HashChain.link(previous, sequence, recorded.toEpochMilli(), actor, action, subject, detail, subjectKey);
    }
}
