package id.anjungan.host.programstore.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.modules.control.ModuleJars;
import id.anjungan.host.modules.control.ModuleManager;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.osgi.FelixRuntime;
import id.anjungan.host.runtime.control.KioskRuntime;
import id.anjungan.host.threads.Threads;
import id.anjungan.spi.platform.ProgramStore;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;

/** A module gets the program store of the program its manifest declares, through the framework's service factory. */
class ProgramStoreServiceTest {

    @TempDir
    Path home;

    @Test
    void theExampleModuleGetsTheStoreOfItsOwnProgram() throws Exception {
        Database db = new Database();
        db.open(Map.of("jakarta.persistence.jdbc.url", "jdbc:derby:" + home.resolve("db") + ";create=true"));
        StoredProgramValues values = new StoredProgramValues();
        values.db = db;
        Threads threads = Threads.plain();
        KioskRuntime runtime = new KioskRuntime(home, db, threads);
        try (InputStream trusted = Files.newInputStream(Path.of(System.getProperty("trusted.keystore")))) {
            runtime.start(FelixRuntime.bundlesIn(Path.of(System.getProperty("felix.bundles"))),
                    KioskRuntime.certificates(trusted, "anjungan".toCharArray()), Map.of(ProgramStore.class, values));
        }
        try {
            runtime.modules().install(ModuleJars.example());
            ModuleManager.Active active = runtime.modules().active("RUJUKAN").orElseThrow();
            BundleContext module = runtime.felix().context().getBundle(active.bundleId()).getBundleContext();
            ProgramStore store = module.getService(module.getServiceReference(ProgramStore.class));
            store.put("greeting", "halo");
            assertEquals(Optional.of("halo"), values.forProgram("RUJUKAN").get("greeting"));
            assertTrue(values.forProgram("BPNT").get("greeting").isEmpty(), "another program sees nothing");
        } finally {
            runtime.close();
            db.close();
            threads.close();
        }
    }
}
