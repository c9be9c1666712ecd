package id.anjungan.host.recipients.control;

import id.anjungan.spi.platform.RecipientRecord;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

/**
 * Writes an import's batches on threads of their own while the importing thread reads and checks the next batch (used
 * on PostgreSQL, where each batch is a {@code COPY}). Each batch is its own transaction, so {@code writers} batches may be written at once; a failed write is thrown by
 * the next call.
 */
final class StagingWriter implements RowSink {

    private final StagedRows staged;
    private final int writers;
    private final ExecutorService threads;
    private final Deque<Future<?>> writing = new ArrayDeque<>();
    private long waitedNanos;

    StagingWriter(StagedRows staged, int writers, ThreadFactory threads) {
        this.staged = staged;
        this.writers = writers;
        this.threads = Executors.newFixedThreadPool(writers, threads);
    }

    @Override
    public void add(List<RecipientRecord> batch) {
        while (writing.size() >= writers) {
            awaitOldest();
        }
        writing.add(threads.submit(() -> staged.add(batch)));
    }

    @Override
    public void await() {
        while (!writing.isEmpty()) {
            awaitOldest();
        }
    }

    @Override
    public long waitedMillis() {
        return waitedNanos / 1_000_000;
    }

    private void awaitOldest() {
        Future<?> pending = writing.poll();
        boolean interrupted = false;
        long start = System.nanoTime();
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
            waitedNanos += System.nanoTime() - start;
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Waits for writes still running (their failures no longer matter) and stops the threads. */
    @Override
    public void close() {
        while (!writing.isEmpty()) {
            try {
                awaitOldest();
            } catch (RuntimeException | Error ignored) {
                // the import has failed already; the staged rows are discarded next
            }
        }
        threads.shutdown();
    }
}
