package id.anjungan.host.persistence;

import java.nio.file.Path;
import java.util.Map;

/** An embedded Derby database in a temporary folder, for tests of the platform services. */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static Database open(Path dir) {
        Database db = new Database();
        db.open(Map.of("jakarta.persistence.jdbc.url", "jdbc:derby:" + dir.resolve("db") + ";create=true"));
        return db;
    }
}
