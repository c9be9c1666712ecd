package id.anjungan.host.recipients.control;

import id.anjungan.spi.platform.RecipientRecord;
import java.util.List;

/** Where an import hands its checked rows, batch by batch, while it reads the next ones. */
interface RowSink extends AutoCloseable {

    /** Hands a batch over; the caller must not touch the list afterwards. A failed write is thrown by a later call. */
    void add(List<RecipientRecord> batch);

    /** Waits until every batch handed over is stored. */
    void await();

    /** How long the importing thread waited for the database: near the total, writing is what takes the time. */
    long waitedMillis();

    /** Stops writing; rows not awaited are abandoned (the caller discards the table). */
    @Override
    void close();
}
