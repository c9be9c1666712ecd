package id.anjungan.broker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The password the pair's two brokers use between themselves, kept in the shared store (readable only by the broker's
 * user) and created by whichever broker starts first. Artemis lets the cluster user past every authorisation check,
 * so it must not be the clients' login, nor derivable from it.
 */
final class ClusterSecret {

    static final String USER = "anjungan-pair";

    private ClusterSecret() {}

    static String of(Path data) throws IOException {
        Files.createDirectories(data);
        Path file = data.resolve("cluster.secret");
        if (!Files.exists(file)) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            Path draft = Files.createTempFile(
                    data, "cluster", ".tmp", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(draft, Base64.getEncoder().encodeToString(random), StandardCharsets.US_ASCII);
            try {
                Files.move(draft, file);
            } catch (FileAlreadyExistsException e) {
                // the other broker was first: use its secret
                Files.delete(draft);
            }
        }
        return Files.readString(file, StandardCharsets.US_ASCII).strip();
    }
}
