package id.anjungan.it.city;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the city holds, read straight from its PostgreSQL database (as Dinsos would audit it). */
final class CityRecords {

    private CityRecords() {
    }

    private static Connection connect() throws Exception {
        return DriverManager.getConnection(City.get().jdbcUrl(), "anjungan", "anjungan");
    }

    /** How many times each tracking number the city holds occurs in its cases. */
    static Map<String, Integer> cases() throws Exception {
        return counts("SELECT tracking, COUNT(*) FROM kiosk_case GROUP BY tracking");
    }

    /** How many steps of each case the city holds. */
    static Map<String, Integer> steps() throws Exception {
        return counts("SELECT tracking, COUNT(*) FROM case_step GROUP BY tracking");
    }

    /** The number of steps each case had at its kiosk when the city last applied it. */
    static Map<String, Integer> kioskSteps() throws Exception {
        return counts("SELECT tracking, kiosk_steps FROM kiosk_case");
    }

    /** Messages the city applied, by duplicate id (each once: its primary key). */
    static long applied() throws Exception {
        return single("SELECT COUNT(*) FROM sync_inbox");
    }

    /** The SHA-256 of the bytes the city stored for attachment {@code id}, or null when it has none. */
    static String storedSha256(String id) throws Exception {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                "SELECT file_path, sha256 FROM attachment WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                String recorded = r.getString(2);
                String actual = Filings.sha256(Files.readAllBytes(Path.of(r.getString(1))));
                return recorded.equals(actual) ? actual : "recorded " + recorded + " but the file is " + actual;
            }
        }
    }

    /** The conflict worklist: tracking number of the case that lost, to the one that holds the claim. */
    static Map<String, String> conflicts() throws Exception {
        Map<String, String> m = new HashMap<>();
        try (Connection c = connect(); ResultSet r = c.createStatement().executeQuery(
                "SELECT tracking, held_by FROM city_conflict")) {
            while (r.next()) {
                m.put(r.getString(1), r.getString(2));
            }
        }
        return m;
    }

    /**
     * What a replayed case or photo could change, as rows of text, for a before/after comparison: the messages applied
     * (audit batches aside: a kiosk's chain grows with every login; list requests aside: a kiosk asks at every
     * reconnect), the cases, their steps, the photos, the claims.
     */
    static List<String> state() throws Exception {
        return rows("SELECT msg_id FROM sync_inbox WHERE kind NOT IN ('audit', 'list-request') ORDER BY msg_id",
                "SELECT tracking, state, kiosk_steps, owner_name FROM kiosk_case ORDER BY tracking",
                "SELECT tracking, COUNT(*) FROM case_step GROUP BY tracking ORDER BY tracking",
                "SELECT id, sha256 FROM attachment ORDER BY id",
                "SELECT claim_scope, md5(claim_key), tracking FROM city_claim ORDER BY claim_scope, claim_key", // a household's KK
                "SELECT tracking FROM city_conflict ORDER BY tracking");
    }

    /** The city's copy of every kiosk's audit entries. */
    static List<String> auditEntries() throws Exception {
        return rows("SELECT kiosk_id, seq_no, entry_hash FROM origin_audit ORDER BY kiosk_id, seq_no");
    }

    private static List<String> rows(String... queries) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = connect()) {
            for (String query : queries) {
                try (ResultSet r = c.createStatement().executeQuery(query)) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        StringBuilder row = new StringBuilder(query.substring(7, 20)).append(':');
                        for (int i = 1; i <= columns; i++) {
                            row.append(' ').append(r.getString(i));
                        }
                        rows.add(row.toString());
                    }
                }
            }
        }
        return rows;
    }

    private static Map<String, Integer> counts(String query) throws Exception {
        Map<String, Integer> m = new HashMap<>();
        try (Connection c = connect(); ResultSet r = c.createStatement().executeQuery(query)) {
            while (r.next()) {
                m.put(r.getString(1), r.getInt(2));
            }
        }
        return m;
    }

    private static long single(String query) throws Exception {
        try (Connection c = connect(); ResultSet r = c.createStatement().executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }
}
