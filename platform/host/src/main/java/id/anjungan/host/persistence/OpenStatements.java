package id.anjungan.host.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prepared statements kept open with their pooled connection, for the plain JDBC queries that run on every status
 * lookup. Derby's statements have finalizers: one prepared per lookup lives through a young collection, with all it
 * holds, and lengthens every pause by its copying. The statements belong to the pool's physical connection, not to
 * the handle a caller borrowed, which the pool closes with its statements when it is given back.
 */
public final class OpenStatements {

    /** Statements kept per connection; a replaced recipient list's query falls out when newer ones come. */
    static final int PER_CONNECTION = 8;
    /** More connections than the pool ever holds: time to drop the ones it has closed. */
    private static final int SWEEP_AT = 64;

    private static final Map<Connection, Map<String, PreparedStatement>> OPEN = new IdentityHashMap<>();

    private OpenStatements() {
    }

    /**
     * The open statement for {@code sql} on this connection: the caller sets every parameter (and clears a batch it
     * may have left) and closes the result set, never the statement.
     */
    public static PreparedStatement of(Connection borrowed, String sql) throws SQLException {
        Connection c = borrowed.isWrapperFor(Connection.class) ? borrowed.unwrap(Connection.class) : borrowed;
        Map<String, PreparedStatement> open = statementsOf(c);
        // one transaction uses a connection at a time, so nobody else touches this connection's statements now
        PreparedStatement statement = open.get(sql);
        if (statement == null || statement.isClosed()) {
            statement = c.prepareStatement(sql);
            open.put(sql, statement);
        }
        return statement;
    }

    private static synchronized Map<String, PreparedStatement> statementsOf(Connection c) throws SQLException {
        if (OPEN.size() >= SWEEP_AT && !OPEN.containsKey(c)) {
            sweep();
        }
        return OPEN.computeIfAbsent(c, k -> new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
                if (size() <= PER_CONNECTION) {
                    return false;
                }
                close(eldest.getValue());
                return true;
            }
        });
    }

    private static void sweep() throws SQLException {
        for (var i = OPEN.keySet().iterator(); i.hasNext();) {
            if (i.next().isClosed()) {
                i.remove();
            }
        }
    }

    private static void close(PreparedStatement statement) {
        try {
            statement.close();
        } catch (SQLException e) {
            // its connection is gone, and the statement with it
        }
    }

    static synchronized int connections() {
        return OPEN.size();
    }
}
