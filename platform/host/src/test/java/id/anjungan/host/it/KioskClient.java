package id.anjungan.host.it;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A small HTTP client for the kiosk API in integration tests. */
public final class KioskClient {

    /** Prefix of staff credentials, which {@link #request} turns into the bearer token of one login. */
    private static final String STAFF = "staff:";
    /** The admin as the tests name it: sent as a bearer token (the API takes no passwords but at login). */
    public static final String ADMIN = STAFF + "admin:it-admin-secret";

    /** A response. */
    public record Answer(int status, String body) {
        public JsonStructure json() {
            return Json.createReader(new StringReader(body)).read();
        }

        public jakarta.json.JsonObject object() {
            return json().asJsonObject();
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    /** The resident session that requests without a login carry, as the kiosk's browser does after "Mulai". */
    private volatile String resident;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    public KioskClient(String base) {
        this.base = base;
    }

    public Answer get(String path) {
        return get(path, null);
    }

    public Answer get(String path, String auth) {
        return exchange(path, auth, HttpRequest.Builder::GET);
    }

    public Answer post(String path, String json, String auth) {
        return exchange(path, auth, b -> b.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer delete(String path, String auth) {
        return exchange(path, auth, HttpRequest.Builder::DELETE);
    }

    /** Sends the request; a resident's request carries the resident session, started anew when the kiosk ended it. */
    private Answer exchange(String path, String auth, java.util.function.UnaryOperator<HttpRequest.Builder> method) {
        boolean asResident = auth == null && path.startsWith("/api/");
        Answer answer = send(method.apply(asResident ? residentRequest(path) : request(path, auth)));
        if (asResident && answer.status() == 401 && answer.body().contains("\"session-required\"")) {
            resident = null; // the kiosk restarted: a new visit
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

    public Answer upload(String method, String path, Path jar, String auth) throws IOException {
        return send(request(path, auth).header("Content-Type", "application/java-archive")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(jar))));
    }

    /** Imports a recipient list (CSV) as the admin screen does, and waits until the import is done. */
    public void importList(String program, String period, String csv) throws InterruptedException {
        String boundary = "it" + System.nanoTime();
        String body = part(boundary, "program", program) + part(boundary, "period", period) + "--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"list.csv\"\r\nContent-Type: text/csv"
                + "\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        Answer accepted = send(request("/api/admin/recipient-lists", ADMIN)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (accepted.status() != 202) {
            throw new AssertionError("import refused: " + accepted.status() + " " + accepted.body());
        }
        String id = accepted.object().getString("id");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Answer progress = get("/api/admin/recipient-lists/imports/" + id, ADMIN);
            if (progress.body().contains("\"DONE\"")) {
                return;
            }
            if (progress.body().contains("\"FAILED\"")) {
                throw new AssertionError("import failed: " + progress.body());
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import did not finish");
    }

    private static String part(String boundary, String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    /** Files a referral with the example module and returns its tracking number. */
    public String submitReferral() {
        Answer a = post("/api/cases", "{\"program\":\"RUJUKAN\",\"service\":\"minta-rujukan\",\"data\":"
                + "{\"target\":\"KIS\",\"nik\":\"3374014101800003\"}}", null);
        if (a.status() != 201) {
            throw new AssertionError("submission failed: " + a.status() + " " + a.body());
        }
        return a.json().asJsonObject().getString("tracking");
    }

    /** Waits until the API answers after a (re)start. */
    public void awaitUp() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (get("/api/modules").status() == 200) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("kiosk did not come up at " + base);
    }

    private HttpRequest.Builder request(String path, String auth) {
        String url = path.startsWith("/health") ? base.replaceAll("(https?://[^/]+).*", "$1") + path : base + path;
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept-Language", "id");
        return auth == null ? b : b.header("Authorization",
                auth.startsWith(STAFF) ? tokens.computeIfAbsent(auth, this::login) : auth);
    }

    private String login(String credentials) {
        String[] pair = credentials.substring(STAFF.length()).split(":", 2);
        Answer answer = post("/api/auth/login", Json.createObjectBuilder().add("username", pair[0])
                .add("password", pair[1]).build().toString(), null);
        if (answer.status() != 200) {
            throw new AssertionError("login of " + pair[0] + " refused: " + answer.status() + " " + answer.body());
        }
        return "Bearer " + answer.object().getString("token");
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body());
        } catch (IOException e) {
            return new Answer(599, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(599, e.toString());
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
}
