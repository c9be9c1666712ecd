package id.anjungan.module.rujukan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.anjungan.spi.Actor;
import id.anjungan.spi.Program;
import id.anjungan.testkit.TestPlatform;
import id.anjungan.testkit.host.FrameworkHost;
import id.anjungan.testkit.screens.ScreenCheck;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The signed jar this build made, in real Felix with Declarative Services and ConfigAdmin, as a module author tests
 * theirs: it installs only as signed by the key the build signed with, answers its operation, and its screen has
 * nothing serious for axe-core in either theme or text size. It sits in a package of its own: the module's packages
 * are signed in the jar, and an unsigned test class in one of them could not load beside them.
 */
class RujukanInFrameworkIT {

    @TempDir
    Path home;

    @Test
    void theSignedModuleRunsAndItsScreenIsAccessible() throws Exception {
        var trusted = FrameworkHost.certificates(Path.of(System.getProperty("anjungan.sign.keystore")),
                System.getProperty("anjungan.sign.password"));
        try (FrameworkHost host = FrameworkHost.start(home, new TestPlatform(), trusted)) {
            host.install(Path.of(System.getProperty("module.jar")));
            Program rujukan = host.program("RUJUKAN");
            assertEquals(5, ((List<?>) rujukan.operate("targets", Map.of(), Actor.resident())).size());
            assertEquals(List.of(), ScreenCheck.seriousViolations(host, "RUJUKAN", "targets"));
        }
    }
}
