package id.anjungan.host.runtime.boundary;

import id.anjungan.host.modules.control.ModuleManager;
import id.anjungan.host.privacy.Masking;
import id.anjungan.host.runtime.control.Kiosk;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once Felix runs and every enabled module has registered its program. A module that is DOWN later (its calls
 * time out, or its program reports a problem of its own) does not make the kiosk unready: HAProxy and the launcher
 * take a node out of service on this answer, and the kiosk still serves every other program. The data lists each
 * module's health as the module list and the heartbeat show it, why a module is down, and how many are down.
 */
@Readiness
@ApplicationScoped
public class KioskReadiness implements HealthCheck {

    @Inject
    Kiosk kiosk;

    @Override
    public HealthCheckResponse call() {
        return answer(kiosk.ready(), kiosk.moduleHealth());
    }

    static HealthCheckResponse answer(boolean ready, Map<String, ModuleManager.Condition> health) {
        Map<String, Object> data = new LinkedHashMap<>();
        health.forEach((code, condition) -> {
            data.put(code, condition.health());
            if (condition.problem() != null) { // a module's own words may quote a resident's number
                data.put(code + ".problem", Masking.scrub(condition.problem().id() + " / " + condition.problem().en()));
            }
        });
        data.put("modulesDown", health.values().stream().filter(c -> "DOWN".equals(c.health())).count());
        return new HealthCheckResponse("kiosk-modules", ready ? HealthCheckResponse.Status.UP
                : HealthCheckResponse.Status.DOWN, Optional.of(data));
    }
}
