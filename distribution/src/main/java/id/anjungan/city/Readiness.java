package id.anjungan.city;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits until a port accepts or a URL answers, failing early when the service behind it has stopped. */
final class Readiness {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Readiness() {
    }

    static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** What a GET answered: its status and body, or status 0 and why there was no answer. */
    record Answer(int status, String body) {

        /** One line for a message: the status and the start of the body. */
        String summary() {
            String text = body.replaceAll("\\s+", " ");
            String start = text.length() > 300 ? text.substring(0, 300) + "…" : text;
            return (status == 0 ? "no answer: " : status + " ") + start;
        }
    }

    static Answer get(String url) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body());
        } catch (IOException e) {
            return new Answer(0, e.getClass().getSimpleName() + " " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "interrupted");
        }
    }

    /** POSTs JSON (as the bearer of {@code token} when not null) and answers the body; anything but 2xx fails. */
    static String post(String url, String token, String json) {
        return send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(json)), token);
    }

    /** PUTs JSON as {@link #post} does. */
    static String put(String url, String token, String json) {
        return send(HttpRequest.newBuilder(URI.create(url)).PUT(HttpRequest.BodyPublishers.ofString(json)), token);
    }

    private static String send(HttpRequest.Builder request, String token) {
        request.timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() / 100 != 2) {
                throw new IllegalStateException(r.request().method() + " " + r.uri() + ": " + r.statusCode() + " "
                        + r.body());
            }
            return r.body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static void awaitPort(Service service, int port, Duration max) throws InterruptedException {
        await(service, () -> accepts(port) ? null : "port " + port + " closed", max, "port " + port);
    }

    static void awaitBody(Service service, String url, Predicate<String> ready, Duration max)
            throws InterruptedException {
        await(service, () -> {
            Answer answer = get(url);
            return answer.status() == 200 && ready.test(answer.body()) ? null : answer.summary();
        }, max, url);
    }

    /**
     * Polls until {@code notReady} answers null (ready) instead of why not. On time out the service's JVM is asked for
     * a thread dump (jcmd, into its log), and the message says what the last poll saw: a start that hangs shows
     * where, one that is slow shows how far it came.
     */
    private static void await(Service service, Supplier<String> notReady, Duration max, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        String last = "not asked";
        while (System.nanoTime() < deadline) {
            service.requireAlive();
            last = notReady.get();
            if (last == null) {
                return;
            }
            Thread.sleep(300);
        }
        service.dumpThreads();
        throw new IllegalStateException(service.name() + " not ready at " + what + " within " + max + " (last: " + last
                + "); threads dumped into " + service.log());
    }
}
