package id.anjungan.host.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kiosk's own Derby database is encrypted at rest, also when an older release left it in the clear. */
class DatabaseEncryptionTest {

    private static final String RESIDENT = "SRI WAHYUNINGSIH KARTIKASARI";

    @TempDir
    Path home;

    @BeforeEach
    void useHome() {
        System.setProperty("anjungan.home", home.toString());
    }

    @AfterEach
    void forgetHome() {
        System.clearProperty("anjungan.home");
    }

    @Test
    void whatTheKioskWritesIsNotOnDiskInTheClear() throws Exception {
        Database db = new Database();
        db.open(Map.of());
        try {
            write(db, RESIDENT);
        } finally {
            db.close();
        }
        assertFalse(onDisk(RESIDENT), "the resident's name is on disk in the clear");

        Database again = new Database();
        again.open(Map.of());
        try {
            assertEquals(RESIDENT, read(again));
        } finally {
            again.close();
        }
        Path key = home.resolve("secrets/db.key");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key.getParent())));
        assertEquals(64, Files.readString(key).trim().length());
    }

    @Test
    void aDatabaseAnOlderReleaseWroteInTheClearIsEncryptedAndKeepsItsData() throws Exception {
        String url = "jdbc:derby:" + home.resolve("db");
        try (Connection c = DriverManager.getConnection(url + ";create=true"); Statement s = c.createStatement()) {
            s.execute("create table probe (name varchar(60))");
            s.execute("insert into probe values ('" + RESIDENT + "')");
        }
        shutdown(url);
        assertTrue(onDisk(RESIDENT), "the old release's database holds the name in the clear (the check sees it)");

        Database db = new Database();
        db.open(Map.of());
        try {
            assertEquals(RESIDENT, read(db));
        } finally {
            db.close();
        }
        assertFalse(onDisk(RESIDENT), "the upgraded database still holds the name in the clear");
        assertThrows(SQLException.class, () -> DriverManager.getConnection(url).close(), "it opens without the key");
    }

    private static void write(Database db, String name) {
        db.autoCommitted(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("create table probe (name varchar(60))");
                s.execute("insert into probe values ('" + name + "')");
            }
            return null;
        });
    }

    private static String read(Database db) {
        return db.autoCommitted(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select name from probe")) {
                r.next();
                return r.getString(1);
            }
        });
    }

    private boolean onDisk(String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.US_ASCII);
        try (var files = Files.walk(home.resolve("db"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                for (int i = 0; i + needle.length <= bytes.length; i++) {
                    if (java.util.Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static void shutdown(String url) {
        try {
            DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (SQLException expected) {
            assertEquals("08006", expected.getSQLState());
        }
    }
}
