package id.anjungan.module.cpp.internal;

import id.anjungan.spi.platform.Counters;
import id.anjungan.spi.platform.ProgramStore;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The QR payload on an invitation: {@code CPP2|<eventId>|<household>|<check>}. The household is a pseudonym (the first
 * 20 hex digits of an HMAC-SHA256 of the event and the family card number), so the printed code does not carry the KK
 * number; the check is the first 10 hex digits of an HMAC over the rest, so a photocopied list cannot be turned into
 * forged invitations. Invitations printed before carry {@code CPP|<eventId>|<kk>|<check>} and still scan.
 */
final class InvitationCode {

    /** A scanned code: the event, and the household's pseudonym (or, on an older invitation, its KK number). */
    record Scanned(String eventId, String household, String kk) {
    }

    private static final int CHECK_LENGTH = 10;
    private static final int HOUSEHOLD_LENGTH = 20;
    /** The program store's key of the secret. */
    static final String SECRET_KEY = "invitation-secret";

    private final Supplier<byte[]> secret;

    InvitationCode(String configuredSecret, ProgramStore store, Counters counters) {
        this.secret = configuredSecret.isBlank() ? () -> stored(store, counters)
                : () -> configuredSecret.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A random secret made by whichever call comes first and kept in the program's store, so every kiosk shares it. A
     * kiosk that kept it as a claim-once key (before the store) hands that one over, so invitations printed then scan.
     */
    private static byte[] stored(ProgramStore store, Counters counters) {
        String hex = store.get(SECRET_KEY).orElseGet(() -> {
            String earlier = counters.claimed("CPP-secret", "qr").map(c -> c.details().get("secret")).orElse(null);
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            return store.putIfAbsent(SECRET_KEY, earlier != null ? earlier : HexFormat.of().formatHex(fresh));
        });
        return HexFormat.of().parseHex(hex);
    }

    String payload(String eventId, String kk) {
        String body = "CPP2|" + eventId + "|" + household(eventId, kk);
        return body + "|" + check(body);
    }

    Optional<Scanned> read(String payload) {
        String[] parts = payload == null ? new String[0] : payload.strip().split("\\|", -1);
        boolean current = parts.length == 4 && "CPP2".equals(parts[0])
                && parts[2].matches("[0-9a-f]{" + HOUSEHOLD_LENGTH + "}");
        boolean older = parts.length == 4 && "CPP".equals(parts[0]) && parts[2].matches("\\d{16}");
        if (!current && !older) {
            return Optional.empty();
        }
        if (!same(check(parts[0] + "|" + parts[1] + "|" + parts[2]), parts[3])) {
            return Optional.empty();
        }
        return Optional.of(current ? new Scanned(parts[1], parts[2], null) : new Scanned(parts[1], null, parts[2]));
    }

    /** Whether a scanned code names the household with this family card number. */
    boolean names(Scanned scanned, String kk) {
        return kk != null && (scanned.kk() != null ? scanned.kk().equals(kk)
                : same(household(scanned.eventId(), kk), scanned.household()));
    }

    private String household(String eventId, String kk) {
        return HexFormat.of().formatHex(hmacSha256(secret.get(), ("household|" + eventId + "|" + kk)
                .getBytes(StandardCharsets.UTF_8))).substring(0, HOUSEHOLD_LENGTH);
    }

    private static boolean same(String expected, String scanned) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                scanned.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    private String check(String body) {
        return HexFormat.of().formatHex(hmacSha256(secret.get(), body.getBytes(StandardCharsets.UTF_8)))
                .substring(0, CHECK_LENGTH);
    }

    /** HMAC-SHA256 (RFC 2104); every Java runtime has it, the framework exports {@code javax.crypto}. */
    static byte[] hmacSha256(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
