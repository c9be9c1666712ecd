package id.anjungan.host.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Threads come from the injected factory, and the executors made from it stop when the application does. */
class ThreadsTest {

    private final List<Thread> made = new CopyOnWriteArrayList<>();
    private final ThreadFactory jdk = Executors.defaultThreadFactory();
    private final Threads threads = new Threads(work -> {
        Thread thread = jdk.newThread(work);
        made.add(thread);
        return thread;
    });

    @Test
    void executorsAtWorkStopWhenTheApplicationStops() throws Exception {
        CountDownLatch working = new CountDownLatch(2);
        ExecutorService writer = threads.single("audit-writer");
        writer.execute(() -> blockUntilInterrupted(working)); // like the audit writer's endless loop
        ScheduledExecutorService schedule = threads.scheduled("orphan-attachments");
        schedule.scheduleWithFixedDelay(() -> { }, 0, 6, TimeUnit.HOURS);
        ExecutorService pool = threads.own(Executors.newFixedThreadPool(1, threads.named("module-call")));
        pool.execute(() -> blockUntilInterrupted(working));
        working.await();
        assertFalse(threads.stopped());

        threads.close();

        assertTrue(writer.isTerminated() && schedule.isTerminated() && pool.isTerminated());
        assertTrue(threads.stopped());
        for (Thread thread : made) {
            thread.join(10_000);
        }
        assertEquals(List.of(), made.stream().filter(Thread::isAlive).toList());
    }

    @Test
    void threadsAreNamedDaemonsOfTheInjectedFactory() {
        Thread thread = threads.named("nik-index").newThread(() -> { });
        assertEquals(List.of(thread), made);
        assertEquals("nik-index", thread.getName());
        assertTrue(thread.isDaemon(), "a stuck thread must not keep the JVM from exiting");
    }

    private static void blockUntilInterrupted(CountDownLatch working) {
        working.countDown();
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
