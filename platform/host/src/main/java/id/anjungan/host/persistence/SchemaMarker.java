package id.anjungan.host.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Remembers, in the database itself, a digest of the entity classes its schema was last created or extended for, so
 * that a start with the same build skips schema generation, a second of metadata queries on an existing schema. In
 * the database rather than beside it, so that every kiosk of a central PostgreSQL server sees it.
 */
final class SchemaMarker {

    static final String TABLE = "anjungan_schema";
    private static final String UNIT = "META-INF/anjungan-persistence.xml";
    private static final Pattern CLASS = Pattern.compile("<class>([^<]+)</class>");

    private final String digest;

    SchemaMarker(String digest) {
        this.digest = digest;
    }

    static SchemaMarker ofEntities() {
        return new SchemaMarker(digest());
    }

    /** Whether the schema was last generated for these entity classes. */
    boolean current(Connection c) {
        if (digest == null) {
            return false;
        }
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT entities FROM " + TABLE)) {
            boolean marked = false;
            while (rows.next()) {
                if (!digest.equals(rows.getString(1))) {
                    return false; // another build generated it last (kiosks of one server being upgraded)
                }
                marked = true;
            }
            return marked;
        } catch (SQLException noMarkerYet) {
            return false; // a new database, or one from before the marker
        }
    }

    void record(Connection c) throws SQLException {
        if (digest == null) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE " + TABLE + " (entities VARCHAR(64) NOT NULL)");
        } catch (SQLException e) {
            if (!"X0Y32".equals(e.getSQLState()) && !"42P07".equals(e.getSQLState())) { // exists: Derby, PostgreSQL
                throw e;
            }
        }
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement();
             PreparedStatement insert = c.prepareStatement("INSERT INTO " + TABLE + " (entities) VALUES (?)")) {
            s.executeUpdate("DELETE FROM " + TABLE);
            insert.setString(1, digest);
            insert.executeUpdate();
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /** The file an older build kept beside an embedded database for the same purpose. */
    static void forgetFileBeside(String derbyUrl) {
        try {
            Files.deleteIfExists(Path.of(derbyUrl.substring("jdbc:derby:".length()).split(";")[0] + ".schema"));
        } catch (IOException | RuntimeException e) {
            // a stale file nobody reads any more
        }
    }

    private static String digest() {
        ClassLoader loader = SchemaMarker.class.getClassLoader();
        try (InputStream unit = loader.getResourceAsStream(UNIT)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String xml = new String(unit.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            sha.update(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            // keys and indexes are added after generation: a build with new ones must generate again to add them
            sha.update((UniqueKeys.KEYS + "" + Indexes.INDEXES).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            Matcher m = CLASS.matcher(xml);
            while (m.find()) {
                try (InputStream c = loader.getResourceAsStream(m.group(1).trim().replace('.', '/') + ".class")) {
                    sha.update(c.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException | NoSuchAlgorithmException | NullPointerException e) {
            return null; // unknown: always generate
        }
    }
}
