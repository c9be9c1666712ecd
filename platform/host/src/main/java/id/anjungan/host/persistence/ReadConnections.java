package id.anjungan.host.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;

/**
 * Plain JDBC connections in auto-commit mode for the one read that every status lookup makes. In a transaction of
 * the persistence unit that read costs a second round trip to PostgreSQL (the commit), and a context switch to its
 * server process on each; on Derby, the transaction's bookkeeping. A caller that fails gives its connection up.
 */
final class ReadConnections implements AutoCloseable {

    /** Idle connections kept; more callers than this at once (request threads) get a connection of their own. */
    static final int KEPT = 16;

    private final java.sql.Driver driver;
    private final String url;
    private final Properties credentials;
    private final BlockingDeque<Connection> idle = new LinkedBlockingDeque<>();
    private volatile boolean closed;

    ReadConnections(java.sql.Driver driver, String url, Properties credentials) {
        this.driver = driver;
        this.url = url;
        this.credentials = credentials;
    }

    <T> T run(Database.JdbcWork<T> work) throws SQLException {
        Connection c = idle.pollFirst();
        if (c == null) {
            c = driver.connect(url, credentials);
            // no row locks for the probe (Derby: ~13 % of its read): it reads only published lists, which never
            // change; PostgreSQL reads committed rows at this level all the same
            c.setTransactionIsolation(Connection.TRANSACTION_READ_UNCOMMITTED);
        }
        boolean reusable = false;
        try {
            T result = work.run(c);
            reusable = true;
            return result;
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
                // the connection broke (a restarted database server): the idle ones are most likely broken too
                forgetIdle();
            }
            throw e;
        } finally {
            if (reusable && !closed && idle.size() < KEPT) {
                idle.offerFirst(c);
                if (closed) {
                    close(); // given back while the database closed
                }
            } else {
                quietlyClose(c);
            }
        }
    }

    int idle() {
        return idle.size();
    }

    @Override
    public void close() {
        closed = true;
        forgetIdle();
    }

    private void forgetIdle() {
        for (Connection c; (c = idle.pollFirst()) != null;) {
            quietlyClose(c);
        }
    }

    private static void quietlyClose(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // broken already: nothing left to release
        }
    }
}
