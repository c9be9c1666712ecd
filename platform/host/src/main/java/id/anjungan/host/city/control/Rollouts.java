package id.anjungan.host.city.control;

import id.anjungan.host.city.entity.ModuleJarRow;
import id.anjungan.host.city.entity.Rollout;
import id.anjungan.host.city.entity.RolloutKiosk;
import id.anjungan.host.config.Setting;
import id.anjungan.host.config.Settings;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.sync.DesiredModules;
import id.anjungan.host.sync.KioskStatus;
import id.anjungan.host.sync.SyncJson;
import id.anjungan.host.sync.SyncProtocol;
import id.anjungan.host.threads.Threads;
import id.anjungan.spi.platform.KioskClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Moves module rollouts ring by ring, as hawkBit moves rollout groups. A ring starts with every kiosk it takes sent the
 * new version; it is done once all of them have reported it UP for {@code ANJUNGAN_ROLLOUT_HEALTHY_SECONDS}, and the
 * next ring starts. A kiosk reporting the new version DOWN, or that it could not install it, fails; more failed kiosks
 * in a ring than the rollout's error threshold (0 unless set) halt the rollout and send that ring's kiosks back to the
 * version each ran before. Every city node runs the controller: a step locks its rollout's row, decides from the
 * database alone and sends what follows from it under duplicate ids that a second sender repeats exactly, so a node
 * killed mid-step leaves the next node (or its own restart) to carry on.
 */
@ApplicationScoped
public class Rollouts {

    private static final Logger LOG = Logger.getLogger(Rollouts.class.getName());
    /** Revisions per rollout: a kiosk's desired state moves forward ({@code id*STEP+1}), then perhaps back ({@code +2}). */
    static final long STEP = 1000;

    @Inject
    Database db;
    @Inject
    RolloutRings rings;
    @Inject
    KioskStatuses statuses;
    @Inject
    ModuleStore store;
    @Inject
    ToKiosks kiosks;
    @Inject
    KioskClock clock;
    @Inject
    Threads threads;

    Duration healthy;
    Duration resendAfter;
    private ScheduledExecutorService ticking;

    /** Moves the rollouts every few seconds, on a city node with a broker. */
    public synchronized void start() {
        if (CityConsumers.enabled() && ticking == null) {
            ticking = threads.scheduled("city-rollouts");
            ticking.scheduleWithFixedDelay(this::tickQuietly, 2, 2, TimeUnit.SECONDS);
        }
    }

    public synchronized void stop() {
        if (ticking != null) {
            ticking.shutdownNow();
            ticking = null;
        }
        kiosks.close();
    }

    private void tickQuietly() {
        try {
            tick();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Rollout step failed, tried again shortly", e);
        }
    }

    /** Starts rolling the stored jar out, from the first ring. */
    public Rollout start(String sha256, Integer errorThreshold, String by) {
        ModuleJarRow jar = store.of(sha256).orElseThrow(() -> Problem.notFound("Modul " + sha256, "Module " + sha256));
        int threshold = errorThreshold == null ? 0 : errorThreshold;
        if (threshold < 0 || threshold > 1000) {
            throw Problem.of(422, "invalid-threshold", "Ambang galat tidak sah", "Invalid error threshold",
                    "Ambang galat adalah jumlah anjungan gagal yang masih diterima per cincin, 0 sampai 1000.",
                    "The error threshold is the number of failed kiosks a ring may have, 0 to 1000.");
        }
        return db.txRetrying(em -> {
            if (rings.count(em) == 0) {
                throw Problem.of(409, "no-rings", "Cincin belum ditentukan", "No rings configured",
                        "Tentukan cincin peluncuran lebih dulu.", "Configure the rollout rings first.");
            }
            if (!em.createQuery("select r.id from Rollout r where r.code = :c and r.state = :s", Long.class)
                    .setParameter("c", jar.code).setParameter("s", Rollout.RUNNING).getResultList().isEmpty()) {
                throw Problem.of(409, "rollout-running", "Peluncuran sedang berjalan", "A rollout is running",
                        "Modul " + jar.code + " sedang diluncurkan; tunggu sampai selesai atau berhenti.",
                        "Module " + jar.code + " is being rolled out; wait until it finishes or halts.");
            }
            Rollout r = new Rollout();
            r.id = Optional.ofNullable(em.createQuery("select max(r.id) from Rollout r", Long.class)
                    .getSingleResult()).orElse(0L) + 1;
            r.code = jar.code;
            r.sha256 = jar.sha256;
            r.version = jar.version;
            r.state = Rollout.RUNNING;
            r.ring = 0;
            r.errorThreshold = threshold;
            r.created = clock.now();
            r.createdBy = by;
            em.persist(r);
            return r;
        });
    }

    /** One step of every live rollout: judged, moved, and what it asks for sent. */
    public void tick() {
        List<Long> live = db.read(em -> em.createQuery("select r.id from Rollout r where r.state = :run or (r.state"
                + " = :halt and not exists (select n.id from Rollout n where n.code = r.code and n.id > r.id))"
                + " order by r.id", Long.class).setParameter("run", Rollout.RUNNING)
                .setParameter("halt", Rollout.HALTED).getResultList());
        for (long id : live) {
            List<Send> sends = db.txRetrying(em -> step(em, id));
            for (Send send : sends) {
                try {
                    send(send);
                } catch (JMSException | RuntimeException e) {
                    LOG.info(() -> "Desired modules for " + send.kiosk + " not sent, sent again later: " + e);
                    break;
                }
                db.txRetrying(em -> {
                    RolloutKiosk m = em.find(RolloutKiosk.class, send.member);
                    if (m.revision == send.desired.revision() && m.sends == send.sends) {
                        m.sent = clock.now();
                        m.sends++;
                    }
                    return null;
                });
            }
        }
    }

    /** A desired state to send: the same member, revision and count make the same duplicate ids on every node. */
    private record Send(String member, String kiosk, int sends, DesiredModules.Module desired) {
    }

    private List<Send> step(EntityManager em, long id) {
        Rollout r = em.find(Rollout.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (r == null || Rollout.FINISHED.equals(r.state)) {
            return List.of();
        }
        Instant now = clock.now();
        Map<String, KioskStatuses.Reported> heard = statuses.all(em);
        List<RolloutKiosk> members = new ArrayList<>(members(em, id));
        if (Rollout.RUNNING.equals(r.state)) {
            members.forEach(m -> RolloutJudgement.judge(r, m, heard.get(m.kiosk)));
            RolloutJudgement.haltOnFailures(r, members, now);
        }
        if (Rollout.RUNNING.equals(r.state)) {
            advance(em, r, members, heard, now);
        }
        List<Send> sends = new ArrayList<>();
        for (RolloutKiosk m : members) {
            DesiredModules.Module desired = RolloutJudgement.desired(r, m);
            if (m.sent == null || resendDue(m, desired, heard.get(m.kiosk))) {
                sends.add(new Send(m.id, m.kiosk, m.sends, desired));
            }
        }
        return sends;
    }

    /** A kiosk that reported after the last send plus a while and has still not reached the state sent. */
    private boolean resendDue(RolloutKiosk m, DesiredModules.Module desired, KioskStatuses.Reported reported) {
        if (reported == null || !reported.sent().isAfter(m.sent.plus(resendAfter()))) {
            return false;
        }
        Optional<KioskStatus.Module> module = reported.module(desired.code());
        boolean reached = module.map(KioskStatus.Module::version).map(v -> v.equals(desired.version()))
                .orElse(desired.version() == null);
        boolean refused = module.map(KioskStatus.Module::failedRevision).map(f -> f == m.revision).orElse(false);
        return !reached && !refused;
    }

    /** Starts the current ring, or moves on once all its kiosks have run the version UP long enough. */
    private void advance(EntityManager em, Rollout r, List<RolloutKiosk> members,
                         Map<String, KioskStatuses.Reported> heard, Instant now) {
        int ringCount = rings.count(em);
        while (true) {
            int position = r.ring;
            List<RolloutKiosk> ring = members.stream().filter(m -> m.ring == position).toList();
            if (ring.isEmpty()) {
                if (position >= ringCount) {
                    r.state = Rollout.FINISHED;
                    r.ended = now;
                    LOG.info(() -> "Rollout " + r.id + " of " + r.code + " " + r.version + " finished");
                    return;
                }
                List<String> taken = members.stream().map(m -> m.kiosk).toList();
                List<String> ids = rings.members(em, position).stream().filter(k -> !taken.contains(k)).toList();
                if (ids.isEmpty()) {
                    r.ring++;
                    continue;
                }
                for (String kiosk : ids) {
                    RolloutKiosk m = new RolloutKiosk();
                    m.id = r.id + ":" + kiosk;
                    m.rollout = r.id;
                    m.kiosk = kiosk;
                    m.ring = position;
                    KioskStatuses.Reported reported = heard.get(kiosk);
                    m.beforeVersion = reported == null ? null : reported.module(r.code)
                            .map(KioskStatus.Module::version).orElse(null);
                    m.state = RolloutKiosk.RUNNING;
                    m.revision = r.id * STEP + 1;
                    em.persist(m);
                    RolloutJudgement.judge(r, m, reported);
                    members.add(m);
                }
                r.ringHealthySince = null;
                LOG.info(() -> "Rollout " + r.id + " of " + r.code + " " + r.version + ": ring " + position + " "
                        + ids);
                return;
            }
            // FAILED ones are within the error threshold here: the step halted on more
            if (ring.stream().allMatch(m -> RolloutKiosk.DONE.equals(m.state) || RolloutKiosk.FAILED.equals(m.state))
                    && ring.stream().anyMatch(m -> RolloutKiosk.DONE.equals(m.state))) {
                if (r.ringHealthySince == null) {
                    r.ringHealthySince = now;
                }
                if (now.isBefore(r.ringHealthySince.plus(healthy()))) {
                    return;
                }
                r.ring++;
                r.ringHealthySince = null;
            } else {
                r.ringHealthySince = null;
                return;
            }
        }
    }

    static List<RolloutKiosk> members(EntityManager em, long id) {
        return em.createQuery("select m from RolloutKiosk m where m.rollout = :r order by m.ring, m.kiosk",
                RolloutKiosk.class).setParameter("r", id).getResultList();
    }

    private void send(Send send) throws JMSException {
        DesiredModules.Module desired = send.desired;
        String key = send.kiosk + ":" + desired.code() + ":" + desired.revision() + ":" + send.sends;
        if (desired.sha256() != null) { // the jar first, on the same queue: the kiosk has it when the state names it
            byte[] jar = store.bytes(desired.sha256()).orElseThrow();
            kiosks.sendBytes(send.kiosk, SyncProtocol.KIND_MODULE_JAR, key, desired.sha256(), jar);
        }
        kiosks.sendText(send.kiosk, SyncProtocol.KIND_DESIRED_MODULES, key,
                SyncJson.write(new DesiredModules(send.kiosk, List.of(desired))));
    }

    private Duration healthy() {
        return healthy != null ? healthy : Duration.ofSeconds(Settings.number(Setting.ROLLOUT_HEALTHY_SECONDS));
    }

    /** Twice the heartbeat and at least a minute: a kiosk still working through its queue is not sent it again. */
    private Duration resendAfter() {
        return resendAfter != null ? resendAfter
                : Duration.ofSeconds(Math.max(60, 2L * Settings.number(Setting.CITY_STATUS_SECONDS)));
    }
}
