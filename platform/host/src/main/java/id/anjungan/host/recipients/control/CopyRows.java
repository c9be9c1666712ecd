package id.anjungan.host.recipients.control;

import id.anjungan.spi.platform.RecipientRecord;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Loads rows into a list table on PostgreSQL with {@code COPY … FROM STDIN} (text format): one stream per batch instead of a
 * parameterised insert per row, several times faster for a million rows.
 */
final class CopyRows {

    private CopyRows() {
    }

    static void copy(Connection connection, String table, List<RecipientRecord> rows) throws SQLException {
        StringBuilder text = new StringBuilder(rows.size() * 140);
        for (RecipientRecord r : rows) {
            field(text, r.nik()).append('\t');
            field(text, r.kk()).append('\t');
            field(text, r.name()).append('\t');
            field(text, r.address()).append('\t');
            field(text, r.rt()).append('\t');
            field(text, r.rw()).append('\t');
            field(text, r.kelurahan()).append('\t');
            field(text, FieldsJson.write(r.fields())).append('\n');
        }
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + ListTables.checked(table) + " ("
                    + ListTables.COLUMNS + ") FROM STDIN", new StringReader(text.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY of staged recipients failed", e);
        }
    }

    /** A value in COPY's text format: {@code \N} for null, backslash escapes for the characters it treats specially. */
    static StringBuilder field(StringBuilder text, String value) {
        if (value == null) {
            return text.append("\\N");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
        return text;
    }
}
