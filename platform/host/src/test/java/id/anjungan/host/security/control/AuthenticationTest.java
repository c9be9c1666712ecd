package id.anjungan.host.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.problem.Problem;
import id.anjungan.spi.Actor;
import id.anjungan.spi.Role;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class AuthenticationTest {

    private final Authentication authentication = new Authentication();

    {
        authentication.sessions = new Sessions();
        authentication.provider = new IdentityProvider();
    }

    /** Basic let scripts guess passwords on any endpoint, past the login's throttling and lockout. */
    @Test
    void httpBasicIsRefused() {
        String basic = "Basic " + Base64.getEncoder().encodeToString("admin:admin123".getBytes(StandardCharsets.UTF_8));
        Problem p = assertThrows(Problem.class, () -> authentication.caller(basic));
        assertEquals(401, p.status());
        assertEquals("bearer-required", p.code());
    }

    @Test
    void aBearerTokenNamesItsActorAndAnUnknownOneIsRefused() {
        String token = authentication.sessions.open(new Actor("tksk", "Bu Ratna", Role.TKSK, null));
        assertEquals("tksk", authentication.caller("Bearer " + token).orElseThrow().actor().username());
        assertEquals(401, assertThrows(Problem.class, () -> authentication.caller("Bearer nope")).status());
        assertTrue(authentication.caller(null).isEmpty());
    }
}
