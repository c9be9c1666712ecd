package id.anjungan.host.security.control;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The token and key endpoints of a Keycloak realm {@code anjungan}, answering as Keycloak 26 does (the answers were
 * taken from the real one): a password grant, a refresh grant refused for a disabled user, and the key set.
 */
final class FakeKeycloak implements AutoCloseable {

    record User(String password, String role, String group) {
    }

    final TestTokens tokens = new TestTokens();
    final Map<String, User> users = new ConcurrentHashMap<>();
    final Set<String> disabled = ConcurrentHashMap.newKeySet();
    /** The usernames password grants were asked for. */
    final java.util.List<String> asked = new CopyOnWriteArrayList<>();
    private final Map<String, String> refreshTokens = new ConcurrentHashMap<>();
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
        server.createContext("/realms/anjungan/protocol/openid-connect/logout", x -> answer(x, 204, ""));
        server.createContext("/realms/anjungan/.well-known/openid-configuration",
                x -> answer(x, 200, "{\"issuer\":\"" + issuer() + "\"}"));
        server.start();
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/anjungan";
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = new HashMap<>();
        for (String pair : new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("&")) {
            String[] kv = pair.split("=", 2);
            form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        String username;
        if ("password".equals(form.get("grant_type"))) {
            username = form.get("username");
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
            username = refreshTokens.get(form.getOrDefault("refresh_token", ""));
            if (username == null || disabled.contains(username)) {
                answer(exchange, 400, "{\"error\":\"invalid_grant\",\"error_description\":\""
                        + (username == null ? "Invalid refresh token" : "User disabled") + "\"}");
                return;
            }
        }
        User user = users.get(username);
        String refresh = "refresh-" + issued.incrementAndGet();
        refreshTokens.put(refresh, username);
        String access = tokens.sign(TestTokens.claims(issuer(), username, user.role(), user.group(), Instant.now())
                .build());
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
