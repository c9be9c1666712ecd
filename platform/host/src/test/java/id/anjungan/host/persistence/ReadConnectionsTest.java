package id.anjungan.host.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.apache.derby.jdbc.EmbeddedDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReadConnectionsTest {

    private static final String URL = "jdbc:derby:memory:read-connections";
    private final HikariDataSource pool = ConnectionPool.open(URL + ";create=true", new Properties());
    private final ReadConnections reads = new ReadConnections(pool, true);

    @AfterEach
    void drop() {
        pool.close();
        try {
            new EmbeddedDriver().connect(URL + ";drop=true", new Properties());
        } catch (SQLException dropped) {
            // Derby answers a drop with an exception
        }
    }

    @Test
    void readsInAutoCommitModeAndGivesTheConnectionBackAtReadCommitted() throws SQLException {
        reads.run(c -> {
            assertTrue(c.getAutoCommit());
            assertEquals(Connection.TRANSACTION_READ_UNCOMMITTED, c.getTransactionIsolation());
            return null;
        });
        try (Connection next = pool.getConnection()) { // a transaction of the persistence unit, say
            assertEquals(Connection.TRANSACTION_READ_COMMITTED, next.getTransactionIsolation());
        }
    }

    @Test
    void readsWithoutWaitingForTheRowLocksOfAnUnfinishedWrite() throws SQLException {
        reads.run(c -> c.createStatement()
                .executeUpdate("CREATE TABLE listed (nik CHAR(16) PRIMARY KEY, name VARCHAR(40))"));
        reads.run(c -> c.createStatement().executeUpdate("INSERT INTO listed VALUES ('3374010101900003', 'Siti')"));
        reads.run(c -> c.createStatement().execute(
                "CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.locks.waitTimeout', '1')"));
        try (Connection writer = new EmbeddedDriver().connect(URL, new Properties())) {
            writer.setAutoCommit(false);
            writer.createStatement().executeUpdate("UPDATE listed SET name = 'Sri' WHERE nik = '3374010101900003'");
            // at READ COMMITTED this read would wait for the writer's exclusive lock and fail with 40XL1
            int found = reads.run(c -> {
                try (var rows = c.createStatement()
                        .executeQuery("SELECT COUNT(*) FROM listed WHERE nik = '3374010101900003'")) {
                    rows.next();
                    return rows.getInt(1);
                }
            });
            assertEquals(1, found);
            writer.rollback();
        }
    }

    @Test
    void aStatementKeptOpenOutlivesTheBorrowedConnection() throws SQLException {
        var first = reads.run(c -> OpenStatements.of(c, "VALUES 1"));
        var second = reads.run(c -> OpenStatements.of(c, "VALUES 1"));
        assertTrue(!first.isClosed() && first == second, "kept with the pool's connection, not the borrowed handle");
    }
}
