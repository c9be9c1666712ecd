package id.anjungan.host.attachments.control;

import id.anjungan.host.attachments.entity.AttachmentRow;
import id.anjungan.host.config.Settings;
import id.anjungan.host.web.LimitedInputStream;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.problem.Problem;
import id.anjungan.spi.platform.KioskClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Photos and scans (JPEG, PNG, PDF up to 10 MB) under {@code $ANJUNGAN_HOME/attachments}. The type comes from the
 * file's first bytes, not from what the browser claims.
 */
@ApplicationScoped
public class Attachments {

    /** Also in jersey-multipart-config.properties: a part up to it (with its envelope) stays in memory. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    @Inject
    Database db;
    @Inject
    KioskClock clock;

    public AttachmentRow store(InputStream content) {
        return store(content, MAX_BYTES);
    }

    /** Stores a file of at most {@code maxBytes} (and never more than {@link #MAX_BYTES}). */
    public AttachmentRow store(InputStream content, long maxBytes) {
        AttachmentRow row = write(UUID.randomUUID().toString(), content, maxBytes, null);
        db.tx(em -> {
            em.persist(row);
            return null;
        });
        return row;
    }

    /**
     * Writes the file of attachment {@code id} and returns its row, not yet persisted: the city stores a kiosk's
     * attachment under the kiosk's id, in the transaction that records the message. The bytes go to a file of their
     * own first and take the attachment's name only once whole (and, given {@code expectedSha256}, only when they hash
     * to it): a write cut short, or a second copy of the same message written at the same time on another city node,
     * never leaves a part of a file under that name.
     */
    public AttachmentRow write(String id, InputStream content, long maxBytes, String expectedSha256) {
        Path dir = Settings.home().resolve("attachments").resolve(id.substring(0, 2));
        Path file = dir.resolve(id);
        Path part = null;
        try {
            Files.createDirectories(dir);
            part = Files.createTempFile(dir, id, ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size;
            try (InputStream in = new DigestInputStream(new LimitedInputStream(content, Math.min(maxBytes, MAX_BYTES)), sha)) {
                size = Files.copy(in, part, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            String type = sniff(part);
            if (size == 0 || type == null) {
                throw Problem.of(415, "attachment-type", "Jenis berkas tidak didukung", "Unsupported file type",
                        "Kirim foto (JPEG/PNG) atau hasil pindaian PDF.", "Send a photo (JPEG/PNG) or a PDF scan.");
            }
            String hash = HexFormat.of().formatHex(sha.digest());
            if (expectedSha256 != null && !expectedSha256.equalsIgnoreCase(hash)) {
                throw Problem.of(422, "attachment-mismatch", "Berkas rusak", "File damaged",
                        "Isi berkas tidak sesuai dengan sidik SHA-256-nya.", "The file does not match its SHA-256.");
            }
            Files.move(part, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            part = null;
            AttachmentRow row = new AttachmentRow();
            row.id = id;
            row.contentType = type;
            row.size = size;
            row.sha256 = hash;
            row.path = file.toString();
            row.created = clock.now();
            return row;
        } catch (IOException | NoSuchAlgorithmException e) {
            throw Problem.of(500, "attachment-store", "Berkas tidak tersimpan", "File not stored",
                    "Berkas tidak dapat disimpan. Silakan coba lagi.", "The file could not be stored. Please try again.");
        } finally {
            deleteQuietly(part);
        }
    }

    private static void deleteQuietly(Path part) {
        if (part != null) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                // a part left behind is never named by a row: only disk space
            }
        }
    }

    public Optional<AttachmentRow> find(String id) {
        if (id == null || !id.matches("[0-9a-f-]{36}")) {
            return Optional.empty();
        }
        return db.read(em -> Optional.ofNullable(em.find(AttachmentRow.class, id)));
    }

    public boolean exists(String id) {
        return find(id).isPresent();
    }

    static String sniff(Path file) throws IOException {
        byte[] head = new byte[8];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, head.length);
            if (n >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
                return "image/jpeg";
            }
            if (n >= 8 && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
                return "image/png";
            }
            if (n >= 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
                return "application/pdf";
            }
            return null;
        }
    }
}
