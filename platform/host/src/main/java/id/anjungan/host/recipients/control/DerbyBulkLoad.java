package id.anjungan.host.recipients.control;

import id.anjungan.spi.platform.RecipientRecord;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Loads an import's rows into its empty Derby table with one statement that reads them from {@link ImportFeed} as the
 * import hands them over. The load is one transaction: the table stays invisible until it is published either way.
 */
final class DerbyBulkLoad implements RowSink {

    private final BlockingQueue<List<RecipientRecord>> batches = new ArrayBlockingQueue<>(2);
    private final String feed = ImportFeed.open(batches);
    private final CompletableFuture<Void> loading;
    private long waitedNanos;

    DerbyBulkLoad(StagedRows staged, ThreadFactory threads) {
        loading = new CompletableFuture<>();
        threads.newThread(() -> {
            try {
                staged.load(feed);
                loading.complete(null);
            } catch (RuntimeException | Error e) {
                loading.completeExceptionally(e);
            }
        }).start();
    }

    @Override
    public void add(List<RecipientRecord> batch) {
        hand(batch);
    }

    @Override
    public void await() {
        hand(ImportFeed.END);
        long start = System.nanoTime();
        try {
            loading.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        } finally {
            waitedNanos += System.nanoTime() - start;
        }
    }

    @Override
    public long waitedMillis() {
        return waitedNanos / 1_000_000;
    }

    @Override
    public void close() {
        if (!loading.isDone()) {
            batches.clear();
            batches.offer(ImportFeed.ABORT);
            try {
                loading.join();
            } catch (CompletionException expected) {
                // the load was stopped on purpose
            }
        }
        ImportFeed.close(feed);
    }

    private void hand(List<RecipientRecord> batch) {
        long start = System.nanoTime();
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    if (batches.offer(batch, 50, TimeUnit.MILLISECONDS)) {
                        return;
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                }
                if (loading.isDone()) {
                    loading.join(); // throws why the load stopped
                    throw new IllegalStateException("the load ended before the last batch");
                }
            }
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        } finally {
            waitedNanos += System.nanoTime() - start;
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
