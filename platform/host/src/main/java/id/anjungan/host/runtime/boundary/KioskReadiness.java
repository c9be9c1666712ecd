package id.anjungan.host.runtime.boundary;

import id.anjungan.host.runtime.control.Kiosk;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once Felix runs and every enabled module has registered its program. */
@Readiness
@ApplicationScoped
public class KioskReadiness implements HealthCheck {

    @Inject
    Kiosk kiosk;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("kiosk-modules").status(kiosk.ready()).build();
    }
}
