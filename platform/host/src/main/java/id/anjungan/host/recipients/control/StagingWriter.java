package id.anjungan.host.recipients.control;

import id.anjungan.spi.platform.RecipientRecord;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes an import's batches on a thread of its own while the importing thread reads and checks the next batch (two
 * cores: one parses, one writes). At most one batch is being written; a failed write is thrown by the next call.
 */
final class StagingWriter implements AutoCloseable {

    private final StagedRows staged;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "recipient-import-writer");
        t.setDaemon(true);
        return t;
    });
    private Future<?> writing;

    StagingWriter(StagedRows staged) {
        this.staged = staged;
    }

    /** Hands a batch over once the previous one is written; the caller must not touch the list afterwards. */
    void add(List<RecipientRecord> batch) {
        await();
        writing = thread.submit(() -> staged.add(batch));
    }

    /** Waits until every batch handed over is written. */
    void await() {
        Future<?> pending = writing;
        writing = null;
        if (pending == null) {
            return;
        }
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    pending.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true; // a write is never abandoned half-way: the caller discards after it
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Waits for a write still running (its failure no longer matters) and stops the thread. */
    @Override
    public void close() {
        try {
            await();
        } catch (RuntimeException | Error ignored) {
            // the import has failed already; the staged rows are discarded next
        } finally {
            thread.shutdown();
        }
    }
}
