package id.anjungan.host.modules.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.threads.Threads;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The threads a kiosk starts for module calls and bundle retirements all end when the kiosk stops. */
class KioskShutdownTest {

    @TempDir
    Path home;

    @Test
    void everyThreadTheKioskStartedEndsWithIt() throws Exception {
        List<Thread> started = new CopyOnWriteArrayList<>();
        ThreadFactory jdk = Executors.defaultThreadFactory();
        Threads threads = new Threads(work -> {
            Thread thread = jdk.newThread(work);
            started.add(thread);
            return thread;
        });
        try (TestHost host = TestHost.start(home, threads)) {
            host.modules.install(ModuleJars.example());
            assertFalse(host.targets().isEmpty());
            host.modules.update("RUJUKAN", ModuleJars.example("1.0.1")); // the old bundle is retired on a thread
            assertFalse(host.targets().isEmpty());
        }
        threads.close();
        for (Thread thread : started) {
            thread.join(10_000);
        }
        assertTrue(started.stream().map(Thread::getName).toList().containsAll(List.of("module-call", "module-retire")),
                "calls and retirements ran on the kiosk's threads: " + started);
        assertEquals(List.of(), started.stream().filter(Thread::isAlive).map(Thread::getName).toList(), "still running");
        assertTrue(threads.stopped());
    }
}
