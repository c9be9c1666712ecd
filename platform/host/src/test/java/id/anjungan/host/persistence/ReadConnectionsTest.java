package id.anjungan.host.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.derby.jdbc.EmbeddedDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReadConnectionsTest {

    private static final String URL = "jdbc:derby:memory:read-connections";
    private final ReadConnections reads = new ReadConnections(new EmbeddedDriver(), URL + ";create=true",
            new Properties());

    @AfterEach
    void drop() {
        reads.close();
        try {
            new EmbeddedDriver().connect(URL + ";drop=true", new Properties());
        } catch (SQLException dropped) {
            // Derby answers a drop with an exception
        }
    }

    @Test
    void readsInAutoCommitModeOnAConnectionKeptForTheNextRead() throws SQLException {
        Connection first = reads.run(c -> {
            assertTrue(c.getAutoCommit());
            return c;
        });
        assertSame(first, reads.run(c -> c));
        assertEquals(1, reads.idle());
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
    void aConnectionWhoseReadFailedIsClosed() throws SQLException {
        List<Connection> used = new ArrayList<>();
        assertThrows(SQLException.class, () -> reads.run(c -> {
            used.add(c);
            return c.createStatement().executeQuery("SELECT * FROM no_such_table");
        }));
        assertTrue(used.get(0).isClosed());
        assertEquals(0, reads.idle());
        assertNotSame(used.get(0), reads.run(c -> c));
    }

    @Test
    void aBrokenConnectionTakesTheIdleOnesWithIt() throws SQLException {
        Connection idle = reads.run(outer -> reads.run(inner -> inner)); // two connections at once, both kept
        assertEquals(2, reads.idle());
        assertThrows(SQLException.class, () -> reads.run(c -> {
            throw new SQLException("connection lost", "08006");
        }));
        assertEquals(0, reads.idle());
        assertTrue(idle.isClosed());
    }

    @Test
    void aFailedQueryLeavesTheOtherConnectionsIdle() throws SQLException {
        reads.run(outer -> reads.run(inner -> inner));
        assertThrows(SQLException.class, () -> reads.run(c -> c.createStatement().executeQuery("SELECT * FROM none")));
        assertEquals(1, reads.idle());
    }

    @Test
    void keepsNoMoreIdleConnectionsThanItsLimit() throws Exception {
        int callers = ReadConnections.KEPT + 4;
        CountDownLatch together = new CountDownLatch(callers);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        List<Future<Connection>> answers = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            answers.add(pool.submit(() -> reads.run(c -> {
                together.countDown();
                awaitQuietly(together); // every caller holds a connection at once
                return c;
            })));
        }
        int closed = 0;
        for (Future<Connection> answer : answers) {
            closed += answer.get().isClosed() ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(ReadConnections.KEPT, reads.idle());
        assertEquals(4, closed);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void closingClosesTheIdleConnections() throws SQLException {
        Connection idle = reads.run(c -> c);
        reads.close();
        assertTrue(idle.isClosed());
        Connection late = reads.run(c -> c);
        assertTrue(late.isClosed(), "given back after the close");
    }
}
