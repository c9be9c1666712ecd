package id.anjungan.host.rollout.control;

import id.anjungan.host.config.Setting;
import id.anjungan.host.config.Settings;
import id.anjungan.host.modules.control.ModuleManager;
import id.anjungan.host.modules.entity.ModuleView;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.rollout.entity.DesiredModule;
import id.anjungan.host.sync.KioskStatus;
import id.anjungan.spi.platform.KioskClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The kiosk's heartbeat to the city every {@code ANJUNGAN_CITY_STATUS_SECONDS}: each module's version, state and
 * health, how far it got with the city's desired state, and its sync queue. The city's rollouts judge a ring on it;
 * the city's admin sees every kiosk by it.
 */
@ApplicationScoped
public class Heartbeat {

    @Inject
    Provider<ModuleManager> modules;
    @Inject
    DesiredState desired;
    @Inject
    KioskClock clock;

    Duration every;
    private volatile Instant last;

    /** Whether a heartbeat is due; the first one goes at once. */
    public boolean due() {
        Instant sent = last;
        return sent == null || !clock.now().isBefore(sent.plus(every()));
    }

    /** Now's heartbeat (and its time counts as sent); empty while the modules are still starting. */
    public Optional<KioskStatus> now(String kiosk, Map<String, Object> sync) {
        List<ModuleView> views;
        try {
            views = modules.get().list();
        } catch (Problem starting) {
            return Optional.empty();
        }
        Map<String, DesiredModule> wanted = desired.all().stream()
                .collect(Collectors.toMap(d -> d.code, Function.identity()));
        List<KioskStatus.Module> reported = new java.util.ArrayList<>(views.stream().map(v -> {
            DesiredModule d = wanted.remove(v.code());
            return new KioskStatus.Module(v.code(), v.version(), v.previousVersion(), v.state(), v.health(),
                    d == null ? null : d.appliedRevision, d == null ? null : d.failedRevision,
                    v.problem() != null ? v.problem().en() : d == null ? null : d.problem);
        }).toList());
        wanted.values().forEach(d -> reported.add(new KioskStatus.Module(d.code, null, null, null, null,
                d.appliedRevision, d.failedRevision, d.problem))); // desired but not installed here
        Instant at = clock.now();
        last = at;
        return Optional.of(new KioskStatus(kiosk, at.toString(), reported, queue(sync)));
    }

    private static KioskStatus.Queue queue(Map<String, Object> sync) {
        return new KioskStatus.Queue(number(sync.get("queued")), number(sync.get("oldestQueuedSeconds")),
                (String) sync.get("lastContactAt"), Boolean.TRUE.equals(sync.get("brokerReachable")),
                number(sync.get("auditUnsent")));
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }

    private Duration every() {
        return every != null ? every : Duration.ofSeconds(Math.max(1, Settings.number(Setting.CITY_STATUS_SECONDS)));
    }
}
