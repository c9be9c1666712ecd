package id.anjungan.host.city.control;

import id.anjungan.host.city.entity.KelurahanPrograms;
import id.anjungan.host.downlink.control.Downlink;
import id.anjungan.host.downlink.entity.DownlinkRow;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.sync.CaseSnapshot;
import id.anjungan.host.sync.SyncJson;
import id.anjungan.host.sync.SyncProtocol;
import id.anjungan.host.threads.Threads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Sends what the city owes its kiosks ({@link Downlink}), on a thread of each city node: claims the due rows of one
 * subject, sends the subject's newest state to the kiosk's durable queue ({@link ToKiosks}: stored at the broker when
 * the send returns), then marks the rows sent. Two nodes never both claim a row; a row of a node that died after the
 * commit of the step is sent by any node, one claimed by a node that died before the send once its lease ends. A
 * message sent twice (a node died between the send and the mark) carries the same duplicate id, and the kiosk compares
 * states.
 */
@ApplicationScoped
public class DownlinkSender {

    private static final Logger LOG = Logger.getLogger(DownlinkSender.class.getName());
    static final int BATCH = 100;
    private static final long IDLE_MILLIS = 500;
    private static final long RECONNECT_MILLIS = 1000;

    @Inject
    Downlink downlink;
    @Inject
    Database db;
    @Inject
    Threads threads;
    @Inject
    ToKiosks kiosks;
    @Inject
    ProgramsPerKelurahan programs;

    /** This node's name on its claims. */
    final String node = "node-" + UUID.randomUUID();
    Duration lease = Duration.ofSeconds(30);
    /** Runs after the claims and before the send (tests: a node killed in between). */
    volatile Runnable afterClaim = () -> { };

    private volatile boolean running;
    private ExecutorService thread;
    private final AtomicLong sent = new AtomicLong();

    /** Starts sending on a city node with a broker; nothing elsewhere. */
    public synchronized void start() {
        if (CityConsumers.enabled()) {
            lease = Downlink.lease();
            running = true;
            thread = threads.single("city-downlink");
            thread.execute(this::run);
        }
    }

    /** Starts sending through {@code kiosks} (tests); returns at once, connected or not. */
    synchronized void start(ToKiosks through) {
        kiosks = through;
        running = true;
        thread = threads.single("city-downlink");
        thread.execute(this::run);
    }

    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.shutdownNow();
            thread = null;
        }
    }

    /** Messages sent since the start. */
    public long sent() {
        return sent.get();
    }

    private void run() {
        while (running && !Thread.currentThread().isInterrupted()) {
            try {
                if (round() == 0) {
                    pause(IDLE_MILLIS);
                }
            } catch (JMSException | JMSRuntimeException e) {
                if (running) {
                    LOG.fine(() -> "City broker not reachable for the downlink, trying again: " + e.getMessage());
                    pause(RECONNECT_MILLIS);
                }
            } catch (RuntimeException e) { // the database: nothing was marked, all is tried again
                if (running) {
                    LOG.warning(() -> "Downlink round failed, trying again: " + e);
                    pause(RECONNECT_MILLIS);
                }
            }
        }
    }

    /** Sends the due subjects this node could claim; returns how many messages went. */
    int round() throws JMSException {
        Map<String, List<DownlinkRow>> subjects = new LinkedHashMap<>();
        for (DownlinkRow row : downlink.due(BATCH)) {
            subjects.computeIfAbsent(row.kiosk + " " + row.kind + " " + row.subject, k -> new ArrayList<>()).add(row);
        }
        int count = 0;
        for (List<DownlinkRow> rows : subjects.values()) {
            List<Long> claimed = rows.stream().map(r -> r.id).filter(id -> downlink.claim(id, node, lease)).toList();
            if (claimed.isEmpty()) {
                continue; // another node has them
            }
            afterClaim.run();
            try {
                count += send(rows.get(0)) ? 1 : 0;
            } catch (JMSException | JMSRuntimeException e) {
                downlink.released(claimed, node);
                throw e;
            }
            downlink.sent(claimed);
        }
        return count;
    }

    private boolean send(DownlinkRow row) throws JMSException {
        if (Downlink.PROGRAMS.equals(row.kind)) {
            return sendPrograms(row);
        }
        if (!Downlink.CASE_STATE.equals(row.kind)) {
            LOG.warning(() -> "A downlink row of kind " + row.kind + " this node does not send, marked sent");
            return false;
        }
        Optional<CaseSnapshot> state = db.read(em -> CaseStates.of(em, row.subject));
        if (state.isEmpty()) {
            LOG.warning(() -> "Downlink names case " + row.subject + ", which is not a kiosk's case here");
            return false;
        }
        kiosks.sendText(row.kiosk, SyncProtocol.KIND_CASE_STATE, CaseStates.key(state.get()),
                SyncJson.write(state.get()));
        sent.incrementAndGet();
        return true;
    }

    /**
     * The kelurahan's programs, or its hand-back, as they are now; nothing when the kiosk was moved to another kelurahan
     * since.
     */
    private boolean sendPrograms(DownlinkRow row) throws JMSException {
        Optional<KelurahanPrograms> now = db.read(em -> programs.forKiosk(em, row.kiosk, row.subject));
        if (now.isEmpty()) {
            LOG.info(() -> "Kiosk " + row.kiosk + " no longer stands in " + row.subject + ", its programs not sent");
            return false;
        }
        kiosks.sendText(row.kiosk, ProgramsPerKelurahan.kind(now.get()), ProgramsPerKelurahan.key(now.get(),
                row.kiosk), SyncJson.write(ProgramsPerKelurahan.body(now.get())));
        sent.incrementAndGet();
        return true;
    }

    private void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
