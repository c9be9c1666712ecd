package id.anjungan.host.audit.control;

import id.anjungan.host.config.Setting;
import id.anjungan.host.config.Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed hash (HMAC-SHA256) an audit entry carries for the person it concerns, so that "who looked at my data?"
 * finds every entry about a NIK without the audit log holding the NIK: without the key, the hash cannot be tried
 * against the NIK space. The key is {@code anjungan.audit.key} (a central server's kiosks share one), else a random
 * key in {@code $ANJUNGAN_HOME/audit.key}, created at first use and kept apart from the database.
 */
public final class SubjectKeys {

    private final byte[] key;
    private final ThreadLocal<Mac> macs;

    public SubjectKeys(byte[] key) {
        this.key = key.clone();
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    /** The deployment's key. */
    public static SubjectKeys configured() {
        return Settings.get(Setting.AUDIT_KEY)
                .map(k -> new SubjectKeys(k.getBytes(StandardCharsets.UTF_8)))
                .orElseGet(() -> new SubjectKeys(keyFile(Settings.home().resolve("audit.key"))));
    }

    /** The key of a 16-digit NIK, or {@code null} for anything else (no NIK, a masked one). */
    public String of(String nik) {
        if (nik == null) {
            return null;
        }
        String digits = nik.trim();
        if (!digits.matches("\\d{16}")) {
            return null;
        }
        return HexFormat.of().formatHex(macs.get().doFinal(digits.getBytes(StandardCharsets.US_ASCII)));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    static byte[] keyFile(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                Files.createDirectories(file.getParent());
                Path written = Files.createTempFile(file.getParent(), "audit", ".key");
                restrict(written);
                Files.write(written, fresh);
                try {
                    Files.move(written, file); // not replacing: another start may have created it a moment ago
                } catch (FileAlreadyExistsException raced) {
                    Files.deleteIfExists(written);
                }
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("audit key " + file + " not readable", e);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's own access rules apply
        }
    }
}
