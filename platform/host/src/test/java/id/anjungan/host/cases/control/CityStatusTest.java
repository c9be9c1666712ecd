package id.anjungan.host.cases.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.anjungan.host.problem.Problem;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A kiosk asking the city about another kiosk's case: a city that hangs is skipped for a while, not waited on. */
class CityStatusTest {

    final AtomicInteger asked = new AtomicInteger();
    final CountDownLatch released = new CountDownLatch(1);
    final ExecutorService handlers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "test-city");
        t.setDaemon(true);
        return t;
    });
    HttpServer server;
    Instant clock = Instant.parse("2026-12-07T01:00:00Z");

    @AfterEach
    void stop() {
        released.countDown();
        server.stop(0);
        handlers.shutdownNow();
    }

    private String city(com.sun.net.httpserver.HttpHandler handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            asked.incrementAndGet();
            handler.handle(exchange);
        });
        server.setExecutor(handlers);
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private CityStatus status() {
        CityStatus status = new CityStatus(Duration.ofSeconds(2));
        status.pause = Duration.ofSeconds(30);
        status.now = () -> clock;
        return status;
    }

    @Test
    void aCityThatHangsIsSkippedForThePauseAndTheResidentToldItCannotBeReached() throws Exception {
        String city = city(exchange -> {
            try {
                released.await(); // accepts and never answers
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        CityStatus status = status();
        Problem first = assertThrows(Problem.class, () -> status.of(city, "BANSOS-2612-0001-0000-0000-0", "id"));
        assertEquals(503, first.status());
        assertEquals("city-unreachable", first.code());
        awaitAsked(1);

        Problem meanwhile = assertThrows(Problem.class, () -> status.of(city, "BANSOS-2612-0001-0000-0000-0", "id"));
        assertEquals("city-unreachable", meanwhile.code());

        clock = clock.plusSeconds(31);
        assertThrows(Problem.class, () -> status.of(city, "BANSOS-2612-0001-0000-0000-0", "id"));
        awaitAsked(2);
        assertEquals(2, asked.get(), "asked once, not within the pause, again after it");
    }

    @Test
    void aCityThatAnswersIsAskedEveryTimeAndAnUnknownNumberStaysUnknown() throws Exception {
        String city = city(exchange -> {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/api/session")) {
                answer(exchange, 201, "{\"session\":\"s1\"}");
            } else if (path.endsWith("KNOWN")) {
                answer(exchange, 200, "{\"tracking\":\"KNOWN\",\"state\":\"diproses\"}");
            } else {
                answer(exchange, 404, "{\"code\":\"tracking-unknown\"}");
            }
        });
        CityStatus status = status();
        assertEquals("diproses", status.of(city, "KNOWN", "id").orElseThrow().getString("state"));
        assertTrue(status.of(city, "OTHER", "id").isEmpty());
        assertEquals("diproses", status.of(city, "KNOWN", "en").orElseThrow().getString("state"));
        assertEquals(4, asked.get(), "one session, three lookups");
    }

    @Test
    void aCityWhoseNodesAreAllDownIsUnreachableNotUnknown() throws Exception {
        String city = city(exchange -> answer(exchange, 503, "<html>No server is available</html>"));
        Problem down = assertThrows(Problem.class, () -> status().of(city, "KNOWN", "id"));
        assertEquals("city-unreachable", down.code());
    }

    /** The server's count reaches {@code n} (its handler thread may count a moment after the client gave up). */
    private void awaitAsked(int n) throws InterruptedException {
        for (int i = 0; i < 200 && asked.get() < n; i++) {
            Thread.sleep(50);
        }
        assertEquals(n, asked.get());
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
