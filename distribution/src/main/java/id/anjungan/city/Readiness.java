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

    /** The body of a GET that answered 200, or null. */
    static String body(String url) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 ? r.body() : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
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
        await(service, () -> accepts(port), max, "port " + port);
    }

    static void awaitBody(Service service, String url, Predicate<String> ready, Duration max)
            throws InterruptedException {
        await(service, () -> {
            String body = body(url);
            return body != null && ready.test(body);
        }, max, url);
    }

    private static void await(Service service, java.util.function.BooleanSupplier ready, Duration max, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < deadline) {
            service.requireAlive();
            if (ready.getAsBoolean()) {
                return;
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException(service.name() + " not ready at " + what + " within " + max + "; see "
                + service.log());
    }
}
