package id.anjungan.host.relay.control;

import id.anjungan.host.config.KioskIdentity;
import id.anjungan.host.outbox.control.Outbox;
import id.anjungan.spi.platform.KioskClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the admin sees of the way to the city: the queue, its oldest change, the last contact, the broker. */
@ApplicationScoped
public class SyncState {

    @Inject
    Outbox outbox;
    @Inject
    Relay relay;
    @Inject
    AuditDeliveries audit;
    @Inject
    KioskClock clock;

    public Map<String, Object> now() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("relaying", outbox.enabled());
        state.put("kiosk", KioskIdentity.id());
        if (!outbox.enabled()) {
            return state;
        }
        Outbox.Backlog backlog = outbox.backlog();
        Instant now = clock.now();
        state.put("queued", backlog.queued());
        state.put("oldestQueuedAt", backlog.oldest().map(Instant::toString).orElse(null));
        state.put("oldestQueuedSeconds", backlog.oldest().map(o -> Duration.between(o, now).toSeconds()).orElse(0L));
        state.put("lastContactAt", backlog.lastContact().map(Instant::toString).orElse(null));
        state.put("brokerReachable", relay.reachable());
        state.put("brokerProblem", relay.lastProblem());
        state.put("auditUnsent", audit.unsent());
        state.put("offlineMaxDays", outbox.maxOfflineDays());
        state.put("refusingFilings", outbox.refusing());
        return state;
    }
}
