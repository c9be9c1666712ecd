package id.anjungan.host.cases.control;

import id.anjungan.host.config.Setting;
import id.anjungan.host.config.Settings;
import id.anjungan.host.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The city's answer about a case this kiosk does not hold (filed at another kiosk of the city): the city tier's own
 * public status of the case, asked for in a resident session of its own, as any resident could ask the city. Nothing
 * when the kiosk has no city address or the city does not know the number. All calls of one question share one wait
 * of a few seconds; a city that failed or did not answer within it is not asked again for a while
 * ({@code anjungan.city.status.pause.seconds}): meanwhile, and for the question that failed, the resident is told at
 * once that the city cannot be reached now, and no request thread waits on a city that hangs.
 */
@ApplicationScoped
public class CityStatus {

    private static final Logger LOG = Logger.getLogger(CityStatus.class.getName());

    private final HttpClient http;
    private final Duration wait;
    private volatile String session;
    private volatile Instant pausedUntil = Instant.MIN;
    Duration pause = Duration.ofSeconds(Math.max(0, Settings.number(Setting.CITY_STATUS_PAUSE_SECONDS)));
    Supplier<Instant> now = Instant::now;

    public CityStatus() {
        this(Duration.ofSeconds(4));
    }

    CityStatus(Duration wait) {
        this.wait = wait;
        // HTTP/1.1: an upgrade to HTTP/2 on plain HTTP would tie the connection to one city node, past the failover;
        // cookies: HAProxy's keeps the lookups on the node that holds this kiosk's resident session there
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(wait)
                .cookieHandler(new java.net.CookieManager(null, java.net.CookiePolicy.ACCEPT_ALL)).build();
    }

    /** The city's public view of {@code tracking} (a valid, normalised number), in {@code lang}. */
    public Optional<JsonObject> of(String tracking, String lang) {
        Optional<String> city = Settings.get(Setting.CITY_URL);
        if (city.isEmpty() || "city".equals(Settings.value(Setting.ROLE))) {
            return Optional.empty();
        }
        return of(city.get(), tracking, lang);
    }

    /** As {@link #of(String, String)}, of the city at {@code city}; 503 {@code city-unreachable} when it fails. */
    Optional<JsonObject> of(String city, String tracking, String lang) {
        if (now.get().isBefore(pausedUntil)) {
            throw unreachable();
        }
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            HttpResponse<String> answer = ask(city, tracking, lang, deadline);
            if (answer.statusCode() == 401 || answer.statusCode() == 429) { // the session ended or used its lookups
                session = null;
                answer = ask(city, tracking, lang, deadline);
            }
            if (answer.statusCode() >= 500) { // HAProxy without a node, or a node that failed
                throw new IOException("the city answered " + answer.statusCode());
            }
            return answer.statusCode() == 200 ? Optional.of(read(answer.body())) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            pausedUntil = now.get().plus(pause);
            LOG.info(() -> "The city did not answer about a case (" + e.getClass().getSimpleName() + "), not asked"
                    + " for " + pause.toSeconds() + " s");
            throw unreachable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreachable();
        }
    }

    private static Problem unreachable() {
        return Problem.of(503, "city-unreachable", "Server kota tidak dapat dihubungi", "The city cannot be reached",
                "Nomor ini tidak tercatat di anjungan ini, dan server kota yang menyimpan pengajuan dari semua anjungan"
                        + " tidak dapat dihubungi sekarang. Coba lagi beberapa menit lagi, atau tanyakan di anjungan"
                        + " tempat pengajuan dibuat.",
                "This number is not recorded at this kiosk, and the city server that holds the applications of every"
                        + " kiosk cannot be reached now. Please try again in a few minutes, or ask at the kiosk where"
                        + " the application was made.");
    }

    private HttpResponse<String> ask(String city, String tracking, String lang, long deadline) throws IOException,
            InterruptedException {
        String s = session;
        if (s == null) {
            HttpResponse<String> started = http.send(request(city, "/api/session", deadline).POST(
                    HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            if (started.statusCode() != 201) {
                return started;
            }
            s = read(started.body()).getString("session");
            session = s;
        }
        return http.send(request(city, "/api/cases/" + URLEncoder.encode(tracking, StandardCharsets.UTF_8), deadline)
                .header("X-Kiosk-Session", s).header("Accept-Language", lang).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A request that may take what is left of the question's wait. */
    private static HttpRequest.Builder request(String city, String path, long deadline) throws IOException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new java.net.http.HttpTimeoutException("the city's wait is used up");
        }
        return HttpRequest.newBuilder(URI.create(city.replaceAll("/+$", "") + path)).timeout(Duration.ofNanos(left));
    }

    private static JsonObject read(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
