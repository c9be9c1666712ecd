package id.anjungan.host.modules.control;

import id.anjungan.host.persistence.Database;
import id.anjungan.host.osgi.FelixRuntime;
import id.anjungan.host.runtime.control.KioskRuntime;
import id.anjungan.host.threads.Threads;
import id.anjungan.spi.Actor;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A kiosk runtime (Derby + Felix + module manager) in the test JVM. */
public final class TestHost implements AutoCloseable {

    public final Database db = new Database();
    public final KioskRuntime runtime;
    public final ModuleManager modules;

    private TestHost(Path home, Set<Certificate> trusted, Threads threads) throws Exception {
        db.open(Map.of("jakarta.persistence.jdbc.url", "jdbc:derby:" + home.resolve("db") + ";create=true"));
        runtime = new KioskRuntime(home, db, threads);
        runtime.start(FelixRuntime.bundlesIn(Path.of(System.getProperty("felix.bundles"))), trusted, Map.of());
        modules = runtime.modules();
    }

    /** Trusting the development key. */
    public static TestHost start(Path home) throws Exception {
        return start(home, Threads.plain());
    }

    /** Trusting the development key, its threads from {@code threads}. */
    public static TestHost start(Path home, Threads threads) throws Exception {
        try (InputStream trusted = Files.newInputStream(Path.of(System.getProperty("trusted.keystore")))) {
            return new TestHost(home, KioskRuntime.certificates(trusted, "anjungan".toCharArray()), threads);
        }
    }

    /** Trusting the development key and {@link ModuleJars#secondKey()}. */
    public static TestHost trustingTwoKeys(Path home) throws Exception {
        return new TestHost(home, JarInspectorTest.trusted(), Threads.plain());
    }

    /** Calls the example module's "targets" operation the way the REST boundary does. */
    List<?> targets() {
        ModuleManager.Active active = modules.active("RUJUKAN").orElseThrow();
        return (List<?>) runtime.calls().call("RUJUKAN", active.bundleId(), active.program(),
                p -> p.operate("targets", Map.of(), Actor.resident()));
    }

    @Override
    public void close() {
        runtime.close();
        db.close();
    }
}
