package id.anjungan.host.status.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.security.control.Authentication;
import id.anjungan.host.security.control.ResidentSession;
import id.anjungan.host.security.control.ResidentSessions;
import id.anjungan.host.security.control.SettableClock;
import id.anjungan.host.status.control.StatusLookup;
import id.anjungan.spi.Actor;
import id.anjungan.spi.Role;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StatusServletTest {

    private static final String LISTED = "3374015508850003";
    private static final String UNLISTED = "3374015508850004";

    private final StatusServlet servlet = new StatusServlet();
    private final ResidentSessions sessions = new SettableClock(Instant.parse("2026-12-06T03:00:00Z")).sessions();

    /** What the servlet answered. */
    private record Answer(int status, Map<String, String> headers, String body) {
    }

    @BeforeEach
    void setUp() {
        servlet.sessions = sessions;
        servlet.authentication = new Authentication() {
            @Override
            public Optional<Authenticated> caller(String header) {
                return header == null ? Optional.empty()
                        : Optional.of(new Authenticated(new Actor("tksk", "TKSK", Role.TKSK, null), "token"));
            }
        };
        servlet.lookup = new StatusLookup() {
            @Override
            public Answer answer(String nik, String kk, Actor actor, ResidentSession resident, String lang) {
                return new Answer(List.of(Map.of("program", "BPNT", "registered", nik.equals(LISTED))), List.of());
            }
        };
    }

    @Test
    void aResidentsAnswerHasNoServerTimingWhetherTheNikIsListedOrNot() throws Exception {
        String session = sessions.start("10.0.0.5").id();
        Answer listed = post(session, null, "{\"nik\":\"" + LISTED + "\",\"kk\":\"3374011201090001\"}");
        Answer unlisted = post(session, null, "{\"nik\":\"" + UNLISTED + "\",\"kk\":\"3374011201090001\"}");
        assertEquals(200, listed.status(), listed.body());
        assertTrue(listed.body().contains("\"registered\":true"), listed.body());
        assertEquals(200, unlisted.status(), unlisted.body());
        assertFalse(listed.headers().containsKey("Server-Timing"), listed.headers().toString());
        assertFalse(unlisted.headers().containsKey("Server-Timing"), unlisted.headers().toString());
        assertEquals(listed.headers().keySet(), unlisted.headers().keySet(), "the same headers either way");
        assertFalse(post(null, null, "{}").headers().containsKey("Server-Timing"), "nor on a refusal");
    }

    @Test
    void staffStillSeeHowLongTheServerWorked() throws Exception {
        Answer staff = post(null, "Bearer token", "{\"nik\":\"" + LISTED + "\",\"kk\":\"3374011201090001\"}");
        assertEquals(200, staff.status(), staff.body());
        assertTrue(staff.headers().getOrDefault("Server-Timing", "").matches("app;dur=\\d+\\.\\d\\d"), staff.headers()
                .toString());
    }

    @Test
    void aBirthDateIsRefusedWithTheAdviceToUseTheKk() throws Exception {
        String session = sessions.start("10.0.0.5").id();
        Answer answer = post(session, null, "{\"nik\":\"" + LISTED + "\",\"birthDate\":\"1985-08-15\"}");
        assertEquals(422, answer.status());
        assertTrue(answer.body().contains("birth-date-not-accepted") && answer.body().contains("nomor KK"),
                answer.body());
    }

    @Test
    void withoutAnIssuedSessionAResidentIsAskedToStart() throws Exception {
        for (String session : new String[] {null, "made-up", sessions.start("10.0.0.6").id()}) { // last: other device
            Answer answer = post(session, null, "{\"nik\":\"" + LISTED + "\",\"kk\":\"3374011201090001\"}");
            assertEquals(401, answer.status(), String.valueOf(session));
            assertTrue(answer.body().contains("session-required"), answer.body());
        }
    }

    private Answer post(String session, String authorization, String json) throws Exception {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        ByteArrayInputStream bytes = new ByteArrayInputStream(body);
        ServletInputStream in = new ServletInputStream() {
            @Override
            public boolean isFinished() {
                return bytes.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read() {
                return bytes.read();
            }
        };
        Map<String, String> requestHeaders = new HashMap<>();
        if (session != null) {
            requestHeaders.put(ResidentSessions.HEADER, session);
        }
        if (authorization != null) {
            requestHeaders.put("Authorization", authorization);
        }
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getMethod" -> "POST";
                    case "getHeader" -> requestHeaders.get((String) args[0]);
                    case "getContentType" -> "application/json";
                    case "getContentLength" -> body.length;
                    case "getInputStream" -> in;
                    case "getRemoteAddr" -> "10.0.0.5";
                    case "getLocale" -> Locale.forLanguageTag("id");
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        Map<String, String> headers = new HashMap<>();
        int[] status = {0};
        StringWriter out = new StringWriter();
        PrintWriter writer = new PrintWriter(out);
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "setHeader", "addHeader" -> headers.put((String) args[0], (String) args[1]);
                        case "setStatus" -> status[0] = (Integer) args[0];
                        case "getWriter" -> {
                            return writer;
                        }
                        case "setContentType", "setCharacterEncoding" -> {
                            return null;
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    }
                    return null;
                });
        servlet.service(request, response);
        writer.flush();
        return new Answer(status[0], headers, out.toString());
    }
}
