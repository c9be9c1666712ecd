package id.anjungan.host.relay.control;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;

/**
 * A recipient list's CSV as it arrives, unzipped on the fly and never whole in the heap or on disk. When the CSV ends,
 * the rest of the gzip bytes is read and all of them are checked against the SHA-256 the city sent: a mismatch fails
 * the read there, before the import has published anything.
 */
final class ListBody extends InputStream {

    private final DigestInputStream raw;
    private final String expected;
    private GZIPInputStream csv;
    private Boolean matches;
    private boolean damaged;

    ListBody(InputStream gzip, String sha256) {
        try {
            raw = new DigestInputStream(gzip, MessageDigest.getInstance("SHA-256"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        expected = sha256 == null ? "" : sha256;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        int n;
        try {
            if (csv == null) {
                csv = new GZIPInputStream(raw, 1 << 16);
            }
            n = csv.read(into, offset, length);
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            damaged = true; // not gzip, or cut short: sent so, it never reads
            throw e;
        }
        if (n < 0 && !verify()) {
            throw new IOException("the recipient list does not match its SHA-256");
        }
        return n;
    }

    /** Reads what is left of the bytes and compares their hash with the city's; false on a mismatch. */
    boolean verify() throws IOException {
        if (matches == null) {
            byte[] rest = new byte[1 << 14];
            while (raw.read(rest) >= 0) {
                // hashed while read
            }
            matches = HexFormat.of().formatHex(raw.getMessageDigest().digest()).equalsIgnoreCase(expected);
        }
        return matches;
    }

    /** Whether the bytes are not gzip or end within it. */
    boolean damaged() {
        return damaged;
    }

    /** Whether the bytes were found not to match (false when they match or could not be read to the end). */
    boolean mismatched() {
        if (matches == null) {
            try {
                verify();
            } catch (IOException | RuntimeException unreadable) {
                return false;
            }
        }
        return !matches;
    }
}
