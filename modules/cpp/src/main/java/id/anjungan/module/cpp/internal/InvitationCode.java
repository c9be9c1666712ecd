package id.anjungan.module.cpp.internal;

import id.anjungan.spi.platform.Counters;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The QR payload on an invitation: {@code CPP|<eventId>|<kk>|<check>}, where the check is the first 10 hex digits of
 * an HMAC-SHA256 over the rest, so a photocopied list cannot be turned into forged invitations.
 */
final class InvitationCode {

    /** A household found in a scanned code. */
    record Scanned(String eventId, String kk) {
    }

    private static final int CHECK_LENGTH = 10;

    private final Supplier<byte[]> secret;

    InvitationCode(String configuredSecret, Counters counters) {
        this.secret = configuredSecret.isBlank() ? () -> stored(counters)
                : () -> configuredSecret.getBytes(StandardCharsets.UTF_8);
    }

    /** A random secret made by whichever call comes first and kept by the platform, so every kiosk shares it. */
    private static byte[] stored(Counters counters) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        String hex = counters.claimOnce("CPP-secret", "qr", "CPP", Map.of("secret", HexFormat.of().formatHex(fresh)))
                .details().get("secret");
        return HexFormat.of().parseHex(hex);
    }

    String payload(String eventId, String kk) {
        String body = "CPP|" + eventId + "|" + kk;
        return body + "|" + check(body);
    }

    Optional<Scanned> read(String payload) {
        String[] parts = payload == null ? new String[0] : payload.strip().split("\\|", -1);
        if (parts.length != 4 || !"CPP".equals(parts[0]) || !parts[2].matches("\\d{16}")) {
            return Optional.empty();
        }
        String expected = check("CPP|" + parts[1] + "|" + parts[2]);
        boolean genuine = MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                parts[3].toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
        return genuine ? Optional.of(new Scanned(parts[1], parts[2])) : Optional.empty();
    }

    private String check(String body) {
        return HexFormat.of().formatHex(hmacSha256(secret.get(), body.getBytes(StandardCharsets.UTF_8)))
                .substring(0, CHECK_LENGTH);
    }

    /** RFC 2104 over MessageDigest, so the bundle imports nothing beyond java.* and the SPI (no javax.crypto). */
    static byte[] hmacSha256(byte[] key, byte[] message) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] block = new byte[64];
            byte[] k = key.length > block.length ? sha.digest(key) : key;
            System.arraycopy(k, 0, block, 0, k.length);
            byte[] inner = new byte[64];
            byte[] outer = new byte[64];
            for (int i = 0; i < 64; i++) {
                inner[i] = (byte) (block[i] ^ 0x36);
                outer[i] = (byte) (block[i] ^ 0x5c);
            }
            sha.update(inner);
            byte[] innerHash = sha.digest(message);
            sha.update(outer);
            return sha.digest(innerHash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
