package id.anjungan.host.threads;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Every thread the host starts comes from one factory: the container's managed one in the kiosk, the JDK's in tests.
 * The long-lived executors made here are shut down together when the application stops.
 */
public final class Threads implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Threads.class.getName());

    private final ThreadFactory base;
    private final List<ExecutorService> owned = new CopyOnWriteArrayList<>();

    public Threads(ThreadFactory base) {
        this.base = base;
    }

    /** Threads outside a container: tests and tools. */
    public static Threads plain() {
        return new Threads(Executors.defaultThreadFactory());
    }

    /** Daemon threads named after their work, so a thread dump says what each one does. */
    public ThreadFactory named(String name) {
        return work -> {
            Thread thread = base.newThread(work);
            thread.setName(name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Runs one task on a thread of its own. */
    public void start(String name, Runnable work) {
        named(name).newThread(work).start();
    }

    /** One thread working through a queue, stopped with the application. */
    public ExecutorService single(String name) {
        return own(Executors.newSingleThreadExecutor(named(name)));
    }

    /** One thread for scheduled work, stopped with the application. */
    public ScheduledExecutorService scheduled(String name) {
        return own(Executors.newSingleThreadScheduledExecutor(named(name)));
    }

    /** An executor made from {@link #named}, stopped with the application. */
    public <E extends ExecutorService> E own(E executor) {
        owned.add(executor);
        return executor;
    }

    /** Whether every executor made or owned here has stopped. */
    public boolean stopped() {
        return owned.stream().allMatch(ExecutorService::isTerminated);
    }

    /** Interrupts the work of every executor and waits a little for it to end. */
    @Override
    public void close() {
        owned.forEach(ExecutorService::shutdownNow);
        for (ExecutorService executor : owned) {
            try {
                if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                    LOG.warning("An executor did not stop within 10 s: " + executor);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
