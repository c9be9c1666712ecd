package id.anjungan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What an attacker or a broken client sends: every path and method of {@code /openapi} with malformed, non-object,
 * deeply nested and oversized JSON and a garbage {@code Accept-Language}; oversized uploads; and the headers every
 * answer carries.
 */
class HostileRequestsIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final String HUGE = "x".repeat(100_000);
    private static final String GARBAGE_LANGUAGE = ";;;q=zz,@@,-;q=" + "é".repeat(5_000);

    /** A request and its answer. */
    private record Sent(String what, int status, String type, String body) {
    }

    private static Sent send(String what, HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = HTTP.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Sent(what, r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            return new Sent(what, 599, "", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Bodies no endpoint should answer with a server failure. */
    private static Map<String, String> hostileBodies() {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("malformed", "{\"program\": \"BPNT\", ");
        bodies.put("not-json", "<xml/>");
        bodies.put("array", "[1, 2, 3]");
        bodies.put("number", "42");
        bodies.put("string", "\"text\"");
        bodies.put("null", "null");
        bodies.put("empty", "");
        bodies.put("deep-array", "[".repeat(5_000) + "]".repeat(5_000));
        bodies.put("deep-object", "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000));
        bodies.put("wrong-types", "{\"program\":[],\"service\":{},\"data\":\"x\",\"transition\":1,\"nik\":true}");
        StringBuilder huge = new StringBuilder("{");
        for (String key : List.of("program", "service", "subjectNik", "nik", "kk", "username", "password", "pin",
                "transition", "note", "evidence", "birthDate", "period", "name", "displayName", "role")) {
            huge.append('"').append(key).append("\":\"").append(HUGE).append("\",");
        }
        huge.append("\"data\":{\"description\":\"").append(HUGE).append("\",\"nama\":\"").append(HUGE).append("\"}}");
        bodies.put("oversized-strings", huge.toString());
        return bodies;
    }

    private static HttpRequest.Builder request(Kiosk kiosk, String path, String auth, String language) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(kiosk.url(path))).header("Accept-Language", language);
        return auth == null ? b : b.header("Authorization", auth);
    }

    @Test
    void everyEndpointAnswersHostileBodiesWithAJsonProblemNeverAServerFailure() throws Exception {
        Kiosk kiosk = Kiosk.get();
        Sent document = send("openapi", request(kiosk, "/openapi", null, "id").header("Accept", "application/json").GET());
        JsonObject openapi = jakarta.json.Json.createReader(new java.io.StringReader(document.body())).readObject();
        Map<String, String> bodies = hostileBodies();
        List<Sent> answers = new ArrayList<>();
        for (Map.Entry<String, jakarta.json.JsonValue> path : openapi.getJsonObject("paths").entrySet()) {
            // unknown codes and numbers: nothing is installed, removed or moved, yet every body is read
            String concrete = path.getKey().replaceAll("\\{[^}]+}", "ZZFUZZ");
            for (String method : path.getValue().asJsonObject().keySet()) {
                String verb = method.toUpperCase(java.util.Locale.ROOT);
                if (!Set.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(verb)) {
                    continue;
                }
                for (String auth : java.util.Arrays.asList(Kiosk.ADMIN, null)) {
                    String who = auth == null ? "anonymous" : "admin";
                    answers.add(send(verb + " " + concrete + " garbage Accept-Language (" + who + ")",
                            request(kiosk, concrete + "?limit=zz&from=x&format=%00", auth, GARBAGE_LANGUAGE)
                                    .method(verb, verb.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                                            : HttpRequest.BodyPublishers.ofString("{}"))
                                    .header("Content-Type", "application/json")));
                    if (verb.equals("GET")) {
                        continue;
                    }
                    for (Map.Entry<String, String> body : bodies.entrySet()) {
                        // Expect: 100-continue, as browsers' large uploads: a resource that needs no body answers
                        // without it, instead of the connection closing under a client still sending 1.6 MB
                        answers.add(send(verb + " " + concrete + " " + body.getKey() + " (" + who + ")",
                                request(kiosk, concrete, auth, "id").header("Content-Type", "application/json")
                                        .expectContinue(true)
                                        .method(verb, HttpRequest.BodyPublishers.ofString(body.getValue()))));
                    }
                    answers.add(send(verb + " " + concrete + " broken multipart (" + who + ")",
                            request(kiosk, concrete, auth, "id")
                                    .header("Content-Type", "multipart/form-data; boundary=zz")
                                    .method(verb, HttpRequest.BodyPublishers.ofString("--zz\r\nContent-Disposition: "
                                            + "form-data; name=\"file\"\r\n\r\n" + HUGE))));
                }
            }
            answers.add(send("OPTIONS " + concrete, request(kiosk, concrete, null, "id")
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())));
        }
        List<Sent> failures = answers.stream().filter(a -> a.status() >= 500).toList();
        List<Sent> notProblems = answers.stream().filter(a -> a.status() >= 400 && a.status() < 500)
                .filter(a -> !a.type().startsWith("application/problem+json")).toList();
        List<Sent> wadl = answers.stream().filter(a -> a.what().startsWith("OPTIONS"))
                .filter(a -> a.type().contains("wadl") || a.body().contains("wadl")).toList();
        System.out.printf("Hostile requests: %d sent to %d paths, %d answered 5xx, %d errors not a JSON problem%n",
                answers.size(), openapi.getJsonObject("paths").size(), failures.size(), notProblems.size());
        Stream.concat(failures.stream(), notProblems.stream()).forEach(a -> System.out.println("  " + a.what() + " -> "
                + a.status() + " " + a.type() + " " + a.body().substring(0, Math.min(120, a.body().length()))));
        assertTrue(answers.size() > 500, "requests sent: " + answers.size());
        assertEquals(List.of(), failures.stream().map(a -> a.what() + " -> " + a.status() + " " + a.body()
                .substring(0, Math.min(200, a.body().length()))).toList());
        assertEquals(List.of(), notProblems.stream().map(a -> a.what() + " -> " + a.status() + " " + a.type()).toList());
        assertEquals(List.of(), wadl.stream().map(Sent::what).toList());
        String log = Files.readString(kiosk.home().resolve("kiosk.log"));
        assertFalse(log.contains("StackOverflowError"), "no stack overflow reached the log");
    }

    @Test
    void aGarbageAcceptLanguageStillGetsAnAnswerInIndonesian() throws Exception {
        Kiosk kiosk = Kiosk.get();
        for (String garbage : List.of(GARBAGE_LANGUAGE, "x".repeat(10_000), ";;;q=zz", "*;q=abc, en;q=")) {
            java.util.function.Function<String, Sent> unknownCase = language -> send("unknown case",
                    request(kiosk, "/api/cases/BPNT-0000-000000-0", null, language).GET());
            java.util.function.Function<String, Sent> status = language -> send("status", request(kiosk, "/api/status",
                    null, language).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"nik\":\"1\"}")));
            for (var asked : List.of(unknownCase, status)) {
                Sent answer = asked.apply(garbage);
                assertEquals(asked.apply("id").body(), answer.body(), "answered in Indonesian: " + answer);
                assertNotEquals(asked.apply("en").body(), answer.body());
                assertTrue(answer.status() >= 400 && answer.status() < 500, answer.toString());
            }
        }
    }

    @Test
    void textLongerThanItsColumnIsUnprocessable() throws Exception {
        Kiosk kiosk = Kiosk.get();
        String step = "{\"transition\":\"x\",\"note\":\"" + "n".repeat(2_001) + "\"}";
        Kiosk.Answer answer = kiosk.post("/api/cases/BPNT-2612-000001-5/transitions", step, Kiosk.TKSK);
        assertEquals(422, answer.status(), answer.body());
        assertEquals("too-long", answer.object().getString("code"));
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndApiAnswersAreNotCached() throws Exception {
        Kiosk kiosk = Kiosk.get();
        for (String path : List.of("/", "/js/main.js", "/api/services", "/api/cases/BPNT-0000-000000-0", "/api/nothing")) {
            HttpResponse<Void> answer = head(kiosk, path);
            assertEquals(SecurityPolicy.EXPECTED, answer.headers().firstValue("Content-Security-Policy").orElse(""), path);
            assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("no-referrer", answer.headers().firstValue("Referrer-Policy").orElse(""), path);
            if (path.startsWith("/api")) {
                assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(""), path);
            } else {
                assertNotEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(""), path);
            }
        }
        Sent options = send("OPTIONS", request(kiosk, "/api/services", null, "id")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertTrue(options.status() < 300, options.toString());
        assertFalse(options.type().contains("wadl") || options.body().contains("wadl"), options.toString());
    }

    private static HttpResponse<Void> head(Kiosk kiosk, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(kiosk.url(path))).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The policy the kiosk UI works under: the browser tests run the UI with it. */
    private static final class SecurityPolicy {
        static final String EXPECTED = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' blob:"
                + " data:; media-src 'self' blob: mediastream:; frame-src 'self' blob:; object-src 'none';"
                + " base-uri 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'self'";
    }

    @Test
    void anOversizedUploadIsRefusedWhileReadAndLeavesNothingOnDisk() throws Exception {
        Kiosk kiosk = Kiosk.get();
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Set<Path> tmpBefore = mimeFiles(tmp);
        long attachmentsBefore = files(kiosk.home().resolve("attachments"));
        long thirtyMb = 30L * 1024 * 1024;
        byte[] head = ("--zz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        // streamed (chunked, no length): refused as the body passes 10 MB
        Sent chunked = send("chunked 30 MB", HttpRequest.newBuilder(URI.create(kiosk.url("/api/attachments")))
                .header("Content-Type", "multipart/form-data; boundary=zz")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(java.util.Collections
                        .enumeration(List.of(new ByteArrayInputStream(head), new ByteArrayInputStream(png),
                                zeros(thirtyMb)))))));
        assertEquals(413, chunked.status(), chunked.toString());
        assertTrue(chunked.type().startsWith("application/problem+json"), chunked.type());
        // with its length stated: refused before a byte is read
        Sent stated = send("30 MB raw", HttpRequest.newBuilder(URI.create(kiosk.url("/api/attachments")))
                .header("Content-Type", "image/png")
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new SequenceInputStream(new ByteArrayInputStream(png), zeros(thirtyMb))),
                        thirtyMb + png.length)));
        assertEquals(413, stated.status(), stated.toString());
        assertEquals(attachmentsBefore, files(kiosk.home().resolve("attachments")));
        assertEquals(tmpBefore, mimeFiles(tmp), "no multipart part was spooled to a temporary file");
        // a photo within the limit still arrives
        Kiosk.Answer small = kiosk.upload("POST", "/api/attachments", "image/png", Png.tiny(), null);
        assertEquals(201, small.status(), small.body());
    }

    private static InputStream zeros(long size) {
        return new InputStream() {
            private long left = size;

            @Override
            public int read() {
                return left-- > 0 ? 0 : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 0);
                left -= n;
                return n;
            }
        };
    }

    private static long files(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    private static Set<Path> mimeFiles(Path tmp) throws IOException {
        try (Stream<Path> all = Files.list(tmp)) {
            return all.filter(p -> p.getFileName().toString().startsWith("MIME")).collect(java.util.stream.Collectors.toSet());
        }
    }
}
