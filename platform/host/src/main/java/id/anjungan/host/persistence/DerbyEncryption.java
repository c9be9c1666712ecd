package id.anjungan.host.persistence;

import id.anjungan.host.config.Setting;
import id.anjungan.host.config.Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

/**
 * Derby's own encryption at rest for the kiosk's database. The boot key comes from {@code ANJUNGAN_DB_BOOT_KEY}, or
 * from {@code $ANJUNGAN_HOME/secrets/db.key}, made at the first start and readable by the kiosk's user only. A database
 * an older release wrote in the clear is encrypted when it is next booted with these attributes; for an encrypted one
 * Derby only checks the key.
 */
final class DerbyEncryption {

    static final String KEY_FILE = "secrets/db.key";

    private DerbyEncryption() {
    }

    /** Derby connection attributes that boot (or create, or encrypt) the database; never log them. */
    static Map<String, String> bootAttributes(Path home) {
        String key = Settings.get(Setting.DB_BOOT_KEY).orElseGet(() -> keyFile(home.resolve(KEY_FILE)));
        if (key.length() < 8) {
            throw new IllegalStateException("ANJUNGAN_DB_BOOT_KEY must have at least 8 characters");
        }
        return Map.of("bootPassword", key, "dataEncryption", "true",
                "encryptionAlgorithm", "AES/CBC/NoPadding", "encryptionKeyLength", "128");
    }

    private static String keyFile(Path file) {
        try {
            Files.createDirectories(file.getParent(), PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.writeString(file, HexFormat.of().formatHex(key));
            } catch (FileAlreadyExistsException existing) {
                // made at an earlier start
            }
            return Files.readString(file, StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the database key " + file, e);
        }
    }
}
