package id.anjungan.host.security.control;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One resident's visit at a kiosk, from "Mulai" to the idle reset or "Selesai": the device it was issued to, the
 * cases whose receipts it may print, and what it has uploaded.
 */
public final class ResidentSession {

    private final String id;
    private final String device;
    private final Instant started;
    private volatile Instant lastUse;
    private final Set<String> cases = ConcurrentHashMap.newKeySet();
    private final AtomicLong uploadBytesLeft;
    private final AtomicLong uploadsLeft;

    ResidentSession(String id, String device, Instant started, long uploadBytes, int uploads) {
        this.id = id;
        this.device = device;
        this.started = started;
        this.lastUse = started;
        this.uploadBytesLeft = new AtomicLong(uploadBytes);
        this.uploadsLeft = new AtomicLong(uploads);
    }

    public String id() {
        return id;
    }

    /** The remote address the session was issued to. */
    public String device() {
        return device;
    }

    Instant started() {
        return started;
    }

    Instant lastUse() {
        return lastUse;
    }

    void used(Instant now) {
        lastUse = now;
    }

    /** Lets this session print the case's receipt: it filed the case, or proved the subject's KK number. */
    public void holds(String tracking) {
        cases.add(tracking);
    }

    public boolean mayPrint(String tracking) {
        return cases.contains(tracking);
    }

    /**
     * Takes one upload of at most {@code bytes} from the session's quota; answers the bytes granted (0 when the
     * quota is used up). What the upload does not use goes back with {@link #returnUpload}.
     */
    public long takeUpload(long bytes) {
        if (uploadsLeft.getAndUpdate(n -> Math.max(0, n - 1)) <= 0) {
            return 0;
        }
        long before = uploadBytesLeft.getAndUpdate(left -> left - Math.min(left, bytes));
        long granted = Math.min(before, bytes);
        if (granted == 0) {
            uploadsLeft.incrementAndGet();
        }
        return granted;
    }

    /** Gives back what an upload did not use of its grant; a failed upload gives its place back too. */
    public void returnUpload(long unusedBytes, boolean stored) {
        uploadBytesLeft.addAndGet(unusedBytes);
        if (!stored) {
            uploadsLeft.incrementAndGet();
        }
    }
}
