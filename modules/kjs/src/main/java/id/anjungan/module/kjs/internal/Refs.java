package id.anjungan.module.kjs.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Opaque row keys, so screens select recipients without ever holding a full NIK. */
final class Refs {

    private Refs() {
    }

    static String of(String period, String nik) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("KJS|" + period + "|" + nik).getBytes(StandardCharsets.UTF_8));
            return "r" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
