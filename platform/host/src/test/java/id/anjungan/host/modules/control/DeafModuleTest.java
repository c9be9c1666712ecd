package id.anjungan.host.modules.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.catalog.control.Programs;
import id.anjungan.host.catalog.control.TestPrograms;
import id.anjungan.host.modules.entity.ModuleView;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.testbundles.DeafProgram;
import id.anjungan.host.testbundles.TestBundles;
import id.anjungan.spi.Actor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A module that hangs and ignores interrupts stays in its corner: called 100 times at once it holds no more threads
 * than its share, the other module answers every call, it is DOWN and refused at once, and disabling it releases it.
 */
class DeafModuleTest {

    static final String SPI = "id.anjungan.spi;version=\"[1.0,2)\",id.anjungan.spi.platform;version=\"[1.0,2)\"";
    /** As many as the callers of the other module, so that it is never refused; the deaf one has twice as many. */
    static final int SHARE = 8;

    @TempDir
    Path home;
    private TestHost host;
    private Programs programs;
    private final ExecutorService callers = Executors.newFixedThreadPool(2 * SHARE);
    private final ExecutorService others = Executors.newFixedThreadPool(SHARE);

    @BeforeEach
    void start() throws Exception {
        System.setProperty("anjungan.module.timeout.ms", "400");
        System.setProperty("anjungan.module.concurrency", String.valueOf(SHARE));
        System.setProperty("anjungan.module.cooldown.s", "600");
        host = TestHost.start(home);
        host.modules.install(ModuleJars.example());
        host.modules.install(TestBundles.bundle(DeafProgram.class, "DEAF", SPI));
        programs = TestPrograms.over(host.runtime);
    }

    @AfterEach
    void stop() {
        System.setProperty(DeafProgram.WAKE_UP, "true");
        callers.shutdownNow();
        others.shutdownNow();
        host.close();
        System.clearProperty("anjungan.module.timeout.ms");
        System.clearProperty("anjungan.module.concurrency");
        System.clearProperty("anjungan.module.cooldown.s");
        System.clearProperty(DeafProgram.WAKE_UP);
    }

    @Test
    void aHundredCallsToAModuleDeafToInterruptsLeaveTheOthersAnswering() throws Exception {
        List<Future<Object>> deaf = new ArrayList<>();
        List<Future<Object>> answers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            deaf.add(callers.submit(() -> programs.call("DEAF", p -> p.operate("hang", Map.of(), Actor.resident()))));
            answers.add(others.submit(() -> host.targets().size()));
        }
        for (Future<Object> answer : answers) {
            assertEquals(5, answer.get(), "the other module answers every call");
        }
        Set<Integer> statuses = new TreeSet<>();
        for (Future<Object> call : deaf) {
            statuses.add(((Problem) assertThrows(java.util.concurrent.ExecutionException.class, call::get).getCause())
                    .status());
        }
        assertEquals(Set.of(503, 504), statuses, "timed out while let in, refused at once beyond its share or DOWN");
        assertTrue(threadsIn(DeafProgram.class) <= SHARE, "threads stuck in it: " + threadsIn(DeafProgram.class));
        assertEquals("DOWN", host.modules.health().get("DEAF").health());
        assertEquals("UP", host.modules.health().get("RUJUKAN").health());

        Problem down = assertThrows(Problem.class, () -> programs.call("DEAF", p -> p.operate("hang", Map.of(),
                Actor.resident())));
        assertEquals("module-down", down.code());
        assertTrue(down.detail().id().contains("DEAF") && down.detail().en().contains("DEAF"), down.detail().en());
    }

    @Test
    void disablingADeafModuleReleasesItAndItsCallsFailFast() throws Exception {
        List<Future<Object>> deaf = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            deaf.add(callers.submit(() -> programs.call("DEAF", p -> p.operate("hang", Map.of(), Actor.resident()))));
        }
        for (Future<Object> call : deaf) {
            assertThrows(java.util.concurrent.ExecutionException.class, call::get);
        }

        assertEquals("DISABLED", host.modules.setEnabled("DEAF", false).state(),
                "disabling does not wait for threads that will never end");
        assertEquals("DISABLED", host.modules.health().get("DEAF").health());
        Problem gone = assertThrows(Problem.class, () -> programs.call("DEAF", p -> p.operate("hang", Map.of(),
                Actor.resident())));
        assertEquals(404, gone.status());
        assertEquals(5, host.targets().size());

        host.modules.setEnabled("DEAF", true);
        assertEquals("UP", host.modules.health().get("DEAF").health(), "a new start, its stuck threads count no more");
        Problem timeout = assertThrows(Problem.class, () -> programs.call("DEAF", p -> p.operate("hang", Map.of(),
                Actor.resident())));
        assertEquals(504, timeout.status(), "let in again (a timeout), not refused as busy or DOWN");

        host.modules.uninstall("DEAF"); // does not wait for the call still stuck in it
        assertEquals(List.of("RUJUKAN"), host.modules.list().stream().map(ModuleView::code).toList());
        assertEquals(5, host.targets().size());
    }

    private static long threadsIn(Class<?> program) {
        return Thread.getAllStackTraces().values().stream().filter(stack -> java.util.Arrays.stream(stack)
                .anyMatch(frame -> frame.getClassName().equals(program.getName()))).count();
    }
}
