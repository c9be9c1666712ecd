package id.anjungan.host.modules.control;

import id.anjungan.spi.ProgramException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The platform-service writes of one call into a module, so that "reserve a place, then move the case" is all or
 * nothing: a place the call reserved is given back when the call fails or is abandoned at its timeout before a case
 * moved within it, and an abandoned call may write nothing more (its thread may wake up long after its caller was
 * answered). A case that moved keeps what was reserved for it.
 */
public final class CallScope {

    private static final Logger LOG = Logger.getLogger(CallScope.class.getName());
    private static final ThreadLocal<CallScope> CURRENT = new ThreadLocal<>();

    /** Held while a write runs, so that giving back and writing never interleave. */
    private final ReentrantLock writing = new ReentrantLock();
    private final List<Runnable> undo = new ArrayList<>();
    private boolean over;

    /** Runs {@code work} as the current call's scope on this thread; gives back its reservations when it throws. */
    <T> T run(Supplier<T> work) {
        CURRENT.set(this);
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            CURRENT.remove();
            end();
            throw e;
        } finally {
            CURRENT.remove();
        }
    }

    /**
     * Runs a platform-service write: at once outside a module call, within the call's scope otherwise; refused once
     * the call was abandoned.
     */
    public static <T> T write(Supplier<T> write) {
        CallScope scope = CURRENT.get();
        if (scope == null) {
            return write.get();
        }
        scope.writing.lock();
        try {
            if (scope.over) {
                throw ProgramException.of("call-abandoned", "Waktu layanan sudah habis; perubahan ini tidak disimpan.",
                        "The service ran out of time; this change was not saved.");
            }
            return write.get();
        } finally {
            scope.writing.unlock();
        }
    }

    /** Within {@link #write}: what gives back a reservation just made, should the call not end well. */
    public static void undoUnlessSettled(Runnable giveBack) {
        CallScope scope = CURRENT.get();
        if (scope != null) {
            scope.undo.add(giveBack); // under the write lock: only its own thread adds, within write()
        }
    }

    /** Within {@link #write}: a case moved, so what the call reserved belongs to it now. */
    public static void settled() {
        CallScope scope = CURRENT.get();
        if (scope != null) {
            scope.undo.clear();
        }
    }

    /**
     * The caller stopped waiting. Gives back at once unless a write is running, then after it on {@code later}, so
     * the caller never waits for a write stuck on a database lock.
     */
    void abandon(Executor later) {
        if (writing.tryLock()) {
            try {
                giveBack();
            } finally {
                writing.unlock();
            }
        } else {
            later.execute(this::end);
        }
    }

    private void end() {
        writing.lock();
        try {
            giveBack();
        } finally {
            writing.unlock();
        }
    }

    /** Runs outside any call's scope: giving back is the platform's write, not the abandoned call's. */
    private void giveBack() {
        over = true;
        CallScope outer = CURRENT.get();
        CURRENT.remove();
        try {
            undo.forEach(CallScope::quietly);
        } finally {
            undo.clear();
            if (outer != null) {
                CURRENT.set(outer);
            }
        }
    }

    private static void quietly(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            LOG.warning(() -> "A reservation of an abandoned module call was not given back: " + e);
        }
    }
}
