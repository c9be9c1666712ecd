package id.anjungan.host.modules.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.Actor;
import id.anjungan.spi.Program;
import id.anjungan.spi.Submission;
import id.anjungan.spi.platform.ProgramStore;
import id.anjungan.testkit.TestPlatform;
import id.anjungan.testkit.host.FrameworkHost;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/** The testkit's in-framework harness runs the example module's signed jar as a kiosk would, and refuses what it would. */
class FrameworkHostTest {

    @TempDir
    Path home;
    private FrameworkHost host;

    @BeforeEach
    void start() throws Exception {
        Set<Certificate> trusted = FrameworkHost.certificates(Path.of(System.getProperty("trusted.keystore")), "anjungan");
        host = FrameworkHost.start(home, new TestPlatform(), trusted);
    }

    @AfterEach
    void stop() throws Exception {
        host.close();
    }

    @Test
    void runsTheSignedModuleWithItsConfigurationAndRemovesIt() throws Exception {
        host.configure("id.anjungan.rujukan", Map.of("slaDays", 9, "office", "Kantor Kelurahan Uji"));
        assertEquals("RUJUKAN", host.install(ModuleJars.example()));
        Program rujukan = host.program("RUJUKAN");
        assertEquals(5, ((List<?>) rujukan.operate("targets", Map.of(), Actor.resident())).size());
        String next = rujukan.assess(new Submission("RUJUKAN", "minta-rujukan", Map.of("target", "KIS"),
                Actor.resident(), null)).nextSteps().id();
        assertTrue(next.contains("Kantor Kelurahan Uji") && next.contains("9 hari"), next);
        assertEquals("ACTIVE", host.state("RUJUKAN"));
        host.uninstall("RUJUKAN");
        assertEquals("UNINSTALLED", host.state("RUJUKAN"));
    }

    @Test
    void refusesUnsignedTamperedAndUntrustedJarsAsAKioskDoes() throws Exception {
        for (Path jar : List.of(ModuleJars.unsigned(), ModuleJars.wrongKey(), ModuleJars.tampered(),
                ModuleJars.withEntryAdded("id/anjungan/module/rujukan/internal/Extra.class"))) {
            assertThrows(SecurityException.class, () -> host.install(jar), jar.toString());
        }
        assertEquals("UNINSTALLED", host.state("RUJUKAN"));
    }

    @Test
    void aModuleWritesToTheStoreOfItsOwnProgram() throws Exception {
        host.install(ModuleJars.example());
        Bundle module = java.util.Arrays.stream(host.context().getBundles())
                .filter(b -> "id.anjungan.module.rujukan".equals(b.getSymbolicName())).findFirst().orElseThrow();
        BundleContext context = module.getBundleContext();
        context.getService(context.getServiceReference(ProgramStore.class)).put("greeting", "halo");
        assertEquals(Optional.of("halo"), host.store("RUJUKAN").get("greeting"));
        assertTrue(host.store("BPNT").get("greeting").isEmpty(), "another program sees nothing");
    }
}
