package id.anjungan.host.runtime.control;

import id.anjungan.host.config.Setting;
import id.anjungan.host.config.Settings;
import id.anjungan.host.modules.control.JarInspector;
import id.anjungan.host.modules.control.ModuleCalls;
import id.anjungan.host.modules.control.ModuleManager;
import id.anjungan.host.osgi.BundleFailure;
import id.anjungan.host.osgi.FelixRuntime;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.threads.Threads;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Wires the database, the OSGi framework and the module manager together, in the container and in tests alike.
 * Start order: database, framework, platform services, modules; stop order the reverse.
 */
public final class KioskRuntime implements AutoCloseable {

    private final Path home;
    private final Database db;
    private final FelixRuntime felix;
    private final ModuleCalls calls;
    private final Threads threads;
    private ModuleManager modules;

    public KioskRuntime(Path home, Database db, Threads threads) {
        this.home = home;
        this.db = db;
        this.threads = threads;
        this.felix = new FelixRuntime(home);
        this.calls = new ModuleCalls(Settings.callTimeout(), threads.named("module-call"));
    }

    /**
     * @param infrastructure SCR, ConfigAdmin, FileInstall and their OSGi dependencies
     * @param trusted certificates whose signatures make a module installable
     * @param platformServices registered into the framework before any module starts
     */
    public void start(Map<String, FelixRuntime.InputStreamSupplier> infrastructure, Set<Certificate> trusted,
                      Map<Class<?>, Object> platformServices) throws IOException, BundleFailure {
        startFramework(infrastructure);
        startModules(trusted, platformServices);
    }

    /** The framework alone; needs no database, so it can start while the database opens. */
    public void startFramework(Map<String, FelixRuntime.InputStreamSupplier> infrastructure)
            throws IOException, BundleFailure {
        felix.start(infrastructure);
    }

    /** Platform services, then the installed modules; needs the database. */
    public void startModules(Set<Certificate> trusted, Map<Class<?>, Object> platformServices) {
        platformServices.forEach(felix::offer);
        modules = new ModuleManager(felix, db, new JarInspector(trusted), calls, home.resolve("module-store"),
                Duration.ofSeconds(Long.parseLong(Settings.value(Setting.MODULE_START_TIMEOUT_S))),
                threads.named("module-retire"));
        modules.restore();
    }

    public Database db() {
        return db;
    }

    public FelixRuntime felix() {
        return felix;
    }

    public ModuleCalls calls() {
        return calls;
    }

    public ModuleManager modules() {
        return modules;
    }

    public Path home() {
        return home;
    }

    public Threads threads() {
        return threads;
    }

    @Override
    public void close() {
        if (modules != null) {
            modules.awaitRetirements();
        }
        felix.stop();
        calls.shutdown();
    }

    /** The certificates of a PKCS#12 keystore. */
    public static Set<Certificate> certificates(InputStream keystore, char[] password)
            throws IOException, GeneralSecurityException {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(keystore, password);
        Set<Certificate> certs = new HashSet<>();
        for (String alias : Collections.list(ks.aliases())) {
            certs.add(ks.getCertificate(alias));
        }
        return certs;
    }
}
