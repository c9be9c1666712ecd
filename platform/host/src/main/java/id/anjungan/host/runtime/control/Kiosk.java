package id.anjungan.host.runtime.control;

import id.anjungan.host.config.Setting;
import id.anjungan.host.config.Settings;
import id.anjungan.host.modules.control.DevelopmentKey;
import id.anjungan.host.modules.control.ModuleManager;
import id.anjungan.host.osgi.BundleFailure;
import id.anjungan.host.osgi.FelixRuntime;
import id.anjungan.host.osgi.PlatformService;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.threads.Threads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;

/** The running kiosk inside the container: started and stopped by {@link id.anjungan.host.runtime.boundary.Bootstrap}. */
@ApplicationScoped
public class Kiosk {

    private static final Logger LOG = Logger.getLogger(Kiosk.class.getName());

    @Inject
    Database db;
    @Inject
    id.anjungan.host.security.control.Accounts accounts;
    @Inject
    id.anjungan.host.demo.control.DemoData demo;
    @Inject
    DemoImporter demoImporter;
    @Inject
    id.anjungan.host.recipients.control.RecipientImport recipientImport;
    @Inject
    id.anjungan.host.audit.control.HashChainedAudit audit;
    @Inject
    id.anjungan.host.attachments.control.OrphanAttachments orphanAttachments;
    @Inject
    id.anjungan.host.outbox.control.SyncRetention syncRetention;
    @Inject
    @Any
    Instance<PlatformService> platformServices;
    @Inject
    Threads threads;
    @Inject
    id.anjungan.host.relay.control.Relay relay;
    @Inject
    id.anjungan.host.city.control.CityConsumers cityConsumers;
    @Inject
    id.anjungan.host.city.control.Rollouts rollouts;
    @Inject
    id.anjungan.host.city.control.DownlinkSender downlinkSender;
    @Inject
    id.anjungan.host.rollout.control.DesiredState desiredModules;
    @Inject
    id.anjungan.host.city.control.ListDistribution listDistribution;

    private volatile KioskRuntime runtime;
    private DropFolder dropFolder;

    public void start(ServletContext web) throws IOException, GeneralSecurityException, BundleFailure {
        Path home = Files.createDirectories(Settings.home());
        // the database and the framework start side by side; modules need both. The trust store is checked before
        // the database is touched: a refused start leaves no first admin whose one-time password nobody saw
        java.util.concurrent.CompletableFuture<Set<Certificate>> trust =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> checkedTrust(web),
                        work -> threads.start("kiosk-start", work));
        refuseRelayWithoutNumber();
        java.util.concurrent.CompletableFuture<Void> database = trust.thenAccept(checked -> {
            db.open(Map.of());
            recipientImport.prepareStorage();
            accounts.ensureFirstAdmin();
            relay.start(); // its own thread: an unreachable city never holds the start up
        });
        KioskRuntime started = new KioskRuntime(home, db, threads);
        started.startFramework(infrastructure(web));
        Map<Class<?>, Object> services = new LinkedHashMap<>();
        for (PlatformService service : platformServices) {
            services.put(service.serviceType(), service);
        }
        Set<Certificate> trusted;
        try {
            trusted = trust.join();
            database.join();
        } catch (java.util.concurrent.CompletionException e) {
            started.close();
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        started.startModules(trusted, services);
        runtime = started;
        if (demo.enabled()) {
            demo.load(started.modules(), (programAndPeriod, csv) -> demoImporter.accept(programAndPeriod, csv));
        }
        dropFolder = new DropFolder(home.resolve("modules"), started.modules(), threads.named("module-drop-folder"));
        dropFolder.start();
        orphanAttachments.start();
        // after the demo lists: each demo kiosk loads its own, the city distributes what it imports from now on
        listDistribution.start();
        cityConsumers.start(); // a city node with a broker: returns at once, connected or not
        rollouts.start(); // likewise
        downlinkSender.start(); // and what its staff decided goes down to the kiosks, from every node
        if (id.anjungan.host.config.KioskIdentity.relays()) {
            desiredModules.reconcileSoon(); // a desired state received before a restart and not yet reached
        }
        syncRetention.start();
        LOG.info(() -> "Kiosk started in " + home + " with " + started.modules().list().size() + " modules");
    }

    /** A setting the kiosk must not run with: the process ends instead of serving. */
    public static final class StartRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StartRefused(String why) {
            super(why);
        }
    }

    public void stop() {
        relay.stop();
        cityConsumers.stop();
        downlinkSender.stop();
        rollouts.stop();
        desiredModules.stop();
        listDistribution.stop();
        syncRetention.stop();
        orphanAttachments.stop();
        audit.flush();
        if (dropFolder != null) {
            dropFolder.close();
        }
        if (runtime != null) {
            runtime.close();
            runtime = null;
        }
        db.close();
    }

    public boolean ready() {
        KioskRuntime r = runtime;
        return r != null && r.felix().isActive() && r.modules().allEnabledActive();
    }

    /** Each installed module's condition (health UP, DOWN, DISABLED, and why it is down); none while the kiosk starts. */
    public Map<String, ModuleManager.Condition> moduleHealth() {
        try {
            return modules().health();
        } catch (id.anjungan.host.problem.Problem starting) {
            return Map.of();
        }
    }

    public KioskRuntime runtime() {
        KioskRuntime r = runtime;
        if (r == null) {
            throw id.anjungan.host.problem.Problem.of(503, "starting", "Anjungan sedang dimulai", "Kiosk is starting",
                    "Anjungan sedang dimulai. Silakan tunggu sebentar.", "The kiosk is starting. Please wait a moment.");
        }
        return r;
    }

    /** The module manager of the running kiosk; asking for it while the kiosk starts answers 503. */
    @Produces
    public ModuleManager modules() {
        return runtime().modules();
    }

    /** Duplicate ids and tracking numbers carry the kiosk's number: without one, two kiosks' cases would collide. */
    static void refuseRelayWithoutNumber() {
        try {
            if (id.anjungan.host.config.KioskIdentity.relays()
                    && id.anjungan.host.config.KioskIdentity.number().isEmpty()) {
                throw new StartRefused(Setting.CITY_BROKER_URL.variable() + " is set but " + Setting.KIOSK_NUMBER.variable()
                        + " is not: the city tells its kiosks apart by their numbers");
            }
        } catch (IllegalArgumentException invalid) {
            throw new StartRefused(invalid.getMessage());
        }
    }

    private static Map<String, FelixRuntime.InputStreamSupplier> infrastructure(ServletContext web) {
        Map<String, FelixRuntime.InputStreamSupplier> jars = new TreeMap<>();
        for (String path : web.getResourcePaths("/WEB-INF/felix/")) {
            jars.put(path.substring(path.lastIndexOf('/') + 1), () -> web.getResourceAsStream(path));
        }
        return jars;
    }

    private Set<Certificate> checkedTrust(ServletContext web) {
        Set<Certificate> trusted;
        try {
            trusted = trusted(web);
        } catch (IOException | GeneralSecurityException e) {
            throw new StartRefused("The module trust store cannot be read: " + e.getMessage());
        }
        try {
            DevelopmentKey.refuseOutsideDemo(trusted, demo.enabled(),
                    Boolean.parseBoolean(Settings.value(Setting.TRUST_DEVELOPMENT_KEY)));
        } catch (IllegalStateException refused) {
            throw new StartRefused(refused.getMessage());
        }
        return trusted;
    }

    private static Set<Certificate> trusted(ServletContext web) throws IOException, GeneralSecurityException {
        var configured = Settings.get(Setting.TRUST_KEYSTORE);
        char[] password = Settings.value(Setting.TRUST_PASSWORD).toCharArray();
        try (InputStream in = configured.isPresent() ? Files.newInputStream(Path.of(configured.get()))
                : web.getResourceAsStream("/WEB-INF/keys/trusted-modules.p12")) {
            return KioskRuntime.certificates(in, password);
        }
    }
}
