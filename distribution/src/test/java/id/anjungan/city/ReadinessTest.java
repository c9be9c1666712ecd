package id.anjungan.city;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A wait that times out says what the service last answered and leaves a thread dump of its JVM in its log. */
class ReadinessTest {

    @TempDir
    Path dir;

    @Test
    void aServiceThatNeverGetsReadyIsReportedWithItsLastAnswerAndItsThreads() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/health/ready", exchange -> {
            byte[] body = "{\"status\":\"DOWN\",\n  \"checks\":[{\"name\":\"kiosk-modules\"}]}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(503, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        Service jvm = new Service("node9", List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx16m", "-cp", System.getProperty("java.class.path"), Sleeper.class.getName()), Map.of(),
                dir.resolve("node9.log")).start();
        try {
            while (!Files.readString(dir.resolve("node9.log")).contains("waiting")) { // jcmd needs a JVM up
                jvm.requireAlive();
                Thread.sleep(50);
            }
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/health/ready";
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> Readiness.awaitBody(jvm, url, b -> true, Duration.ofSeconds(1)));
            assertTrue(e.getMessage().contains("last: 503 {\"status\":\"DOWN\", \"checks\""), e.getMessage());
            assertTrue(Files.readString(dir.resolve("node9.log")).contains(Sleeper.class.getName() + ".main"),
                    "the dump shows where the JVM's main thread waits");
        } finally {
            jvm.kill();
            server.stop(0);
        }
    }

    @Test
    void aClosedPortIsReportedAsNoAnswer() throws Exception {
        Service process = new Service("sleep", List.of("sleep", "30"), Map.of(), dir.resolve("sleep.log")).start();
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> Readiness.awaitBody(process, "http://127.0.0.1:1/health/ready", b -> true,
                            Duration.ofMillis(500)));
            assertTrue(e.getMessage().contains("(last: no answer: ConnectException"), e.getMessage());
        } finally {
            process.kill();
        }
    }

    /** A JVM that waits, as a start that hangs does. */
    static final class Sleeper {
        public static void main(String[] args) throws InterruptedException {
            System.out.println("waiting");
            System.out.flush();
            Thread.sleep(60_000);
        }
    }
}
