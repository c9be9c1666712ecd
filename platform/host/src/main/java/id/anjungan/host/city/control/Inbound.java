package id.anjungan.host.city.control;

import id.anjungan.host.sync.SyncProtocol;
import java.io.InputStream;
import java.util.regex.Pattern;

/**
 * One message from a kiosk, as its consumer read it off the broker: the body is text (case, audit) or a stream of
 * bytes (attachment, read once).
 */
public record Inbound(String duplicateId, String kind, String kiosk, String text, InputStream bytes,
                      String attachmentId, String sha256) {

    private static final Pattern KIOSK_ID = Pattern.compile("K\\d{4}");

    /** Refuses a message whose identity is not the contract's: it could not be applied once and only once. */
    public Inbound {
        if (kiosk == null || !KIOSK_ID.matcher(kiosk).matches()) {
            throw new UnusableMessage("no kiosk id: " + kiosk);
        }
        if (duplicateId == null || !duplicateId.startsWith(SyncProtocol.duplicateId(kiosk, kind, ""))) {
            throw new UnusableMessage("duplicate id " + duplicateId + " is not " + kiosk + ":" + kind + ":…");
        }
    }

    /** A case snapshot or audit batch. */
    public static Inbound text(String duplicateId, String kind, String kiosk, String body) {
        return new Inbound(duplicateId, kind, kiosk, body, null, null, null);
    }
}
