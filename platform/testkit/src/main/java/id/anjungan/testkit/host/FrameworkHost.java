package id.anjungan.testkit.host;

import id.anjungan.spi.Program;
import id.anjungan.spi.platform.ProgramStore;
import id.anjungan.testkit.MemoryProgramStore;
import id.anjungan.testkit.TestPlatform;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Real Apache Felix with Declarative Services and ConfigAdmin in the test's JVM, the platform services registered the
 * way the kiosk registers them, and a module's signed jar installed the way the kiosk installs it:
 *
 * <pre>{@code
 * TestPlatform platform = new TestPlatform();
 * try (FrameworkHost host = FrameworkHost.start(tempDir, platform, FrameworkHost.certificates(keystore, password))) {
 *     host.configure("id.kota.beras", Map.of("quota", 10));
 *     host.install(Path.of(System.getProperty("module.jar")));
 *     Program beras = host.program("BERAS");
 *     beras.operate("stock", Map.of(), TestPlatform.actor("petugas", Role.OFFICER));
 * }
 * }</pre>
 *
 * The framework shares the SPI with modules exactly as the SPI jar on the class path exports it, so a module whose
 * imports the kiosk cannot satisfy does not start here either. A jar is refused unless every entry is signed by one of
 * the trusted certificates. Each module gets the {@link ProgramStore} of the program its manifest declares
 * ({@code Provide-Capability: anjungan.program;anjungan.program=CODE}).
 */
public final class FrameworkHost implements AutoCloseable {

    /** How long {@link #program} waits for a module's component to register (its activation, configuration). */
    public static final long WAIT_SECONDS = 30;

    private final Framework framework;
    private final Set<Certificate> trusted;
    private final Map<String, ProgramStore> stores = new ConcurrentHashMap<>();
    private final Map<String, Long> modules = new LinkedHashMap<>();

    private FrameworkHost(Framework framework, Set<Certificate> trusted) {
        this.framework = framework;
        this.trusted = Set.copyOf(trusted);
    }

    /**
     * Starts the framework with the infrastructure bundles found on the class path and offers every service of
     * {@code platform} to modules.
     *
     * @param home an empty directory for the framework's cache (JUnit's {@code @TempDir})
     * @param trusted the certificates whose signatures make a module installable, e.g. {@link #certificates}
     */
    public static FrameworkHost start(Path home, TestPlatform platform, Set<Certificate> trusted) throws IOException {
        FrameworkHost host = start(home, trusted);
        host.offer(platform);
        return host;
    }

    /** Starts the framework without platform services; the test {@link #offer}s its own. */
    public static FrameworkHost start(Path home, Set<Certificate> trusted) throws IOException {
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, home.resolve("felix-cache").toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, Infrastructure.spiExports());
        config.put(Constants.FRAMEWORK_BSNVERSION, Constants.FRAMEWORK_BSNVERSION_MULTIPLE);
        config.put("ds.loglevel", "warn");
        Framework framework = new FrameworkFactory().newFramework(config);
        try {
            framework.init();
            java.util.List<Bundle> infrastructure = Infrastructure.install(framework.getBundleContext());
            framework.start();
            for (Bundle bundle : infrastructure) { // started in the caller's thread: running when start returns
                bundle.start();
            }
        } catch (BundleException e) {
            throw new IOException("the OSGi framework did not start: " + e.getMessage(), e);
        }
        FrameworkHost host = new FrameworkHost(framework, trusted);
        host.context().registerService(ProgramStore.class.getName(),
                new PerProgram(code -> host.stores.computeIfAbsent(code, c -> new MemoryProgramStore())), null);
        return host;
    }

    /** The certificates of a PKCS#12 keystore: the author's own, or a city's trust store. */
    public static Set<Certificate> certificates(Path keystore, String password) throws IOException {
        return TrustedJars.certificates(keystore, password);
    }

    /** Offers every service of {@code platform} (its program store aside: each program gets its own). */
    public FrameworkHost offer(TestPlatform platform) {
        return offer(id.anjungan.spi.platform.KioskClock.class, platform.clock)
                .offer(id.anjungan.spi.platform.Kelurahan.class, platform.kelurahan)
                .offer(id.anjungan.spi.platform.ResidentRegistry.class, platform.residents)
                .offer(id.anjungan.spi.platform.RecipientLists.class, platform.recipients)
                .offer(id.anjungan.spi.platform.AuditLog.class, platform.audit)
                .offer(id.anjungan.spi.platform.Ledger.class, platform.ledger)
                .offer(id.anjungan.spi.platform.Counters.class, platform.counters)
                .offer(id.anjungan.spi.platform.CaseStore.class, platform.cases);
    }

    /** Registers {@code service} as the platform service of {@code type}, e.g. a ledger of the test's own. */
    public <T> FrameworkHost offer(Class<T> type, T service) {
        context().registerService(type, service, null);
        return this;
    }

    /**
     * Gives configuration {@code pid} these values through ConfigAdmin, as the kiosk's {@code config/<pid>.cfg} file
     * does; Declarative Services then (re)starts the component with them. Call it before or after {@link #install}.
     */
    public void configure(String pid, Map<String, ?> values) {
        ServiceReference<?>[] refs; // all: the test's class path does not have the package ConfigAdmin's API is in
        try {
            refs = context().getAllServiceReferences("org.osgi.service.cm.ConfigurationAdmin", null);
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (refs == null) {
            throw new IllegalStateException("ConfigAdmin is not running");
        }
        ServiceReference<?> ref = refs[0];
        Object admin = context().getService(ref);
        try {
            Class<?> type = ref.getBundle().loadClass("org.osgi.service.cm.ConfigurationAdmin");
            Object configuration = type.getMethod("getConfiguration", String.class, String.class)
                    .invoke(admin, pid, "?");
            Method update = configuration.getClass().getMethod("update", Dictionary.class);
            update.setAccessible(true);
            update.invoke(configuration, new Hashtable<>(values));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("configuration " + pid + " was not accepted: " + e, e);
        } finally {
            context().ungetService(ref);
        }
    }

    /**
     * Installs and starts a module jar the way a kiosk does: only if every entry is signed by a trusted certificate.
     *
     * @return the program code the jar declares
     * @throws SecurityException an unsigned, tampered or untrusted jar
     * @throws IOException a jar that is not a bundle, does not resolve against the SPI or does not start
     */
    public String install(Path jar) throws IOException {
        TrustedJars.verify(jar, trusted);
        Bundle bundle;
        try (InputStream in = Files.newInputStream(jar)) {
            bundle = context().installBundle(jar.toUri().toString(), in);
        } catch (BundleException e) {
            throw new IOException("not installable: " + e.getMessage(), e);
        }
        String code = PerProgram.programOf(bundle);
        try {
            bundle.start();
        } catch (BundleException e) {
            uninstall(bundle);
            throw new IOException(code + " does not start: " + e.getMessage(), e);
        }
        modules.put(code, bundle.getBundleId());
        return code;
    }

    /**
     * The program a module registered under {@code code}, waiting for its component to activate.
     *
     * @throws IllegalStateException when none appears within {@link #WAIT_SECONDS} (an unsatisfied reference, a
     *     failing constructor: see the log of Declarative Services)
     */
    public Program program(String code) {
        String filter = "(&(" + Constants.OBJECTCLASS + "=" + Program.class.getName() + ")(" + Program.CODE + "=" + code
                + "))";
        try {
            ServiceTracker<Program, Program> tracker = new ServiceTracker<>(context(),
                    FrameworkUtil.createFilter(filter), null);
            tracker.open();
            try {
                Program program = tracker.waitForService(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
                if (program == null) {
                    throw new IllegalStateException("no program " + code + " within " + WAIT_SECONDS + " s");
                }
                return program;
            } finally {
                tracker.close();
            }
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalArgumentException("not a program code: " + code, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for " + code, e);
        }
    }

    /** The program store the module of {@code code} writes to. */
    public ProgramStore store(String code) {
        return stores.computeIfAbsent(code, c -> new MemoryProgramStore());
    }

    /** {@code ACTIVE}, {@code RESOLVED}, {@code INSTALLED}… of the module of {@code code}; {@code UNINSTALLED} when none. */
    public String state(String code) {
        Long id = modules.get(code);
        Bundle bundle = id == null ? null : context().getBundle(id);
        return bundle == null ? "UNINSTALLED" : switch (bundle.getState()) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            default -> "INSTALLED";
        };
    }

    /** A file of the module of {@code code}, e.g. {@code ui/my-screen.js}; {@code null} when it has none. */
    public java.net.URL file(String code, String path) {
        Long id = modules.get(code);
        Bundle bundle = id == null ? null : context().getBundle(id);
        return bundle == null ? null : bundle.getEntry(path);
    }

    /** Stops and removes the module of {@code code}; its program leaves the registry. */
    public void uninstall(String code) {
        Long id = modules.remove(code);
        if (id != null && context().getBundle(id) != null) {
            uninstall(context().getBundle(id));
        }
    }

    /** The framework itself, for what this class does not offer. */
    public BundleContext context() {
        return framework.getBundleContext();
    }

    private static void uninstall(Bundle bundle) {
        try {
            bundle.uninstall();
        } catch (BundleException e) {
            throw new IllegalStateException("bundle " + bundle.getSymbolicName() + " did not uninstall", e);
        }
    }

    /** Stops the framework: every module's component is deactivated. */
    @Override
    public void close() throws InterruptedException {
        try {
            framework.stop();
        } catch (BundleException e) {
            throw new IllegalStateException("the framework did not stop", e);
        }
        framework.waitForStop(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
    }
}
