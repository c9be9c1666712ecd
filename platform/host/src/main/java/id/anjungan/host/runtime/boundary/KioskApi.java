package id.anjungan.host.runtime.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The kiosk's REST API under {@code /api}. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Anjungan", version = "1.0",
        description = "Kiosk API for social-assistance services at kelurahan offices"))
public class KioskApi extends Application {

    /** No generated WADL: OPTIONS answers with the allowed methods only, not a map of every resource. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
