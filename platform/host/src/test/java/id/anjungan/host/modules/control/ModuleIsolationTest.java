package id.anjungan.host.modules.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.problem.Problem;
import id.anjungan.host.testbundles.FailingToStartProgram;
import id.anjungan.host.testbundles.MisbehavingProgram;
import id.anjungan.host.testbundles.TestBundles;
import id.anjungan.spi.Actor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A module that hangs, throws, fails to start or to resolve is isolated; the others keep working. */
class ModuleIsolationTest {

    private static final String SPI = "id.anjungan.spi;version=\"[1.0,2)\"";

    @TempDir
    Path home;
    private TestHost host;

    @BeforeEach
    void start() throws Exception {
        System.setProperty("anjungan.module.timeout.ms", "400");
        System.setProperty("anjungan.module.start.timeout.s", "2");
        host = TestHost.start(home);
        host.modules.install(ModuleJars.example());
    }

    @AfterEach
    void stop() {
        host.close();
        System.clearProperty("anjungan.module.timeout.ms");
        System.clearProperty("anjungan.module.start.timeout.s");
    }

    @Test
    void hangingAndThrowingModuleTurnsUnhealthyAndOthersKeepWorking() throws Exception {
        assertEquals("ACTIVE", host.modules.install(TestBundles.bundle(MisbehavingProgram.class, "BAD", SPI)).state());
        Problem failure = assertThrows(Problem.class, () -> call("BAD", "fail"));
        assertEquals(502, failure.status());
        assertTrue(failure.detail().en().contains("Other services keep working"));
        for (int i = 0; i < 3; i++) {
            Problem timeout = assertThrows(Problem.class, () -> call("BAD", "hang"));
            assertEquals(504, timeout.status());
            assertTrue(timeout.detail().id().contains("tidak menjawab"), timeout.detail().id());
            assertEquals(5, host.targets().size(), "the other module answers meanwhile");
        }
        assertEquals("DOWN", host.modules.view("BAD").health());
        assertEquals("UP", host.modules.view("RUJUKAN").health());

        Problem down = assertThrows(Problem.class, () -> call("BAD", "fail"));
        assertEquals(503, down.status(), "refused at once while DOWN, not called");
        assertEquals("module-down", down.code());
        assertTrue(down.detail().id().contains("BAD"), down.detail().id());
    }

    @Test
    void moduleThatCannotStartOrResolveIsRefusedAndChangesNothing() throws Exception {
        Problem noProgram = assertThrows(Problem.class,
                () -> host.modules.install(TestBundles.bundle(FailingToStartProgram.class, "BROKEN", SPI)));
        assertEquals("no-program", noProgram.code());
        Problem unresolved = assertThrows(Problem.class, () -> host.modules.install(TestBundles.bundle(
                MisbehavingProgram.class, "BAD", SPI + ",no.such.pkg")));
        assertEquals("start-failed", unresolved.code());
        assertTrue(unresolved.detail().en().contains("no.such.pkg"), unresolved.detail().en());
        assertEquals(1, host.modules.list().size());
        assertEquals(5, host.targets().size());
        assertEquals(List.of("RUJUKAN"), stored(home.resolve("module-store")), "refused modules leave nothing stored");

        host.modules.install(TestBundles.bundle(MisbehavingProgram.class, "BAD", SPI));
        List<String> bad = stored(home.resolve("module-store/BAD"));
        assertEquals("start-failed", assertThrows(Problem.class, () -> host.modules.update("BAD", TestBundles.bundle(
                MisbehavingProgram.class, "BAD", SPI + ",no.such.pkg", "1.0.1"))).code());
        assertEquals(bad, stored(home.resolve("module-store/BAD")), "a refused update leaves nothing stored");
    }

    private static List<String> stored(Path dir) throws java.io.IOException {
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private Object call(String code, String operation) {
        ModuleManager.Active active = host.modules.active(code).orElseThrow();
        return host.runtime.calls().call(code, active.bundleId(), active.program(),
                p -> p.operate(operation, Map.of(), Actor.resident()));
    }
}
