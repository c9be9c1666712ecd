package id.anjungan.host.sync;

import java.util.List;

/**
 * A kiosk's heartbeat ({@code status}): each module's version and health, how far it got with the city's desired
 * state, and its way to the city.
 *
 * @param sentAt when the kiosk sent it (ISO instant, the kiosk's clock)
 */
public record KioskStatus(String kiosk, String sentAt, List<Module> modules, Queue sync) {

    /**
     * @param state ACTIVE, RESOLVED, FAILED or DISABLED
     * @param health UP, DOWN or DISABLED
     * @param appliedRevision the newest desired state the kiosk reached for this module
     * @param failedRevision the newest desired state it could not reach, with {@code problem}
     */
    public record Module(String code, String version, String previousVersion, String state, String health,
                         Long appliedRevision, Long failedRevision, String problem) {
    }

    /** The kiosk's sync queue as its admin sees it. */
    public record Queue(long queued, long oldestQueuedSeconds, String lastContactAt, boolean brokerReachable,
                        long auditUnsent) {
    }
}
