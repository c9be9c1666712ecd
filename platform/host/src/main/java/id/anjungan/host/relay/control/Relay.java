package id.anjungan.host.relay.control;

import id.anjungan.host.config.KioskIdentity;
import id.anjungan.host.config.Setting;
import id.anjungan.host.config.Settings;
import id.anjungan.host.outbox.control.Outbox;
import id.anjungan.host.privacy.Masking;
import id.anjungan.host.sync.CaseSnapshot;
import id.anjungan.host.sync.BytesMessageStream;
import id.anjungan.host.sync.DesiredModules;
import id.anjungan.host.sync.KelurahanPrograms;
import id.anjungan.host.sync.ProgramsReleased;
import id.anjungan.host.sync.KioskStatus;
import id.anjungan.host.sync.Outcome;
import id.anjungan.host.sync.SyncJson;
import id.anjungan.host.sync.SyncProtocol;
import id.anjungan.host.threads.Threads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Forwards the outbox and the audit chain to the city's broker and applies the city's outcomes, on a thread of its
 * own: a {@code send()} may block while the broker fails over, which no request may wait for. The kiosk starts and
 * files cases whether or not the city answers; an unreachable broker is tried again, every few seconds.
 */
@ApplicationScoped
public class Relay {

    private static final Logger LOG = Logger.getLogger(Relay.class.getName());
    static final long IDLE_MILLIS = 500;
    static final long MAX_PAUSE_MILLIS = 5_000;

    @Inject
    Outbox outbox;
    @Inject
    CaseDeliveries cases;
    @Inject
    AuditDeliveries audit;
    @Inject
    Outcomes outcomes;
    @Inject
    CityCaseStates caseStates;
    @Inject
    Threads threads;
    @Inject
    id.anjungan.host.rollout.control.DesiredState desiredModules;
    @Inject
    id.anjungan.host.rollout.control.Heartbeat heartbeat;
    @Inject
    SyncState syncState;
    @Inject
    id.anjungan.host.modules.control.CityPrograms programs;
    @Inject
    CityLists lists;

    String url;
    String kiosk;
    CityLink.AfterSend afterSend = message -> { };
    /** How often the kiosk asks the city for newer recipient lists, besides at every (re)connect. */
    long listCheckMillis = TimeUnit.MINUTES.toMillis(60);

    private ExecutorService thread;
    private volatile boolean running;
    private final Object pauses = new Object();
    private volatile CityLink link;
    private volatile boolean reachable;
    private volatile String lastProblem;
    private long nextListRequest;

    /** Starts relaying if this kiosk has a city broker; returns at once (the broker may well be unreachable). */
    public synchronized void start() {
        if (!outbox.enabled() || thread != null) {
            return;
        }
        if (url == null) { // read here, not when the bean is made: a wrong kiosk number is refused by the start
            url = Settings.value(Setting.CITY_BROKER_URL);
            kiosk = KioskIdentity.id();
            listCheckMillis = TimeUnit.MINUTES.toMillis(Math.max(1, Settings.number(Setting.CITY_LIST_CHECK_MINUTES)));
        }
        running = true;
        thread = threads.single("city-relay");
        thread.execute(this::run);
        LOG.info(() -> "Relaying to the city as " + kiosk);
    }

    /**
     * Stops the relay thread; a send in flight is abandoned and its rows stay unsent, to be sent again. The thread is
     * not interrupted unless it does not end: an interrupt inside a Derby call closes that connection.
     */
    public synchronized void stop() {
        if (thread == null) {
            disconnect(); // rounds run without the thread (tests) may have opened a link
            return;
        }
        running = false;
        synchronized (pauses) {
            pauses.notifyAll();
        }
        thread.shutdown();
        disconnect(); // unblocks a send or receive waiting on the broker
        try {
            if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
    }

    public boolean reachable() {
        CityLink current = link;
        return reachable && (current == null || current.connected());
    }

    /** Why the broker was last unreachable, for the admin; null while it is reachable. */
    public String lastProblem() {
        return lastProblem;
    }

    private void run() {
        try {
            lists.forgetOtherKelurahan(); // before the first request: it then asks for what a move made foreign
        } catch (RuntimeException e) {
            LOG.warning("Lists of another kelurahan not checked: " + e);
        }
        long pause = 250;
        while (running) {
            try {
                round();
                pause = 250;
            } catch (JMSException | JMSRuntimeException e) {
                if (!running) {
                    break;
                }
                reachable = false;
                lastProblem = e.getMessage();
                LOG.log(link == null ? Level.FINE : Level.WARNING, "City broker not reachable: {0}", e.getMessage());
                disconnect();
                pause(pause);
                pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
            } catch (RuntimeException e) { // the database: nothing is marked, all is tried again
                LOG.log(Level.WARNING, "Relay round failed, trying again", e);
                pause(MAX_PAUSE_MILLIS);
            }
        }
        disconnect();
    }

    /**
     * Sends what is due, then takes the city's messages (waiting for them only when nothing else is due), then asks for
     * newer recipient lists when that is due.
     */
    void round() throws JMSException {
        CityLink current = link;
        if (current == null) {
            current = CityLink.open(url, Settings.value(Setting.CITY_BROKER_USER),
                    Settings.value(Setting.CITY_BROKER_PASSWORD), kiosk, afterSend);
            link = current;
            nextListRequest = System.currentTimeMillis(); // lists published while this kiosk was away
        }
        int sent = cases.deliver(current, kiosk) + audit.deliver(current, kiosk);
        reachable = true;
        lastProblem = null;
        if (heartbeat.due()) {
            Optional<KioskStatus> status = heartbeat.now(kiosk, syncState.now());
            if (status.isPresent()) {
                current.sendText(SyncProtocol.KIND_STATUS, status.get().sentAt(), SyncJson.write(status.get()));
            }
        }
        receive(current, sent > 0 ? 1 : IDLE_MILLIS);
        askForLists(current); // after taking what waited: a list queued while away need not be asked for again
    }

    /** Asks the city for lists newer than those held, when due. */
    private void askForLists(CityLink current) throws JMSException {
        long now = System.currentTimeMillis();
        if (now < nextListRequest) {
            return;
        }
        // a key of its own each time: the broker must not drop a later request as a duplicate of this one
        current.sendText(SyncProtocol.KIND_LIST_REQUEST, String.valueOf(now), SyncJson.write(lists.request(kiosk)));
        nextListRequest = now + listCheckMillis;
    }

    private void receive(CityLink current, long wait) throws JMSException {
        for (Message message = current.receive(wait); message != null; message = current.receive(1)) {
            try {
                String kind = message.getStringProperty(SyncProtocol.KIND);
                String addressed = message.getStringProperty(SyncProtocol.KIOSK);
                if (addressed != null && !addressed.equals(kiosk)) {
                    // misrouted (a city fault, or moved by hand between queues): another kiosk's modules, programs
                    // or lists must not change this one
                    LOG.warning(() -> "A city message for another kiosk (" + printable(addressed) + ") reached kiosk "
                            + kiosk + ", dropped");
                } else if (message instanceof TextMessage text && (kind == null || SyncProtocol.KIND_OUTCOME.equals(kind))) {
                    outcomes.apply(SyncJson.read(text.getText(), Outcome.class));
                } else if (message instanceof TextMessage text && SyncProtocol.KIND_CASE_STATE.equals(kind)) {
                    caseStates.apply(SyncJson.read(text.getText(), CaseSnapshot.class));
                } else if (message instanceof TextMessage text && SyncProtocol.KIND_PROGRAMS.equals(kind)) {
                    KelurahanPrograms set = SyncJson.read(text.getText(), KelurahanPrograms.class);
                    programs.apply(set.kelurahan(), set.programs(), set.revision());
                } else if (message instanceof TextMessage text && SyncProtocol.KIND_PROGRAMS_RELEASED.equals(kind)) {
                    ProgramsReleased released = SyncJson.read(text.getText(), ProgramsReleased.class);
                    programs.release(released.kelurahan(), released.revision());
                } else if (message instanceof TextMessage text && SyncProtocol.KIND_DESIRED_MODULES.equals(kind)) {
                    desiredModules.desire(SyncJson.read(text.getText(), DesiredModules.class));
                } else if (message instanceof BytesMessage jar && SyncProtocol.KIND_MODULE_JAR.equals(kind)) {
                    keepJar(jar);
                } else if (SyncProtocol.KIND_RECIPIENT_LIST.equals(kind)) {
                    lists.apply(message);
                } else {
                    LOG.warning(() -> "A city message of kind " + printable(String.valueOf(kind))
                            + " this kiosk does not know, dropped");
                }
            } catch (IllegalArgumentException unreadable) { // a poison message would block every later one
                LOG.warning(() -> "A city message not understood, dropped: " + unreadable.getMessage());
            } catch (RuntimeException e) {
                current.recover(); // the database: the outcome comes again
                throw e;
            }
            message.acknowledge();
        }
    }

    /** A property as the log may show it: a kiosk id's characters only, short, and no resident's number. */
    static String printable(String property) {
        String ascii = property.replaceAll("[^A-Za-z0-9-]", "?");
        return Masking.scrub(ascii.length() > 40 ? ascii.substring(0, 40) + "…" : ascii);
    }

    /** A module jar the city sends ahead of the desired state naming it; refused ones are logged and dropped. */
    private void keepJar(BytesMessage jar) throws JMSException {
        try {
            desiredModules.keepJar(jar.getStringProperty(SyncProtocol.SHA256), new BytesMessageStream(jar));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // the disk: the jar comes again
        }
    }

    /** Waits before the next try; a stop ends the wait. */
    private void pause(long millis) {
        synchronized (pauses) {
            try {
                if (running) {
                    pauses.wait(millis);
                }
            } catch (InterruptedException e) {
                running = false;
                Thread.currentThread().interrupt();
            }
        }
    }

    void disconnect() {
        CityLink current = link;
        link = null;
        if (current != null) {
            current.close();
        }
    }
}
