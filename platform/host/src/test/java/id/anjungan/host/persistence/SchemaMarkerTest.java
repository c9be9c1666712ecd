package id.anjungan.host.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import org.apache.derby.jdbc.EmbeddedDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SchemaMarkerTest {

    private static final String URL = "jdbc:derby:memory:schema-marker";
    private Connection db;

    @BeforeEach
    void open() throws SQLException {
        db = new EmbeddedDriver().connect(URL + ";create=true", new Properties());
    }

    @AfterEach
    void drop() throws SQLException {
        db.close();
        try {
            new EmbeddedDriver().connect(URL + ";drop=true", new Properties());
        } catch (SQLException dropped) {
            // Derby answers a drop with an exception
        }
    }

    @Test
    void aNewDatabaseHasNoMarker() {
        assertFalse(new SchemaMarker("a1").current(db));
    }

    @Test
    void theSameEntitiesAreCurrentOnceRecordedAndOthersAreNot() throws SQLException {
        new SchemaMarker("a1").record(db);
        assertTrue(new SchemaMarker("a1").current(db));
        assertFalse(new SchemaMarker("b2").current(db));
    }

    @Test
    void recordingAgainReplacesTheMarker() throws SQLException {
        new SchemaMarker("a1").record(db);
        new SchemaMarker("b2").record(db);
        new SchemaMarker("b2").record(db);
        assertTrue(new SchemaMarker("b2").current(db));
        assertFalse(new SchemaMarker("a1").current(db));
        try (ResultSet rows = db.createStatement().executeQuery("SELECT COUNT(*) FROM " + SchemaMarker.TABLE)) {
            rows.next();
            assertEquals(1, rows.getInt(1));
        }
    }

    @Test
    void twoBuildsMarkingAtOnceMeanGenerateAgain() throws SQLException {
        new SchemaMarker("a1").record(db);
        db.createStatement().executeUpdate("INSERT INTO " + SchemaMarker.TABLE + " (entities) VALUES ('b2')");
        assertFalse(new SchemaMarker("a1").current(db));
    }

    @Test
    void unknownEntitiesAreNeverCurrentAndLeaveNoMarker() throws SQLException {
        new SchemaMarker(null).record(db);
        assertFalse(new SchemaMarker(null).current(db));
        assertFalse(new SchemaMarker("a1").current(db));
    }
}
