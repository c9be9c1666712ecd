package id.anjungan.host.modules.control;

import id.anjungan.host.modules.entity.InstalledModule;
import id.anjungan.host.modules.entity.ModuleView;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.privacy.Masking;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.osgi.BundleFailure;
import id.anjungan.host.osgi.FelixRuntime;
import id.anjungan.host.osgi.Versions;
import id.anjungan.spi.Program;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Installs, hot-swaps, rolls back, enables, disables and removes program modules. An update starts the new bundle
 * beside the old one and switches new calls over only once the new program is registered; calls in flight finish
 * on the old bundle, which is removed afterwards. So there is no moment without an answering program.
 */
public final class ModuleManager {

    private static final Logger LOG = Logger.getLogger(ModuleManager.class.getName());

    private final FelixRuntime runtime;
    private final Database db;
    private final JarInspector inspector;
    private final ModuleCalls calls;
    private final ProgramProblems problems;
    private final Path store;
    private final Duration startTimeout;
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();
    private final AtomicLong revision = new AtomicLong();
    private final AtomicLong locations = new AtomicLong(System.currentTimeMillis());
    /** Old bundles are drained and removed after an update has answered, so an update costs only the new start. */
    private final java.util.concurrent.ExecutorService retirements;

    /** The bundle currently answering for a program code. */
    private static final class Slot {
        volatile long bundleId = -1;
        volatile boolean enabled = true;
        volatile Text failure;
    }

    /** A program ready to be called. */
    public record Active(String code, long bundleId, Program program) {
    }

    public ModuleManager(FelixRuntime runtime, Database db, JarInspector inspector, ModuleCalls calls, Path store,
                         Duration startTimeout, java.util.concurrent.ThreadFactory threads) {
        this.retirements = java.util.concurrent.Executors.newSingleThreadExecutor(threads);
        this.runtime = runtime;
        this.db = db;
        this.inspector = inspector;
        this.calls = calls;
        this.problems = new ProgramProblems(calls, threads, this::actives);
        this.store = store;
        this.startTimeout = startTimeout;
        runtime.programs().onChange(revision::incrementAndGet);
    }

    /** Brings back every installed module after a restart. */
    public void restore() {
        for (InstalledModule m : db.read(em -> em.createQuery("select m from InstalledModule m order by m.code",
                InstalledModule.class).getResultList())) {
            Slot slot = slots.computeIfAbsent(m.code, c -> new Slot());
            slot.enabled = m.enabled;
            try {
                slot.bundleId = start(m.code, Path.of(m.jarFile), m.enabled);
            } catch (Problem | IOException | BundleFailure e) {
                slot.failure = Text.of("Modul gagal dimulai: " + e.getMessage(), "Module failed to start: " + e.getMessage());
                LOG.warning("Module " + m.code + " failed to start: " + e.getMessage());
            }
        }
        revision.incrementAndGet();
    }

    public synchronized ModuleView install(Path upload) {
        ModuleJar jar = inspector.inspect(upload);
        if (slots.containsKey(jar.code())) {
            throw Problem.of(409, "code-clash", "Modul sudah terpasang", "Module already installed",
                    "Program " + jar.code() + " sudah terpasang. Gunakan Perbarui untuk memasang versi baru.",
                    "Program " + jar.code() + " is already installed. Use Update to install a new version.");
        }
        refuseSymbolicNameClash(jar);
        Path kept = keep(jar);
        Slot slot = new Slot();
        try {
            slot.bundleId = startVerified(jar.code(), kept);
        } catch (RuntimeException refused) {
            discard(kept, null);
            throw refused;
        }
        slots.put(jar.code(), slot);
        save(jar.code(), jar.symbolicName(), jar.version(), kept, null, null, true, jar.signer());
        revision.incrementAndGet();
        return view(jar.code());
    }

    public synchronized ModuleView update(String code, Path upload) {
        Slot slot = slot(code);
        long began = System.nanoTime();
        ModuleJar jar = inspector.inspect(upload);
        long inspected = System.nanoTime();
        if (!jar.code().equals(code)) {
            throw Problem.of(409, "code-mismatch", "Modul tidak cocok", "Wrong module",
                    "Berkas ini modul " + jar.code() + ", bukan " + code + ".", "This file is module " + jar.code()
                            + ", not " + code + ".");
        }
        InstalledModule current = stored(code);
        checkSigner(current, jar);
        if (jar.version().equals(current.version)) {
            throw Problem.of(409, "same-version", "Versi ini sudah terpasang", "This version is installed already",
                    "Modul " + code + " versi " + jar.version() + " sudah terpasang; tidak ada yang diubah. Unggah "
                            + "berkas dengan nomor versi yang lebih baru.", "Module " + code + " version "
                            + jar.version() + " is installed already; nothing was changed. Upload a file with a newer "
                            + "version number.");
        }
        if (Versions.compare(jar.version(), current.version) < 0) {
            throw Problem.of(409, "older-version", "Versi lebih lama", "Older version",
                    "Modul " + code + " versi " + jar.version() + " lebih lama daripada versi terpasang "
                            + current.version + ". Pembaruan harus bernomor lebih tinggi; untuk kembali ke versi "
                            + "sebelumnya gunakan Kembalikan versi.", "Module " + code + " version " + jar.version()
                            + " is older than the installed version " + current.version + ". An update must have a "
                            + "higher number; to go back to the previous version use Roll back.");
        }
        Path kept = keep(jar);
        try {
            swap(code, slot, kept, jar.version(), current, jar.signer());
        } catch (RuntimeException refused) {
            discard(kept, current);
            throw refused;
        }
        long swapped = System.nanoTime();
        LOG.fine(() -> "Update of " + code + ": inspect " + (inspected - began) / 1_000_000 + " ms, swap "
                + (swapped - inspected) / 1_000_000 + " ms");
        return view(code);
    }

    public synchronized ModuleView rollback(String code) {
        Slot slot = slot(code);
        InstalledModule current = stored(code);
        if (current.previousJarFile == null || !Files.exists(Path.of(current.previousJarFile))) {
            throw Problem.of(409, "no-previous", "Tidak ada versi sebelumnya", "No previous version",
                    "Modul " + code + " belum pernah diperbarui, jadi tidak ada versi untuk dikembalikan.",
                    "Module " + code + " was never updated, so there is no version to roll back to.");
        }
        ModuleJar previous = inspector.inspectKept(Path.of(current.previousJarFile));
        checkSigner(current, previous);
        swap(code, slot, previous.file(), previous.version(), current, previous.signer());
        return view(code);
    }

    /**
     * Pins a program code to another trusted certificate, so that updates signed with it are accepted from now on
     * (a city that changed its signing key).
     */
    public synchronized ModuleView assignSigner(String code, String fingerprint) {
        slot(code);
        String normalized = fingerprint == null ? "" : fingerprint.replace(":", "").trim().toLowerCase(java.util.Locale.ROOT);
        if (inspector.trustedSubject(normalized).isEmpty()) {
            throw Problem.of(422, "unknown-signer", "Penanda tangan tidak dikenal", "Unknown signer",
                    "Tidak ada sertifikat tepercaya dengan sidik jari SHA-256 " + fingerprint + ".",
                    "No trusted certificate has the SHA-256 fingerprint " + fingerprint + ".");
        }
        db.tx(em -> {
            em.find(InstalledModule.class, code).signer = normalized;
            return null;
        });
        return view(code);
    }

    /** The fingerprint a program code is pinned to, or empty for a module installed before pinning existed. */
    public Optional<String> signer(String code) {
        slot(code);
        return Optional.ofNullable(stored(code).signer);
    }

    private void checkSigner(InstalledModule current, ModuleJar jar) {
        String pinned = current.signer != null ? current.signer : signerOfInstalled(current);
        if (pinned != null && !pinned.equals(jar.signer())) {
            String was = inspector.trustedSubject(pinned).orElse("?") + ", SHA-256 " + pinned;
            String is = jar.signerName() + ", SHA-256 " + jar.signer();
            throw new Problem(409, "signer-changed", Text.of("Penanda tangan berbeda", "Different signer"), Text.of(
                    "Program " + current.code + " dipasang dengan kunci " + was + ", tetapi berkas ini ditandatangani "
                            + "dengan " + is + ". Admin harus menetapkan penanda tangan baru lebih dulu.",
                    "Program " + current.code + " was installed with the key " + was + ", but this file is signed with "
                            + is + ". An admin must assign the new signer first."),
                    List.of(Map.of("signer", Map.of("pinned", pinned, "offered", jar.signer(),
                            "offeredName", jar.signerName()))));
        }
    }

    /** Pins a module installed before pinning existed to the certificate that signed its current jar. */
    private String signerOfInstalled(InstalledModule current) {
        try {
            return inspector.inspectKept(Path.of(current.jarFile)).signer();
        } catch (Problem unreadable) {
            return null; // its key is no longer trusted: the next trusted update pins the code
        }
    }

    /** Removes a jar kept for a refused install or update, unless the module already uses it. */
    private void discard(Path kept, InstalledModule current) {
        if (current != null && (kept.toString().equals(current.jarFile) || kept.toString().equals(current.previousJarFile))) {
            return;
        }
        try {
            Files.deleteIfExists(kept);
            try (var left = Files.list(kept.getParent())) {
                if (left.findAny().isEmpty()) {
                    Files.delete(kept.getParent());
                }
            }
        } catch (IOException e) {
            LOG.warning("Could not remove the refused module file " + kept + ": " + e);
        }
    }

    private void swap(String code, Slot slot, Path jar, String version, InstalledModule current, String signer) {
        String oldVersion = current.version;
        long old = slot.bundleId;
        if (slot.enabled) {
            slot.bundleId = startVerified(code, jar); // from here on, new calls reach the new version
            slot.failure = null;
            retirements.execute(() -> retire(old)); // a failure reaches the log, not a Future nobody reads
        } else {
            runtime.uninstall(old);
            slot.bundleId = -1;
        }
        save(code, current.symbolicName, version, jar, oldVersion, current.jarFile, slot.enabled, signer);
        revision.incrementAndGet();
        LOG.info(() -> "Module " + code + " now at " + version + " (was " + oldVersion + ")");
    }

    private void retire(long bundleId) {
        if (bundleId < 0) {
            return;
        }
        try {
            if (!calls.drain(bundleId, Duration.ofSeconds(10))) {
                LOG.warning("Calls still running in bundle " + bundleId + " after 10 s; removing it anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        calls.forget(bundleId); // calls stuck in it count against nothing any more
        problems.forget(bundleId);
        runtime.uninstall(bundleId);
    }

    public synchronized void uninstall(String code) {
        Slot slot = slot(code);
        slots.remove(code);
        retire(slot.bundleId);
        db.tx(em -> {
            em.remove(em.find(InstalledModule.class, code));
            return null;
        });
        revision.incrementAndGet();
    }

    public synchronized ModuleView setEnabled(String code, boolean enabled) {
        Slot slot = slot(code);
        if (slot.enabled != enabled) {
            slot.enabled = enabled;
            InstalledModule m = stored(code);
            if (enabled) {
                slot.bundleId = startVerified(code, Path.of(m.jarFile));
            } else {
                retire(slot.bundleId);
                slot.bundleId = -1;
            }
            db.tx(em -> {
                em.find(InstalledModule.class, code).enabled = enabled;
                return null;
            });
            revision.incrementAndGet();
        }
        return view(code);
    }

    /** The answering program of an enabled module. */
    public Optional<Active> active(String code) {
        Slot slot = slots.get(code);
        if (slot == null || !slot.enabled || slot.bundleId < 0) {
            return Optional.empty();
        }
        long bundleId = slot.bundleId;
        return runtime.programs().of(bundleId).map(p -> new Active(code, bundleId, p));
    }

    /** Every enabled module's answering program, by code. */
    public List<Active> actives() {
        return slots.keySet().stream().sorted().map(this::active).flatMap(Optional::stream).toList();
    }

    /**
     * A module's state and health as every report shows it: the module list, the heartbeat to the city and readiness
     * read this one definition, so that none calls UP what another calls DOWN.
     *
     * @param state {@code ACTIVE}, {@code RESOLVED}, {@code FAILED} or {@code DISABLED}
     * @param health {@code DISABLED}; {@code DOWN} when it failed to start, registered no program, its calls time out
     *               or fail, or its program reports a problem of its own; else {@code UP}
     * @param problem why it is down, or {@code null}
     */
    public record Condition(String state, String health, Text problem) {
    }

    /**
     * Every installed module's condition, by code, for readiness: without calling any program, each program's own
     * problem as it last answered ({@link ProgramProblems}).
     */
    public Map<String, Condition> health() {
        Map<String, Condition> health = new java.util.TreeMap<>();
        slots.forEach((code, slot) -> health.put(code, condition(slot, active(code), problems::lastKnown)));
        return health;
    }

    private Condition condition(Slot slot, Optional<Active> active,
                                java.util.function.Function<Active, Optional<Text>> problemOf) {
        String state = !slot.enabled ? "DISABLED" : slot.failure != null ? "FAILED"
                : active.isPresent() ? "ACTIVE" : "RESOLVED";
        Text problem = slot.failure != null ? slot.failure : calls.trouble(slot.bundleId)
                .or(() -> active.flatMap(problemOf)).map(ModuleManager::scrubbed).orElse(null);
        String health = !slot.enabled ? "DISABLED" : active.isEmpty() || problem != null ? "DOWN" : "UP";
        return new Condition(state, health, problem);
    }

    /** A program's own words may quote a resident's number: masked before any screen, log or heartbeat has them. */
    private static Text scrubbed(Text problem) {
        return Text.of(Masking.scrub(problem.id()), Masking.scrub(problem.en()));
    }

    public List<ModuleView> list() {
        return slots.keySet().stream().sorted(Comparator.naturalOrder()).map(this::view).toList();
    }

    /** Changes whenever the set of answering programs changes. */
    /** The isolated calls into the modules' programs. */
    public ModuleCalls calls() {
        return calls;
    }

    /** A file of an active program's bundle (its web assets under {@code ui/}). */
    public Optional<java.net.URL> asset(String code, String path) {
        return active(code).flatMap(a -> runtime.entry(a.bundleId(), path));
    }

    public long revision() {
        return revision.get();
    }

    /** Whether every enabled module has an answering program. */
    public boolean allEnabledActive() {
        return slots.entrySet().stream().filter(e -> e.getValue().enabled).allMatch(e -> active(e.getKey()).isPresent());
    }

    public ModuleView view(String code) {
        Slot slot = slot(code);
        InstalledModule m = stored(code);
        Optional<Active> active = active(code);
        Optional<Text> answered = active.flatMap(a -> describe(a)).map(ProgramDescriptor::name);
        answered.filter(n -> n.id().length() <= 200 && n.en().length() <= 200)
                .filter(n -> !n.id().equals(m.nameId) || !n.en().equals(m.nameEn)).ifPresent(n -> rememberName(code, n));
        Text name = answered.or(() -> Optional.ofNullable(m.nameId).map(id -> Text.of(id, m.nameEn)))
                .orElse(Text.of(code, code));
        Condition condition = condition(slot, active, problems::ask);
        boolean canRollBack = m.previousJarFile != null && Files.exists(Path.of(m.previousJarFile));
        return new ModuleView(code, name, m.version, canRollBack ? m.previousVersion : null, condition.state(),
                condition.health(), condition.problem(), slot.enabled);
    }

    private Optional<ProgramDescriptor> describe(Active a) {
        try {
            return Optional.of(calls.call(a.code(), a.bundleId(), a.program(), Program::descriptor));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Waits for pending removals of old bundles (shutdown, tests). */
    public void awaitRetirements() {
        try {
            retirements.submit(() -> { }).get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            LOG.warning("Old module bundles were not removed in time: " + e);
        }
        retirements.shutdown();
        problems.stop();
    }

    /** Inspects a jar without installing it. */
    public ModuleJar peek(Path jar) {
        return inspector.inspect(jar);
    }

    public long bundleOf(String code) {
        return slot(code).bundleId;
    }

    private long startVerified(String code, Path jar) {
        try {
            return start(code, jar, true);
        } catch (IOException e) {
            throw Problem.of(500, "store-failed", "Gagal menyimpan modul", "Could not store the module",
                    "Berkas modul tidak dapat dibaca.", "The module file cannot be read.");
        } catch (BundleFailure e) {
            throw Problem.of(422, "start-failed", "Modul ditolak", "Module refused",
                    "Modul tidak dapat dijalankan: " + e.getMessage(), "The module cannot be started: " + e.getMessage());
        }
    }

    private long start(String code, Path jar, boolean started) throws IOException, BundleFailure {
        if (!started) {
            return -1;
        }
        long bundleId = runtime.installAndStart("module:" + code + ":" + locations.incrementAndGet(), jar);
        try {
            Optional<Program> program = runtime.programs().await(bundleId, startTimeout.toMillis());
            String registered = program.map(p -> calls.call(code, bundleId, p, pr -> pr.descriptor().code())).orElse(null);
            if (!code.equals(registered)) {
                runtime.uninstall(bundleId);
                throw Problem.of(422, "no-program", "Modul ditolak", "Module refused",
                        "Modul tidak mendaftarkan program " + code + " dalam " + startTimeout.toSeconds() + " detik.",
                        "The module did not register program " + code + " within " + startTimeout.toSeconds() + " s.");
            }
            return bundleId;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            runtime.uninstall(bundleId);
            throw new IOException("interrupted while the module started", e);
        } catch (Problem e) {
            runtime.uninstall(bundleId);
            throw e;
        }
    }

    private void refuseSymbolicNameClash(ModuleJar jar) {
        boolean clash = db.read(em -> em.createQuery("select count(m) from InstalledModule m where m.symbolicName = :n",
                Long.class).setParameter("n", jar.symbolicName()).getSingleResult()) > 0;
        if (clash) {
            throw Problem.of(409, "bundle-clash", "Modul bertabrakan", "Module clash",
                    "Bundle " + jar.symbolicName() + " sudah dipakai modul lain.",
                    "Bundle " + jar.symbolicName() + " is already used by another module.");
        }
    }

    private Path keep(ModuleJar jar) {
        try {
            Path dir = Files.createDirectories(store.resolve(jar.code()));
            Path kept = dir.resolve(jar.version() + "-" + jar.sha256().substring(0, 12) + ".jar");
            if (!Files.exists(kept)) {
                Files.copy(jar.file(), kept, StandardCopyOption.REPLACE_EXISTING);
            }
            return kept;
        } catch (IOException e) {
            throw Problem.of(500, "store-failed", "Gagal menyimpan modul", "Could not store the module",
                    "Ruang penyimpanan tidak dapat ditulis.", "The module store cannot be written.");
        }
    }

    private void save(String code, String bsn, String version, Path jar, String previousVersion, String previousJar,
                      boolean enabled, String signer) {
        db.tx(em -> {
            InstalledModule m = Optional.ofNullable(em.find(InstalledModule.class, code)).orElseGet(InstalledModule::new);
            m.code = code;
            m.symbolicName = bsn;
            m.version = version;
            m.jarFile = jar.toString();
            m.previousVersion = previousVersion;
            m.previousJarFile = previousJar;
            m.enabled = enabled;
            m.signer = signer;
            m.updated = Instant.now();
            em.merge(m);
            return null;
        });
    }

    /** Keeps the name a running program gave, so that the admin still sees it once the program is switched off. */
    private void rememberName(String code, Text name) {
        db.tx(em -> {
            InstalledModule m = em.find(InstalledModule.class, code);
            if (m != null) {
                m.nameId = name.id();
                m.nameEn = name.en();
            }
            return null;
        });
    }

    private Slot slot(String code) {
        Slot slot = slots.get(code);
        if (slot == null) {
            throw Problem.notFound("Modul " + code, "Module " + code);
        }
        return slot;
    }

    private InstalledModule stored(String code) {
        return db.read(em -> em.find(InstalledModule.class, code));
    }
}
