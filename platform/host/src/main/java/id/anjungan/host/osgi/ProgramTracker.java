package id.anjungan.host.osgi;

import id.anjungan.spi.Program;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Tracks {@link Program} services by bundle. During a hot swap two bundles of one program are active at once;
 * the module manager decides which bundle answers.
 */
public final class ProgramTracker extends ServiceTracker<Program, Program> {

    private final Map<Long, Program> byBundle = new ConcurrentHashMap<>();
    private final AtomicLong revision = new AtomicLong();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    ProgramTracker(BundleContext context) {
        super(context, Program.class, null);
    }

    @Override
    public Program addingService(ServiceReference<Program> reference) {
        Program program = super.addingService(reference);
        byBundle.put(reference.getBundle().getBundleId(), program);
        changed();
        return program;
    }

    @Override
    public void removedService(ServiceReference<Program> reference, Program service) {
        byBundle.remove(reference.getBundle().getBundleId(), service);
        changed();
        super.removedService(reference, service);
    }

    private void changed() {
        revision.incrementAndGet();
        synchronized (this) {
            notifyAll();
        }
        listeners.forEach(Runnable::run);
    }

    public Optional<Program> of(long bundleId) {
        return Optional.ofNullable(byBundle.get(bundleId));
    }

    /** Waits until the bundle registers its program, or the timeout passes. */
    public synchronized Optional<Program> await(long bundleId, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (!byBundle.containsKey(bundleId)) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                return Optional.empty();
            }
            wait(left);
        }
        return of(bundleId);
    }

    public long revision() {
        return revision.get();
    }

    public void onChange(Runnable listener) {
        listeners.add(listener);
    }
}
