package id.anjungan.host.recipients.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reserves blocks of ids for JDBC inserts of {@code RecipientRow}s from the very row that JPA's TABLE generator
 * allocates them from (EclipseLink's default: table SEQUENCE, row SEQ_GEN_TABLE). It is reserved the way EclipseLink
 * preallocates, add n then read back and own (v - n, v], so rows persisted by JPA and rows inserted here never
 * collide.
 */
final class IdBlocks {

    static final String SEQUENCE_ROW = "SEQ_GEN_TABLE";

    private IdBlocks() {
    }

    /** The first of {@code size} consecutive free ids; call in a transaction of its own to hold the row briefly. */
    static long reserve(Connection connection, int size) throws SQLException {
        try (PreparedStatement add = connection.prepareStatement(
                "UPDATE SEQUENCE SET SEQ_COUNT = SEQ_COUNT + ? WHERE SEQ_NAME = ?")) {
            add.setLong(1, size);
            add.setString(2, SEQUENCE_ROW);
            if (add.executeUpdate() == 0) {
                try (PreparedStatement first = connection.prepareStatement(
                        "INSERT INTO SEQUENCE (SEQ_NAME, SEQ_COUNT) VALUES (?, ?)")) {
                    first.setString(1, SEQUENCE_ROW);
                    first.setLong(2, size);
                    first.executeUpdate();
                }
            }
        }
        try (PreparedStatement read = connection.prepareStatement("SELECT SEQ_COUNT FROM SEQUENCE WHERE SEQ_NAME = ?")) {
            read.setString(1, SEQUENCE_ROW);
            try (ResultSet rs = read.executeQuery()) {
                rs.next();
                return rs.getLong(1) - size + 1;
            }
        }
    }
}
