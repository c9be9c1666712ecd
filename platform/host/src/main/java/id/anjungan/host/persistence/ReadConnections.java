package id.anjungan.host.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Pooled connections in auto-commit mode for the one read that every status lookup makes. In a transaction of the
 * persistence unit that read costs a second round trip to PostgreSQL (the commit), and a context switch to its server
 * process on each; on Derby, the transaction's bookkeeping. The pool evicts a connection that broke (SQLState 08).
 */
final class ReadConnections {

    private final DataSource pool;
    private final boolean derby;

    ReadConnections(DataSource pool, boolean derby) {
        this.pool = pool;
        this.derby = derby;
    }

    <T> T run(Database.JdbcWork<T> work) throws SQLException {
        try (Connection c = pool.getConnection()) {
            if (derby) {
                // no row locks for the probe (~13 % of its read): it reads only published lists, which never change.
                // PostgreSQL reads committed rows at this level all the same, and would pay a round trip to set it.
                // The pool sets the isolation back when the connection returns.
                c.setTransactionIsolation(Connection.TRANSACTION_READ_UNCOMMITTED);
            }
            return work.run(c);
        }
    }
}
