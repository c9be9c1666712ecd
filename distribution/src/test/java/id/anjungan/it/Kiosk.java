package id.anjungan.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The assembled kiosk ({@code distribution/target/anjungan/bin/anjungan --demo}) started once for all integration
 * tests of this JVM, on a free port with a fresh home, and stopped when the JVM ends.
 */
public final class Kiosk {

    private static Kiosk running;

    private final String base;
    private final Process process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** The resident session that requests without a login carry, as the kiosk's browser does after "Mulai". */
    private volatile String resident;

    /** A response. */
    public record Answer(int status, String body, byte[] bytes) {
        public JsonObject object() {
            return json().asJsonObject();
        }

        public JsonArray array() {
            return json().asJsonArray();
        }

        public JsonStructure json() {
            return Json.createReader(new StringReader(body)).read();
        }
    }

    private Kiosk(String base, Process process) {
        this.base = base;
        this.process = process;
    }

    /** The running kiosk, started on first use. */
    public static synchronized Kiosk get() throws Exception {
        if (running == null) {
            running = start();
            Runtime.getRuntime().addShutdownHook(new Thread(running::stop));
        }
        return running;
    }

    /** A client of a kiosk (or a city node) some other test code started, at {@code base} (http://host:port). */
    public static Kiosk at(String base) {
        return new Kiosk(base, null);
    }

    private static Kiosk start() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        return start(Path.of(System.getProperty("kiosk.home")), port, Map.of());
    }

    /**
     * Another demo kiosk of its own, e.g. with another trust store ({@code ANJUNGAN_TRUST_KEYSTORE} in
     * {@code environment}); {@link #close} stops it.
     */
    public static Kiosk startAnother(Path home, int port, Map<String, String> environment) throws Exception {
        return start(home, port, environment);
    }

    /** Stops a kiosk from {@link #startAnother}. */
    public void close() {
        stop();
    }

    private static Kiosk start(Path home, int port, Map<String, String> environment) throws Exception {
        Path dist = Path.of(System.getProperty("kiosk.dist"));
        deleteTree(home);
        Files.createDirectories(home);
        ProcessBuilder builder = new ProcessBuilder(dist.resolve("bin/anjungan").toString(), "--demo")
                .redirectErrorStream(true).redirectOutput(home.resolve("kiosk.log").toFile());
        builder.environment().put("ANJUNGAN_HOME", home.toString());
        builder.environment().put("ANJUNGAN_PORT", Integer.toString(port));
        builder.environment().put("ANJUNGAN_ADMIN_PASSWORD", "admin123");
        builder.environment().put("ANJUNGAN_PRINTER", home.resolve("printer.bin").toString());
        // every test and browser logs in from this one address; two failures lock, so a test shows it within the
        // five attempts a minute an account has
        builder.environment().put("ANJUNGAN_LOGIN_SOURCE_PER_MINUTE", "1000");
        builder.environment().put("ANJUNGAN_LOGIN_LOCK_AFTER", "2");
        builder.environment().putAll(environment);
        Kiosk kiosk = new Kiosk("http://localhost:" + port, builder.start());
        kiosk.awaitReady(Duration.ofSeconds(180), home);
        return kiosk;
    }

    private void awaitReady(Duration max, Path home) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the kiosk stopped; see " + home.resolve("kiosk.log"));
            }
            if (get("/health/ready").status() == 200 && get("/api/modules").body().contains("SANKEM")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the kiosk did not become ready in " + max);
    }

    public String url(String path) {
        return base + path;
    }

    public Path home() {
        return Path.of(System.getProperty("kiosk.home"));
    }

    /** Prefix of {@link #staff} credentials, which {@link #request} turns into a bearer token. */
    private static final String STAFF = "staff:";

    /**
     * A staff account as the tests name it: sent as the bearer token of one login per account (the API takes no
     * passwords on other requests).
     */
    public static String staff(String user, String password) {
        return STAFF + user + ":" + password;
    }

    public static final String ADMIN = staff("admin", "admin123");
    public static final String TKSK = staff("tksk", "tksk123");
    public static final String PSM = staff("psm", "psm123");
    public static final String KASI = staff("kasi", "kasi123");
    public static final String CAMAT = staff("camat", "camat123");
    public static final String DINSOS = staff("dinsos", "dinsos123");

    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    /** The {@code Authorization} header for what a test passes: staff credentials become their bearer token. */
    public String authorization(String auth) {
        return auth == null || !auth.startsWith(STAFF) ? auth : tokens.computeIfAbsent(auth, this::login);
    }

    /** Logs in (a fresh session each time: for tests of sessions and assisted sessions); the bearer header. */
    public String login(String credentials) {
        String[] pair = credentials.substring(STAFF.length()).split(":", 2);
        String body = Json.createObjectBuilder().add("username", pair[0]).add("password", pair[1]).build().toString();
        Answer answer = post("/api/auth/login", body);
        for (int waited = 0; answer.status() == 429 && waited < 3; waited++) {
            // tests one after another log the same account in more often than the throttle allows: wait as staff would
            try {
                Thread.sleep(20_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            answer = post("/api/auth/login", body);
        }
        if (answer.status() != 200) {
            throw new IllegalStateException("login of " + pair[0] + " refused: " + answer.body());
        }
        return "Bearer " + answer.object().getString("token");
    }

    public Answer get(String path) {
        return get(path, null);
    }

    public Answer get(String path, String auth) {
        return exchange(path, auth, b -> b.GET());
    }

    /** A new resident at the kiosk: later requests without a login carry a newly started session. */
    public String newResident() {
        Answer started = send(request("/api/session", null).POST(HttpRequest.BodyPublishers.noBody()));
        if (started.status() != 201) {
            throw new IllegalStateException("no resident session: " + started.status() + " " + started.body());
        }
        resident = started.object().getString("session");
        return resident;
    }

    public Answer post(String path, String json) {
        return post(path, json, null);
    }

    public Answer post(String path, String json, String auth) {
        return exchange(path, auth, b -> b.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
    }

    public Answer put(String path, String json, String auth) {
        return exchange(path, auth, b -> b.header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer upload(String method, String path, String contentType, byte[] content, String auth) {
        return exchange(path, auth, b -> b.header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    public Answer delete(String path, String auth) {
        return exchange(path, auth, HttpRequest.Builder::DELETE);
    }

    /** Sends the request; a resident's request carries the resident session, started anew when the kiosk ended it. */
    private Answer exchange(String path, String auth, java.util.function.UnaryOperator<HttpRequest.Builder> method) {
        boolean asResident = auth == null && path.startsWith("/api/");
        Answer answer = send(method.apply(asResident ? residentRequest(path) : request(path, auth)));
        if (asResident && answer.status() == 401 && answer.body().contains("\"session-required\"")) {
            this.resident = null; // the kiosk ended the visit
            answer = send(method.apply(residentRequest(path)));
        }
        return answer;
    }

    /** A resident's request, with the session when one can be started (not while the kiosk is still starting). */
    private HttpRequest.Builder residentRequest(String path) {
        if (resident == null) {
            Answer started = send(request("/api/session", null).POST(HttpRequest.BodyPublishers.noBody()));
            resident = started.status() == 201 ? started.object().getString("session") : null;
        }
        return resident == null ? request(path, null) : request(path, null).header("X-Kiosk-Session", resident);
    }

    private HttpRequest.Builder request(String path, String auth) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept-Language", "id");
        return auth == null ? b : b.header("Authorization", authorization(auth));
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> r = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8), r.body());
        } catch (IOException e) {
            return new Answer(599, e.toString(), new byte[0]);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(599, e.toString(), new byte[0]);
        }
    }

    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
        }
    }

    public static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** A NIK or KK as the kiosk shows it ({@code 3374••••••••0003}): what a test may print of one. */
    public static String masked(String number) {
        return number.substring(0, 4) + "••••••••" + number.substring(12);
    }
}
