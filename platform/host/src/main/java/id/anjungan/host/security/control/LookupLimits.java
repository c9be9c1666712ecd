package id.anjungan.host.security.control;

import id.anjungan.host.config.Setting;
import id.anjungan.host.config.Settings;
import id.anjungan.host.problem.Problem;
import java.time.Instant;

/**
 * How many lookups of one kind a resident may make a minute: per session, and per device (all the sessions it was
 * issued). Both keys are ones the server controls: a session it issued, the address it sees the device at.
 * The two limits are settings.
 */
public final class LookupLimits {

    private final RateLimits perSession;
    private final RateLimits perDevice;
    private final String refusalId;
    private final String refusalEn;

    public LookupLimits(Setting session, Setting device, String refusalId, String refusalEn) {
        this.perSession = new RateLimits(Settings.number(session));
        this.perDevice = new RateLimits(Settings.number(device));
        this.refusalId = refusalId;
        this.refusalEn = refusalEn;
    }

    /** Counts a resident's lookup; a 429 with {@code Retry-After} when the session or its device has used its minute. */
    public void count(ResidentSession resident, Instant now) {
        long wait = perDevice.retryAfter(resident.device(), now);
        refuseAfter(wait > 0 ? wait : perSession.retryAfter(resident.id(), now));
    }

    /** A 429 with {@code Retry-After: seconds} unless {@code seconds} is 0. */
    public void refuseAfter(long seconds) {
        if (seconds > 0) {
            throw Problem.tooMany(seconds, refusalId, refusalEn);
        }
    }
}
