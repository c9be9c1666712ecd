package id.anjungan.host.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.derby.jdbc.EmbeddedDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenStatementsTest {

    private static final String URL = "jdbc:derby:memory:open-statements";
    private final List<Connection> connections = new ArrayList<>();

    private Connection connect() throws SQLException {
        Connection c = new EmbeddedDriver().connect(URL + ";create=true", new java.util.Properties());
        connections.add(c);
        return c;
    }

    @AfterEach
    void drop() throws SQLException {
        for (Connection c : connections) {
            c.close();
        }
        try {
            new EmbeddedDriver().connect(URL + ";drop=true", new java.util.Properties());
        } catch (SQLException dropped) {
            // Derby answers a drop with an exception
        }
    }

    @Test
    void sameStatementForTheSameQueryOnTheSameConnection() throws SQLException {
        Connection c = connect();
        PreparedStatement first = OpenStatements.of(c, "VALUES CAST(? AS INT) + 1");
        first.setInt(1, 41);
        try (ResultSet r = first.executeQuery()) {
            assertTrue(r.next());
            assertEquals(42, r.getInt(1));
        }
        PreparedStatement again = OpenStatements.of(c, "VALUES CAST(? AS INT) + 1");
        assertSame(first, again);
        again.setInt(1, 1);
        try (ResultSet r = again.executeQuery()) {
            assertTrue(r.next());
            assertEquals(2, r.getInt(1));
        }
        assertNotSame(first, OpenStatements.of(connect(), "VALUES CAST(? AS INT) + 1"), "one per connection");
    }

    @Test
    void theLeastRecentlyUsedStatementIsClosedWhenTooManyAreOpen() throws SQLException {
        Connection c = connect();
        PreparedStatement oldest = OpenStatements.of(c, "VALUES 0");
        PreparedStatement used = OpenStatements.of(c, "VALUES 1");
        for (int i = 2; i < OpenStatements.PER_CONNECTION; i++) {
            OpenStatements.of(c, "VALUES " + i);
            assertFalse(oldest.isClosed());
        }
        assertSame(used, OpenStatements.of(c, "VALUES 1"));
        OpenStatements.of(c, "VALUES 1000");
        assertTrue(oldest.isClosed());
        assertFalse(used.isClosed(), "used again a moment ago");
    }

    @Test
    void aClosedStatementIsPreparedAgain() throws SQLException {
        Connection c = connect();
        PreparedStatement closed = OpenStatements.of(c, "VALUES 7");
        closed.close();
        PreparedStatement fresh = OpenStatements.of(c, "VALUES 7");
        assertNotSame(closed, fresh);
        try (ResultSet r = fresh.executeQuery()) {
            assertTrue(r.next());
            assertEquals(7, r.getInt(1));
        }
    }

    @Test
    void closedConnectionsAreForgotten() throws SQLException {
        for (int i = 0; i < 80; i++) {
            Connection c = connect();
            OpenStatements.of(c, "VALUES 1");
            c.close();
        }
        assertTrue(OpenStatements.connections() <= 64, OpenStatements.connections() + " connections kept");
    }
}
