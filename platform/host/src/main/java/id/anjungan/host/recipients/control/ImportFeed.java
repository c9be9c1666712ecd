package id.anjungan.host.recipients.control;

import id.anjungan.spi.platform.RecipientRecord;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.derby.vti.VTITemplate;

/**
 * A Derby table function over the batches an import hands over, so that Derby loads a new list table with one {@code
 * INSERT … SELECT} from it: Derby bulk-loads an empty table from a table function without logging each row, about twice
 * as fast as a batch of single-row inserts. Public because Derby calls {@link #rows} by name.
 */
public final class ImportFeed {

    static final String FUNCTION = "anjungan_import_rows";
    /** Handed over after the last batch. */
    static final List<RecipientRecord> END = Collections.unmodifiableList(new java.util.ArrayList<>());
    /** Handed over instead when the import failed: the load must stop, not finish. */
    static final List<RecipientRecord> ABORT = Collections.unmodifiableList(new java.util.ArrayList<>());

    private static final Map<String, BlockingQueue<List<RecipientRecord>>> FEEDS = new ConcurrentHashMap<>();

    private ImportFeed() {
    }

    static String open(BlockingQueue<List<RecipientRecord>> batches) {
        String id = UUID.randomUUID().toString();
        FEEDS.put(id, batches);
        return id;
    }

    static void close(String id) {
        FEEDS.remove(id);
    }

    /** Called by Derby for {@code TABLE(anjungan_import_rows(?))}. */
    public static ResultSet rows(String id) throws SQLException {
        BlockingQueue<List<RecipientRecord>> batches = FEEDS.get(id);
        if (batches == null) {
            throw new SQLException("no import feeds " + id);
        }
        return new Rows(batches);
    }

    static String createFunction() {
        return "CREATE FUNCTION " + FUNCTION + " (feed VARCHAR(40)) RETURNS TABLE (nik CHAR(16), kk VARCHAR(16), "
                + "full_name VARCHAR(200), address VARCHAR(300), rt VARCHAR(3), rw VARCHAR(3), kelurahan VARCHAR(80), "
                + "fields_json VARCHAR(4000)) LANGUAGE JAVA PARAMETER STYLE DERBY_JDBC_RESULT_SET NO SQL "
                + "EXTERNAL NAME '" + ImportFeed.class.getName() + ".rows'";
    }

    private static final class Rows extends VTITemplate {

        private final BlockingQueue<List<RecipientRecord>> batches;
        private Iterator<RecipientRecord> batch = Collections.emptyIterator();
        private final String[] row = new String[8];
        private boolean wasNull;

        Rows(BlockingQueue<List<RecipientRecord>> batches) {
            this.batches = batches;
        }

        @Override
        public boolean next() throws SQLException {
            while (!batch.hasNext()) {
                List<RecipientRecord> next;
                try {
                    next = batches.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SQLException("import interrupted", e);
                }
                if (next == END) {
                    return false;
                }
                if (next == ABORT) {
                    throw new SQLException("import abandoned");
                }
                batch = next.iterator();
            }
            RecipientRecord r = batch.next();
            row[0] = r.nik();
            row[1] = r.kk();
            row[2] = r.name();
            row[3] = r.address();
            row[4] = r.rt();
            row[5] = r.rw();
            row[6] = r.kelurahan();
            row[7] = FieldsJson.write(r.fields());
            return true;
        }

        @Override
        public String getString(int column) {
            String value = row[column - 1];
            wasNull = value == null;
            return value;
        }

        @Override
        public boolean wasNull() {
            return wasNull;
        }

        @Override
        public void close() {
            // the batches belong to the import
        }
    }
}
