package id.anjungan.host.attachments.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.attachments.entity.AttachmentRow;
import id.anjungan.host.threads.Threads;
import id.anjungan.host.web.LimitedInputStream;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.persistence.TestDatabase;
import id.anjungan.testkit.TestClock;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrphanAttachmentsTest {

    @TempDir
    Path dir;
    private Database db;
    private OrphanAttachments orphans;
    private final TestClock clock = new TestClock();
    private Instant now;

    @BeforeEach
    void open() {
        db = TestDatabase.open(dir);
        orphans = new OrphanAttachments();
        orphans.db = db;
        orphans.threads = Threads.plain();
        orphans.clock = clock;
        now = clock.now();
        orphans.maxAge = Duration.ofHours(24);
        orphans.root = dir.resolve("attachments");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private AttachmentRow attachment(Instant created) throws IOException {
        AttachmentRow row = new AttachmentRow();
        row.id = UUID.randomUUID().toString();
        row.contentType = "image/png";
        row.path = Files.write(dir.resolve(row.id), new byte[] {1, 2, 3}).toString();
        row.created = created;
        db.tx(em -> {
            em.persist(row);
            return null;
        });
        return row;
    }

    private void caseNaming(String tracking, String attachmentId) {
        db.tx(em -> em.createNativeQuery("INSERT INTO kiosk_case (tracking, data_json) VALUES (?, ?)")
                .setParameter(1, tracking).setParameter(2, "{\"photo\":\"" + attachmentId + "\"}").executeUpdate());
    }

    private boolean kept(AttachmentRow row) {
        return Files.exists(Path.of(row.path)) && db.read(em -> em.find(AttachmentRow.class, row.id)) != null;
    }

    @Test
    void removesWhatAKilledWriteLeftOnceItIsADayOldAndNothingElse() throws IOException {
        Path folder = Files.createDirectories(orphans.root.resolve("4e"));
        Path abandoned = Files.write(folder.resolve("4e41f1d4-0000-4000-8000-000000000001123.part"), new byte[] {1});
        Path writing = Files.write(folder.resolve("4e41f1d4-0000-4000-8000-000000000002456.part"), new byte[] {1});
        Path whole = Files.write(folder.resolve("4e41f1d4-0000-4000-8000-000000000003"), new byte[] {1});
        for (Path old : new Path[] {abandoned, whole}) {
            Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.from(now.minus(Duration.ofHours(25))));
        }
        Files.setLastModifiedTime(writing, java.nio.file.attribute.FileTime.from(now.minus(Duration.ofMinutes(1))));

        orphans.remove();

        assertFalse(Files.exists(abandoned));
        assertTrue(Files.exists(writing), "another node may be writing it now");
        assertTrue(Files.exists(whole), "a whole file goes only with its row");
    }

    @Test
    void removesOnlyAttachmentsNoCaseUsesOnceTheyAreADayOld() throws IOException {
        AttachmentRow abandoned = attachment(now.minus(Duration.ofHours(25)));
        AttachmentRow used = attachment(now.minus(Duration.ofHours(30)));
        AttachmentRow evidence = attachment(now.minus(Duration.ofHours(30)));
        AttachmentRow fresh = attachment(now.minus(Duration.ofHours(23)));
        caseNaming("BPNT-2612-000001-5", used.id);
        db.tx(em -> em.createNativeQuery("INSERT INTO audit_entry (seq_no, action_name, detail) VALUES (1, ?, ?)")
                .setParameter(1, "assist-start").setParameter(2, "consent evidence " + evidence.id).executeUpdate());

        assertEquals(1, orphans.remove());
        assertFalse(kept(abandoned));
        assertTrue(kept(used));
        assertTrue(kept(evidence));
        assertTrue(kept(fresh)); // the form it was taken for may still be filled in

        clock.advance(Duration.ofHours(2));
        assertEquals(1, orphans.remove()); // now a day old too
        assertFalse(kept(fresh));
        assertTrue(kept(used));
        assertEquals(Boolean.TRUE, db.read(em -> em.find(AttachmentRow.class, used.id)).inUse);
    }

    @Test
    void anAttachmentStaysInMemoryUpToItsLimitWhileAMultipartIsRead() throws IOException {
        Properties multipart = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/jersey-multipart-config.properties")) {
            multipart.load(in);
        }
        assertEquals(Attachments.MAX_BYTES + LimitedInputStream.ENVELOPE,
                Long.parseLong(multipart.getProperty("jersey.config.multipart.bufferThreshold")));
    }
}
