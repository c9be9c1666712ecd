package ${package}.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.anjungan.spi.Actor;
import id.anjungan.spi.Program;
import id.anjungan.spi.Role;
import id.anjungan.testkit.TestPlatform;
import id.anjungan.testkit.host.FrameworkHost;
import id.anjungan.testkit.screens.ScreenCheck;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The signed jar this build made, in real Felix with Declarative Services and ConfigAdmin, trusting only the key that
 * signed it: what the kiosk does when it installs the module. Its screen is checked with axe-core in headless Chromium
 * (apt install chromium chromium-driver) in both themes and text sizes.
 */
class AidProgramIT {

    @TempDir
    Path home;

    @Test
    void theSignedModuleStartsTakesItsConfigurationKeepsItsNoticeAndItsScreenIsAccessible() throws Exception {
        TestPlatform platform = new TestPlatform();
        try (FrameworkHost host = FrameworkHost.start(home, platform, FrameworkHost.certificates(
                Path.of(System.getProperty("anjungan.sign.keystore")), System.getProperty("anjungan.sign.password")))) {
            host.configure("${configurationPid}", Map.of("office", "Balai RW 03"));
            host.install(Path.of(System.getProperty("module.jar")));
            Program program = host.program(AidProgram.CODE);
            assertEquals(AidProgram.CODE, program.descriptor().code());
            program.operate(AidProgram.NOTICE, Map.of("text", "Buka Sabtu"), TestPlatform.actor("tksk", Role.TKSK));
            Map<?, ?> office = (Map<?, ?>) host.program(AidProgram.CODE).operate(AidProgram.OFFICE, Map.of(),
                    Actor.resident());
            assertEquals("Balai RW 03", office.get("office"));
            assertEquals("Buka Sabtu", office.get("notice"));
            assertEquals(List.of(), ScreenCheck.seriousViolations(host, AidProgram.CODE, "info"));
        }
    }
}
