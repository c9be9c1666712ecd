package id.anjungan.host.runtime.boundary;

import id.anjungan.host.runtime.control.Kiosk;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once Felix runs and every enabled module has registered its program. A module that is DOWN later (its calls
 * time out) does not make the kiosk unready: the kiosk still serves every other program, and taking it out of service
 * would stop those too. The data lists each module's health and how many are down, for the admin and monitoring.
 */
@Readiness
@ApplicationScoped
public class KioskReadiness implements HealthCheck {

    @Inject
    Kiosk kiosk;

    @Override
    public HealthCheckResponse call() {
        Map<String, String> health = kiosk.moduleHealth();
        HealthCheckResponseBuilder answer = HealthCheckResponse.named("kiosk-modules").status(kiosk.ready());
        health.forEach(answer::withData);
        return answer.withData("modulesDown", health.values().stream().filter("DOWN"::equals).count()).build();
    }
}
