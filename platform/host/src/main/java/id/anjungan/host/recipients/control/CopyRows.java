package id.anjungan.host.recipients.control;

import id.anjungan.spi.platform.RecipientRecord;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Stages rows on PostgreSQL with {@code COPY … FROM STDIN} (text format): one stream per batch instead of a
 * parameterised insert per row, several times faster for a million rows.
 */
final class CopyRows {

    private static final String COPY = "COPY recipient (id, program, period, nik, kk, full_name, address, rt, rw, "
            + "kelurahan, fields_json) FROM STDIN";

    private CopyRows() {
    }

    static void copy(Connection connection, String program, String staging, long firstId, List<RecipientRecord> rows)
            throws SQLException {
        StringBuilder text = new StringBuilder(rows.size() * 160);
        long id = firstId;
        for (RecipientRecord r : rows) {
            text.append(id++).append('\t');
            field(text, program).append('\t');
            field(text, staging).append('\t');
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
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new StringReader(text.toString()));
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
