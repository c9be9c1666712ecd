package id.anjungan.host.rollout.control;

import id.anjungan.host.config.Settings;
import id.anjungan.host.modules.control.CityPrograms;
import id.anjungan.host.modules.control.ModuleJar;
import id.anjungan.host.modules.control.ModuleManager;
import id.anjungan.host.modules.entity.ModuleView;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.rollout.entity.DesiredModule;
import id.anjungan.host.sync.DesiredModules;
import id.anjungan.host.threads.Threads;
import id.anjungan.spi.platform.KioskClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * A kiosk's side of a rollout: keeps the signed jars the city sends (checked against their hash and, as any module,
 * their signature: an unsigned jar is refused here too), keeps the newest desired state per module, and brings the
 * installed modules to it with the module manager's own install, update and rollback, on a thread of its own (a
 * module's start may take seconds; the relay thread carries on). A module it installs obeys the programs list the
 * city set for this kelurahan, when it set one. How far it got, or why not, goes into the heartbeat.
 */
@ApplicationScoped
public class DesiredState {

    private static final Logger LOG = Logger.getLogger(DesiredState.class.getName());
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    static final long MAX_JAR_BYTES = 50L * 1024 * 1024;

    @Inject
    Database db;
    @Inject
    Provider<ModuleManager> modules;
    @Inject
    KioskClock clock;
    @Inject
    Threads threads;
    @Inject
    CityPrograms programs;

    Path incoming;
    private ExecutorService reconciling;
    private final Object reconcilingNow = new Object();

    /**
     * Keeps a jar the city sent once its bytes match {@code sha256} and it passes the module checks; false when
     * refused (it is logged, and a desired state naming it fails).
     */
    public boolean keepJar(String sha256, InputStream bytes) throws IOException {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            LOG.warning(() -> "A module jar from the city without a valid SHA-256, dropped");
            return false;
        }
        Path kept = jar(sha256);
        if (Files.exists(kept)) {
            return true;
        }
        Path temp = Files.createTempFile(Files.createDirectories(incoming()), "receiving", ".part");
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size;
            try (InputStream in = new DigestInputStream(bytes, digest)) {
                size = Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            String actual = HexFormat.of().formatHex(digest.digest());
            if (size > MAX_JAR_BYTES || !actual.equals(sha256)) {
                LOG.warning(() -> "A module jar from the city does not match its SHA-256 " + sha256 + ", dropped");
                return false;
            }
            ModuleJar checked = modules.get().peek(temp);
            Files.move(temp, kept, StandardCopyOption.ATOMIC_MOVE);
            LOG.info(() -> "Module jar " + checked.code() + " " + checked.version() + " (" + sha256 + ") received");
            return true;
        } catch (Problem refused) {
            LOG.warning(() -> "A module jar from the city refused (" + sha256 + "): " + refused.detail().en());
            return false;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Keeps each module's state unless a newer revision is kept already, then reconciles; false when none was new. */
    public boolean desire(DesiredModules desired) {
        if (desired.modules() == null) {
            throw new IllegalArgumentException("desired modules without modules");
        }
        boolean changed = false;
        for (DesiredModules.Module m : desired.modules()) {
            if (m.code() == null || !m.code().matches("[A-Z][A-Z0-9]{1,15}")
                    || (m.sha256() != null && !SHA256.matcher(m.sha256()).matches())) {
                throw new IllegalArgumentException("desired module " + m.code() + " not understood");
            }
            changed |= db.txRetrying(em -> {
                DesiredModule row = em.find(DesiredModule.class, m.code());
                if (row != null && row.revision >= m.revision()) {
                    return false; // an older state arriving late, or the same again
                }
                if (row == null) {
                    row = new DesiredModule();
                    row.code = m.code();
                    em.persist(row);
                }
                row.version = m.version();
                row.sha256 = m.sha256();
                row.revision = m.revision();
                row.received = clock.now();
                return true;
            });
        }
        if (changed) {
            reconcileSoon();
        }
        return changed;
    }

    /** Brings every module whose newest desired state is neither reached nor refused to it, on the rollout thread. */
    public synchronized void reconcileSoon() {
        if (reconciling == null) {
            reconciling = threads.single("module-rollout");
        }
        reconciling.execute(this::reconcile);
    }

    public synchronized void stop() {
        if (reconciling != null) {
            reconciling.shutdown();
            reconciling = null;
        }
    }

    /** Runs on the caller's thread (tests, the rollout thread), one at a time. */
    void reconcile() {
        synchronized (reconcilingNow) {
            reconcileEach();
        }
    }

    private void reconcileEach() {
        for (DesiredModule d : db.read(em -> em.createQuery("select d from DesiredModule d order by d.code",
                DesiredModule.class).getResultList())) {
            if (d.revision == Optional.ofNullable(d.appliedRevision).orElse(-1L)
                    || d.revision == Optional.ofNullable(d.failedRevision).orElse(-1L)) {
                continue;
            }
            String problem = null;
            try {
                reach(d);
            } catch (Problem refused) {
                problem = refused.detail().en();
            } catch (RuntimeException e) {
                problem = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            record(d.code, d.revision, problem);
        }
    }

    private void reach(DesiredModule d) {
        ModuleManager manager = modules.get();
        Optional<ModuleView> current = manager.list().stream().filter(v -> v.code().equals(d.code)).findFirst();
        if (d.version == null) { // undo a rollout this kiosk reached; nothing to undo when it never did
            boolean reachedForward = d.appliedRevision != null && d.appliedRevision == d.revision - 1;
            if (current.isPresent() && reachedForward) {
                if (current.get().previousVersion() != null) {
                    manager.rollback(d.code);
                } else {
                    manager.uninstall(d.code);
                }
            }
            return;
        }
        if (current.isPresent() && current.get().version().equals(d.version)) {
            return;
        }
        if (d.sha256 == null) {
            if (current.isPresent() && d.version.equals(current.get().previousVersion())) {
                manager.rollback(d.code);
                LOG.info(() -> "Module " + d.code + " rolled back to " + d.version + " as the city asked");
                return;
            }
            throw Problem.of(409, "version-unavailable", "Versi tidak tersedia", "Version not available",
                    "Versi " + d.version + " modul " + d.code + " tidak ada di anjungan ini.",
                    "Version " + d.version + " of module " + d.code + " is not on this kiosk.");
        }
        Path jar = jar(d.sha256);
        if (!Files.exists(jar)) {
            throw Problem.of(409, "jar-missing", "Modul tidak diterima", "Module not received",
                    "Berkas modul " + d.code + " " + d.version + " tidak diterima atau ditolak (tanda tangan).",
                    "The jar of module " + d.code + " " + d.version + " was not received or was refused (signature).");
        }
        ModuleJar checked = manager.peek(jar); // signed and trusted still, and what the state says it is
        if (!checked.code().equals(d.code) || !checked.version().equals(d.version)) {
            throw Problem.of(409, "jar-mismatch", "Modul tidak cocok", "Wrong module",
                    "Berkas ini modul " + checked.code() + " " + checked.version() + ".",
                    "This jar is module " + checked.code() + " " + checked.version() + ".");
        }
        if (current.isPresent()) {
            manager.update(d.code, jar);
        } else { // a program new here runs only if the city's list for this kelurahan names it, as one the admin installs
            programs.conform(manager.install(jar));
        }
        LOG.info(() -> "Module " + d.code + " now at " + d.version + " as the city asked");
    }

    private void record(String code, long revision, String problem) {
        db.txRetrying(em -> {
            DesiredModule row = em.find(DesiredModule.class, code);
            if (row != null && row.revision == revision) {
                if (problem == null) {
                    row.appliedRevision = revision;
                    row.problem = null;
                } else {
                    row.failedRevision = revision;
                    row.problem = problem.length() <= 400 ? problem : problem.substring(0, 399) + "…";
                    LOG.warning(() -> "Module " + code + " could not reach the city's revision " + revision + ": "
                            + row.problem);
                }
            }
            return null;
        });
    }

    /** The newest desired state of every module the city has sent. */
    public List<DesiredModule> all() {
        return db.read(em -> em.createQuery("select d from DesiredModule d order by d.code", DesiredModule.class)
                .getResultList());
    }

    private Path jar(String sha256) {
        return incoming().resolve(sha256 + ".jar");
    }

    private Path incoming() {
        if (incoming == null) {
            incoming = Settings.home().resolve("module-incoming");
        }
        return incoming;
    }
}
