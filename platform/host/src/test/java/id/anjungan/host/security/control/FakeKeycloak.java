package id.anjungan.host.security.control;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The token and key endpoints of a Keycloak realm {@code anjungan}, answering as Keycloak 26 does (the answers were
 * taken from the real one): a password grant, a refresh grant refused for a disabled user, and the key set. Each
 * password grant opens a session: its tokens carry its id as {@code sid}, and so do those refreshed from them, until a
 * logout ends it (Keycloak 26.7.3 sets {@code sid} on every access token, and the realm's client maps {@code sub}).
 */
final class FakeKeycloak implements AutoCloseable {

    record User(String password, String role, String group) {
    }

    /** A login: the account and its session id. */
    private record Login(String username, String session) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    final TestTokens tokens = new TestTokens();
    final Map<String, User> users = new ConcurrentHashMap<>();
    final Set<String> disabled = ConcurrentHashMap.newKeySet();
    /** The usernames password grants were asked for. */
    final java.util.List<String> asked = new CopyOnWriteArrayList<>();
    private final Map<String, Login> refreshTokens = new ConcurrentHashMap<>();
    private final AtomicInteger issued = new AtomicInteger();
    private final HttpServer server;

    FakeKeycloak() throws IOException {
        this(0);
    }

    /** On a given port: the provider back after an outage. */
    FakeKeycloak(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/realms/anjungan/protocol/openid-connect/token", this::token);
        server.createContext("/realms/anjungan/protocol/openid-connect/certs", x -> answer(x, 200, tokens.jwks()));
        server.createContext("/realms/anjungan/protocol/openid-connect/logout", this::logout);
        server.createContext("/realms/anjungan/.well-known/openid-configuration",
                x -> answer(x, 200, "{\"issuer\":\"" + issuer() + "\"}"));
        server.start();
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/anjungan";
    }

    /** A session id of the form Keycloak 26.7.3 gives (24 base64url characters, e.g. {@code mW6kpTvyiG1GFuu302eEgX0H}). */
    private static String sessionId() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Map<String, String> form(HttpExchange exchange) throws IOException {
        Map<String, String> form = new HashMap<>();
        for (String pair : new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("&")) {
            String[] kv = pair.split("=", 2);
            form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return form;
    }

    /** Ends the session of a refresh token: none of its refresh tokens is taken again. */
    private void logout(HttpExchange exchange) throws IOException {
        Login ended = refreshTokens.get(form(exchange).getOrDefault("refresh_token", ""));
        if (ended != null) {
            refreshTokens.values().removeIf(ended::equals);
        }
        answer(exchange, 204, "");
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(exchange);
        String username;
        String session;
        if ("password".equals(form.get("grant_type"))) {
            username = form.get("username");
            session = sessionId();
            asked.add(username);
            User user = users.get(username);
            if (user == null || !user.password().equals(form.get("password"))) {
                answer(exchange, 401, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid user credentials\"}");
                return;
            }
            if (disabled.contains(username)) {
                answer(exchange, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"Account disabled\"}");
                return;
            }
        } else {
            Login login = refreshTokens.get(form.getOrDefault("refresh_token", ""));
            username = login == null ? null : login.username();
            session = login == null ? null : login.session();
            if (username == null || disabled.contains(username)) {
                answer(exchange, 400, "{\"error\":\"invalid_grant\",\"error_description\":\""
                        + (username == null ? "Invalid refresh token" : "User disabled") + "\"}");
                return;
            }
        }
        User user = users.get(username);
        String refresh = "refresh-" + issued.incrementAndGet();
        refreshTokens.put(refresh, new Login(username, session));
        String access = tokens.sign(TestTokens.claims(issuer(), username, user.role(), user.group(), Instant.now())
                .add("sid", session).add("jti", "onrtro:" + UUID.randomUUID()).build());
        answer(exchange, 200, Json.createObjectBuilder().add("access_token", access).add("expires_in", 60)
                .add("refresh_token", refresh).add("token_type", "Bearer").build().toString());
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
