package id.anjungan.host.city.control;

import id.anjungan.host.city.entity.Rollout;
import id.anjungan.host.city.entity.RolloutKiosk;
import id.anjungan.host.sync.DesiredModules;
import id.anjungan.host.sync.KioskStatus;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/** How a rollout judges its kiosks from their heartbeats, and what it then wants each of them to run. */
final class RolloutJudgement {

    private static final Logger LOG = Logger.getLogger(Rollouts.class.getName());

    private RolloutJudgement() {
    }

    /**
     * DONE (the version UP, or installed and switched off where its kelurahan does not run it), FAILED (sticky) or
     * RUNNING, from the kiosk's newest heartbeat.
     */
    static void judge(Rollout r, RolloutKiosk m, KioskStatuses.Reported reported) {
        if (RolloutKiosk.FAILED.equals(m.state) || reported == null) {
            return;
        }
        Optional<KioskStatus.Module> module = reported.module(r.code);
        if (module.isPresent() && r.version.equals(module.get().version()) && "DOWN".equals(module.get().health())) {
            m.state = RolloutKiosk.FAILED;
            m.problem = clip("DOWN" + Optional.ofNullable(module.get().problem()).map(p -> ": " + p).orElse(""));
        } else if (module.isPresent() && Objects.equals(module.get().failedRevision(), m.revision)) {
            m.state = RolloutKiosk.FAILED;
            m.problem = clip(Optional.ofNullable(module.get().problem()).orElse("not installed"));
        } else if (module.isPresent() && r.version.equals(module.get().version())
                && Set.of("UP", "DISABLED").contains(module.get().health())) {
            // DISABLED: installed, and off because its kelurahan does not run the program: nothing to wait for there
            m.state = RolloutKiosk.DONE;
        } else {
            m.state = RolloutKiosk.RUNNING;
        }
    }

    /**
     * The first ring with more failed kiosks than the threshold halts the rollout: its kiosks go back, and so do those
     * of a later ring already started, which the failure leaves unproven.
     */
    static void haltOnFailures(Rollout r, List<RolloutKiosk> members, Instant now) {
        for (int ring = 0; ring <= r.ring; ring++) {
            int position = ring;
            List<RolloutKiosk> failed = members.stream().filter(m -> m.ring == position
                    && RolloutKiosk.FAILED.equals(m.state)).toList();
            if (failed.size() > r.errorThreshold) {
                r.state = Rollout.HALTED;
                r.ring = position;
                r.ended = now;
                r.ringHealthySince = null;
                r.reason = clip(failed.stream().map(m -> m.kiosk + ": " + m.problem).reduce((a, b) -> a + "; " + b)
                        .orElse(""));
                for (RolloutKiosk m : members) {
                    if (m.ring >= position) {
                        m.revision = r.id * Rollouts.STEP + 2;
                        m.sent = null;
                    }
                }
                LOG.warning(() -> "Rollout " + r.id + " of " + r.code + " " + r.version + " halted in ring " + position
                        + ", its kiosks go back: " + r.reason);
                return;
            }
        }
    }

    static boolean back(Rollout r, RolloutKiosk m) {
        return Rollout.HALTED.equals(r.state) && m.ring >= r.ring;
    }

    static DesiredModules.Module desired(Rollout r, RolloutKiosk m) {
        return back(r, m) ? new DesiredModules.Module(r.code, m.beforeVersion, null, m.revision)
                : new DesiredModules.Module(r.code, r.version, r.sha256, m.revision);
    }

    static String clip(String text) {
        return text.length() <= 400 ? text : text.substring(0, 399) + "…";
    }
}
