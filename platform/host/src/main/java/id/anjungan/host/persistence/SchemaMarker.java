package id.anjungan.host.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Remembers, next to an embedded database, a digest of the entity classes its schema was last created or extended
 * for, so that a restart with the same build can skip schema generation (a second of metadata queries on a kiosk).
 */
final class SchemaMarker {

    private static final String UNIT = "META-INF/anjungan-persistence.xml";
    private static final Pattern CLASS = Pattern.compile("<class>([^<]+)</class>");

    private final Path file;
    private final String digest;

    private SchemaMarker(Path file, String digest) {
        this.file = file;
        this.digest = digest;
    }

    static SchemaMarker beside(String derbyUrl) {
        String dir = derbyUrl.substring("jdbc:derby:".length()).split(";")[0];
        return new SchemaMarker(Path.of(dir + ".schema"), digest());
    }

    boolean current() {
        try {
            return digest != null && Files.exists(file) && Files.readString(file).trim().equals(digest);
        } catch (IOException e) {
            return false;
        }
    }

    void record() {
        try {
            if (digest != null) {
                Files.writeString(file, digest + "\n");
            }
        } catch (IOException e) {
            // without a marker the next start generates the schema again: slower, not wrong
        }
    }

    private static String digest() {
        ClassLoader loader = SchemaMarker.class.getClassLoader();
        try (InputStream unit = loader.getResourceAsStream(UNIT)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String xml = new String(unit.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            sha.update(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
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
