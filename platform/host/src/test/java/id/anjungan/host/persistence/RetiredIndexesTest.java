package id.anjungan.host.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database created by an older build loses the indexes this build no longer declares. */
class RetiredIndexesTest {

    @TempDir
    Path home;

    @Test
    void dropsTheNikIndexOfAnOlderSchema() throws Exception {
        Map<String, String> url = Map.of("jakarta.persistence.jdbc.url", "jdbc:derby:" + home.resolve("db") + ";create=true");
        Database db = new Database();
        db.open(url);
        db.tx(em -> em.createNativeQuery("CREATE INDEX recipient_nik ON recipient (nik)").executeUpdate());
        assertEquals(1, indexes(db));
        db.close();
        Files.writeString(home.resolve("db.schema"), "an older build\n");

        db = new Database();
        db.open(url);
        assertEquals(0, indexes(db));
        db.close();
    }

    private static int indexes(Database db) {
        return db.read(em -> em.createNativeQuery("SELECT 1 FROM SYS.SYSCONGLOMERATES WHERE CONGLOMERATENAME = "
                + "'RECIPIENT_NIK'").getResultList().size());
    }
}
