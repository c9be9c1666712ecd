package id.anjungan.host.audit.control;

import id.anjungan.host.audit.entity.AuditRow;
import id.anjungan.host.identity.control.Masking;
import id.anjungan.host.ledger.control.HashChain;
import id.anjungan.host.ledger.entity.ChainHead;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.persistence.OpenStatements;
import id.anjungan.host.runtime.control.PlatformService;
import id.anjungan.spi.Actor;
import id.anjungan.spi.platform.AuditLog;
import id.anjungan.spi.platform.KioskClock;
import id.anjungan.spi.platform.Verification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The audit log as a hash chain: altering, deleting or reordering any entry breaks {@link #verify()}. */
@ApplicationScoped
public class HashChainedAudit implements AuditLog, PlatformService {

    static final String CHAIN = "audit";

    @Inject
    Database db;
    @Inject
    KioskClock clock;

    @Override
    public Class<?> serviceType() {
        return AuditLog.class;
    }

    /** An entry waiting to be chained. */
    private record Pending(java.time.Instant at, String actor, String action, String subject, String detail) {
    }

    private final java.util.concurrent.BlockingQueue<Pending> queue = new java.util.concurrent.LinkedBlockingQueue<>();
    private final java.util.concurrent.atomic.AtomicLong queued = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong written = new java.util.concurrent.atomic.AtomicLong();
    private Thread writer;
    private static final long LINGER_NANOS = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(20);

    /**
     * Queues the entry; one writer chains queued entries in batches, so that reads of personal data from many
     * kiosks do not wait in line for the chain's lock.
     */
    @Override
    public void record(Actor actor, String action, String subject, String detail) {
        startWriter();
        queue.add(new Pending(clock.now(), describe(actor), action, Masking.scrub(subject), Masking.scrub(detail)));
        queued.incrementAndGet();
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
            writer = new Thread(this::writeLoop, "audit-writer");
            writer.setDaemon(true);
            writer.start();
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
                        + " actor_name, action_name, subject, detail, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?)");
                insert.clearBatch(); // a failed try of this batch may have left its rows
                for (Pending p : batch) {
                    AuditRow row = new AuditRow();
                    row.sequence = head.lastSequence + 1;
                    row.recorded = p.at();
                    row.actor = p.actor();
                    row.action = p.action();
                    row.subject = p.subject();
                    row.detail = p.detail();
                    row.hash = hash(head.lastHash, row);
                    insert.setLong(1, row.sequence);
                    insert.setTimestamp(2, java.sql.Timestamp.from(row.recorded));
                    insert.setString(3, row.actor);
                    insert.setString(4, row.action);
                    insert.setString(5, row.subject);
                    insert.setString(6, row.detail);
                    insert.setString(7, row.hash);
                    insert.addBatch();
                    head.lastSequence = row.sequence;
                    head.lastHash = row.hash;
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

    public Verification verify() {
        flush();
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
        for (AuditRow row : rows) {
            if (row.sequence != expected) {
                return new Verification(false, rows.size(), expected, "entry " + expected + " is missing or out of order");
            }
            if (!hash(previous, row).equals(row.hash)) {
                return new Verification(false, rows.size(), expected, "entry " + expected + " was altered");
            }
            previous = row.hash;
            expected++;
        }
        ChainHead head = snapshot.head();
        if (head.lastSequence != rows.size() || !previous.equals(head.lastHash == null ? "" : head.lastHash)) {
            return new Verification(false, rows.size(), expected, "entries after " + rows.size() + " were deleted");
        }
        return new Verification(true, rows.size(), 0, null);
    }

    private static String hash(String previous, AuditRow row) {
        return HashChain.link(previous, row.sequence, row.recorded.toEpochMilli(), row.actor, row.action, row.subject,
                row.detail);
    }
}
