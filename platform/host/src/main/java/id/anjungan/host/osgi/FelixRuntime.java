package id.anjungan.host.osgi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * The embedded Apache Felix framework with SCR, ConfigAdmin and FileInstall. This package is the one place that knows
 * OSGi: the rest of the host sees bundles by id, programs through {@link ProgramTracker} and failures as
 * {@link BundleFailure}.
 */
public final class FelixRuntime {

    private static final Logger LOG = Logger.getLogger(FelixRuntime.class.getName());
    /** The SPI packages the host shares with modules, as the SPI jar's manifest exports them. */
    public static final String SPI_PACKAGES = SpiExports.header();

    private final Path home;
    private Framework framework;
    private ProgramTracker programs;

    public FelixRuntime(Path home) {
        this.home = home;
    }

    /**
     * Starts the framework and the infrastructure bundles.
     *
     * @param infrastructure jars (name → content) of SCR, ConfigAdmin, FileInstall and their OSGi dependencies
     */
    public synchronized void start(Map<String, InputStreamSupplier> infrastructure) throws BundleFailure, IOException {
        try {
            startFramework(infrastructure);
        } catch (BundleException e) {
            throw new BundleFailure("The OSGi framework did not start: " + e.getMessage(), e);
        }
    }

    private void startFramework(Map<String, InputStreamSupplier> infrastructure) throws BundleException, IOException {
        Path configDir = Files.createDirectories(home.resolve("config"));
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, home.resolve("felix-cache").toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, SPI_PACKAGES);
        config.put(Constants.FRAMEWORK_BSNVERSION, Constants.FRAMEWORK_BSNVERSION_MULTIPLE);
        config.put("felix.fileinstall.dir", configDir.toString());
        config.put("felix.fileinstall.filter", ".*\\.cfg");
        config.put("felix.fileinstall.poll", "1000");
        // with the initial delay the .cfg installer is registered before the first scan; a .cfg file found earlier
        // would be left unhandled until it changes, and the module would start with its defaults
        config.put("felix.fileinstall.noInitialDelay", "false");
        config.put("felix.fileinstall.enableConfigSave", "true");
        config.put("felix.fileinstall.log.level", "2");
        config.put("ds.loglevel", "warn");
        framework = new FrameworkFactory().newFramework(config);
        framework.init();
        BundleContext context = framework.getBundleContext();
        List<Bundle> installed = new ArrayList<>();
        for (Map.Entry<String, InputStreamSupplier> jar : infrastructure.entrySet()) {
            try (InputStream in = jar.getValue().open()) {
                installed.add(context.installBundle("infrastructure:" + jar.getKey(), in));
            }
        }
        framework.start();
        for (Bundle bundle : installed) {
            if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                bundle.start();
            }
        }
        programs = new ProgramTracker(context);
        programs.open();
        LOG.info(() -> "Felix started with " + installed.size() + " infrastructure bundles");
    }

    public boolean isActive() {
        return framework != null && framework.getState() == Bundle.ACTIVE;
    }

    public BundleContext context() {
        return framework.getBundleContext();
    }

    /** Registers a host bean as the service of {@code type} that modules use, e.g. {@code Ledger}. */
    @SuppressWarnings("unchecked")
    public <T> void offer(Class<T> type, Object service) {
        if (service instanceof PerProgramService perProgram) { // each module gets the view of its own program
            context().registerService(type.getName(), new ProgramServiceFactory(perProgram), null);
        } else {
            context().registerService(type, (T) service, null);
        }
    }

    public ProgramTracker programs() {
        return programs;
    }

    /** Installs and starts a module bundle; a bundle that fails to resolve or start is uninstalled again. */
    public long installAndStart(String location, Path jar) throws BundleFailure, IOException {
        Bundle bundle;
        try (InputStream in = Files.newInputStream(jar)) {
            bundle = context().installBundle(location, in);
        } catch (BundleException e) {
            throw new BundleFailure(e.getMessage(), e);
        }
        try {
            bundle.start();
            return bundle.getBundleId();
        } catch (BundleException e) {
            uninstall(bundle.getBundleId());
            throw new BundleFailure(e.getMessage(), e);
        } catch (RuntimeException e) {
            uninstall(bundle.getBundleId());
            throw e;
        }
    }

    public void uninstall(long bundleId) {
        Bundle bundle = context().getBundle(bundleId);
        if (bundle == null) {
            return;
        }
        try {
            bundle.uninstall();
            refreshPending();
        } catch (BundleException e) {
            LOG.warning("Uninstall of bundle " + bundleId + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void setStarted(long bundleId, boolean started) throws BundleFailure {
        Bundle bundle = context().getBundle(bundleId);
        try {
            if (bundle != null && started) {
                bundle.start();
            } else if (bundle != null) {
                bundle.stop();
            }
        } catch (BundleException e) {
            throw new BundleFailure(e.getMessage(), e);
        }
    }

    /** {@code ACTIVE}, {@code RESOLVED}, {@code INSTALLED}, {@code STARTING}, {@code STOPPING} or {@code UNINSTALLED}. */
    public String state(long bundleId) {
        Bundle bundle = framework == null ? null : context().getBundle(bundleId);
        if (bundle == null) {
            return "UNINSTALLED";
        }
        return switch (bundle.getState()) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            default -> "INSTALLED";
        };
    }

    /** A resource inside a bundle (module web assets). */
    public java.util.Optional<java.net.URL> entry(long bundleId, String path) {
        Bundle bundle = context().getBundle(bundleId);
        return bundle == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(bundle.getEntry(path));
    }

    /** Refreshes bundles whose old revisions are still wired after an update or uninstall. */
    public void refreshPending() throws InterruptedException {
        FrameworkWiring wiring = framework.adapt(FrameworkWiring.class);
        if (wiring.getRemovalPendingBundles().isEmpty()) {
            return;
        }
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        wiring.refreshBundles(null, event -> done.countDown());
        done.await(30, TimeUnit.SECONDS);
    }

    public synchronized void stop() {
        if (framework == null) {
            return;
        }
        try {
            if (programs != null) {
                programs.close();
            }
            framework.stop();
            FrameworkEvent event = framework.waitForStop(30_000);
            LOG.info(() -> "Felix stopped: " + event.getType());
        } catch (BundleException | InterruptedException e) {
            LOG.warning("Felix did not stop cleanly: " + e);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        } finally {
            framework = null;
        }
    }

    /** Opens a jar's content; lets callers hand over classpath resources or files alike. */
    @FunctionalInterface
    public interface InputStreamSupplier {
        InputStream open() throws IOException;
    }

    /** The infrastructure bundles in a directory (tests) in a start order that resolves. */
    public static Map<String, InputStreamSupplier> bundlesIn(Path dir) throws IOException {
        Map<String, InputStreamSupplier> jars = new java.util.TreeMap<>();
        try (var files = Files.list(dir)) {
            files.filter(f -> f.toString().endsWith(".jar"))
                    .forEach(f -> jars.put(f.getFileName().toString(), () -> Files.newInputStream(f)));
        }
        return jars;
    }

}
