package id.anjungan.host.cases.control;

import id.anjungan.host.config.Setting;
import id.anjungan.host.config.Settings;
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
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The city's answer about a case this kiosk does not hold (filed at another kiosk of the city): the city tier's own
 * public status of the case, asked for in a resident session of its own, as any resident could ask the city. Nothing
 * when the kiosk has no city address, the city does not answer within a few seconds, or does not know the number.
 */
@ApplicationScoped
public class CityStatus {

    private static final Logger LOG = Logger.getLogger(CityStatus.class.getName());
    private static final Duration WAIT = Duration.ofSeconds(4);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(WAIT).build();
    private volatile String session;

    /** The city's public view of {@code tracking} (a valid, normalised number), in {@code lang}. */
    public Optional<JsonObject> of(String tracking, String lang) {
        Optional<String> city = Settings.get(Setting.CITY_URL);
        if (city.isEmpty() || "city".equals(Settings.value(Setting.ROLE))) {
            return Optional.empty();
        }
        try {
            HttpResponse<String> answer = ask(city.get(), tracking, lang);
            if (answer.statusCode() == 401 || answer.statusCode() == 429) { // the session ended or used its lookups
                session = null;
                answer = ask(city.get(), tracking, lang);
            }
            return answer.statusCode() == 200 ? Optional.of(read(answer.body())) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.info(() -> "The city did not answer about a case: " + e.getClass().getSimpleName());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private HttpResponse<String> ask(String city, String tracking, String lang) throws IOException,
            InterruptedException {
        String s = session;
        if (s == null) {
            HttpResponse<String> started = http.send(request(city, "/api/session").POST(
                    HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            if (started.statusCode() != 201) {
                return started;
            }
            s = read(started.body()).getString("session");
            session = s;
        }
        return http.send(request(city, "/api/cases/" + URLEncoder.encode(tracking, StandardCharsets.UTF_8))
                .header("X-Kiosk-Session", s).header("Accept-Language", lang).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(String city, String path) {
        return HttpRequest.newBuilder(URI.create(city.replaceAll("/+$", "") + path)).timeout(WAIT);
    }

    private static JsonObject read(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
