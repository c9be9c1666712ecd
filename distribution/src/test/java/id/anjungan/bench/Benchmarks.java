package id.anjungan.bench;

import id.anjungan.testkit.SignedJars;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * The platform benchmark (a command, not a test): cold start of the kiosk with every module against a bare Payara
 * Micro WAR with one JAX-RS ping, RSS after ready, and 100 hot updates of a module under load. Writes JSON to
 * {@code distribution/target/bench/}. Run with {@code distribution/bench}.
 */
public final class Benchmarks {

    /** HTTP/1.1 like the kiosk's browser: Java's client would otherwise share one HTTP/2 link among all threads. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Path dist = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        int starts = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int updates = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        Path work = out.resolve("work");
        deleteTree(work);
        Path payara = dist.resolve("lib/payara-micro.jar");
        Path kioskWar = dist.resolve("lib/anjungan.war");
        Path pingWar = pingWar(work.resolve("ping.war"));
        Path kioskHome = work.resolve("kiosk-home");
        Path bareHome = work.resolve("bare-home");
        List<String> kioskProps = List.of("-Danjungan.demo=true", "-Danjungan.demo.dir=" + dist,
                "-Danjungan.admin.password=bench-admin");

        // warm-up: installs the modules and writes both CDS archives; not measured
        measure(payara, pingWar, bareHome, "/api/ping", List.of()).close();
        measure(payara, kioskWar, kioskHome, "/health/ready", kioskProps).close();
        if (starts > 0) {
            startup(payara, pingWar, kioskWar, bareHome, kioskHome, kioskProps, starts, out);
        }
        List<String> updateProps = new ArrayList<>(kioskProps);
        updateProps.addAll(DataBenchmarks.kioskProps()); // -Dbench.kiosk.props, e.g. to record JFR (with -Dbench.cds=false)
        if (updates > 0) {
            try (Launch k = measure(payara, kioskWar, kioskHome, "/health/ready", updateProps)) {
                hotUpdates(k, dist.resolve("modules/anjungan-module-bpnt.jar"), updates, out);
            }
        }
        System.out.println("Benchmark results in " + out);
    }

    private static void startup(Path payara, Path pingWar, Path kioskWar, Path bareHome, Path kioskHome,
                                List<String> kioskProps, int starts, Path out) throws Exception {
        List<Long> bare = new ArrayList<>();
        List<Long> kiosk = new ArrayList<>();
        long bareRss = 0;
        long kioskRss = 0;
        for (int i = 0; i < starts; i++) { // alternate so that both see the same machine state
            try (Launch b = measure(payara, pingWar, bareHome, "/api/ping", List.of())) {
                bare.add(b.readyMillis);
                bareRss = Math.max(bareRss, b.rssMib());
            }
            try (Launch k = measure(payara, kioskWar, kioskHome, "/health/ready", kioskProps)) {
                kiosk.add(k.readyMillis);
                kioskRss = Math.max(kioskRss, k.rssMib());
            }
        }
        double ratio = (double) median(kiosk) / median(bare);
        write(out.resolve("startup.json"), "{\"bareMillis\":" + bare + ",\"kioskMillis\":" + kiosk
                + ",\"bareMedianMillis\":" + median(bare) + ",\"kioskMedianMillis\":" + median(kiosk)
                + ",\"ratio\":" + String.format(Locale.ROOT, "%.3f", ratio) + ",\"target\":1.10,\"jvmFlags\":\""
                + String.join(" ", Launch.flags(payara)) + " +AppCDS\"}");
        write(out.resolve("rss.json"), "{\"kioskRssMib\":" + kioskRss + ",\"bareRssMib\":" + bareRss
                + ",\"target\":320}");
    }

    private static Launch measure(Path payara, Path war, Path home, String ready, List<String> props)
            throws IOException, InterruptedException {
        return Launch.start(payara, war, home, ready, props);
    }

    private static void hotUpdates(Launch kiosk, Path bpnt, int count, Path out) throws Exception {
        Path keystore = Path.of(System.getProperty("signing.keystore", "distribution/keys/dev-signing.p12"));
        List<byte[]> jars = new ArrayList<>();
        for (int i = 1; i <= WARM_UP_UPDATES + count; i++) {
            jars.add(Files.readAllBytes(SignedJars.withVersion(bpnt, "1.1." + i, keystore)));
        }
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong requests = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ExecutorService load = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            load.submit(() -> {
                DataBenchmarks.yieldThisThread();
                while (running.get()) {
                    int status = status(HttpRequest.newBuilder(URI.create(kiosk.url("/api/programs/BPNT/services/pengaduan")))
                            .GET());
                    requests.incrementAndGet();
                    if (status != 200) {
                        failed.incrementAndGet();
                    }
                    pause(THINK_MILLIS);
                }
            });
        }
        String admin = "Bearer " + login(kiosk); // as the admin screen does: one login, then a session token
        List<Long> latencies = new ArrayList<>();
        List<Long> server = new ArrayList<>();
        List<Long> inOrder = new ArrayList<>();
        List<Long> warmUp = new ArrayList<>();
        int updateFailures = 0;
        for (int i = 0; i < jars.size(); i++) {
            long start = System.nanoTime();
            HttpResponse<Void> answer = send(HttpRequest.newBuilder(URI.create(kiosk.url("/api/admin/modules/BPNT")))
                    .header("Authorization", admin).header("Content-Type", "application/java-archive")
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(jars.get(i))));
            long millis = (System.nanoTime() - start) / 1_000_000;
            boolean ok = answer != null && answer.statusCode() == 200;
            if (!ok) {
                updateFailures++; // a failed warm-up update counts too
            }
            if (i < WARM_UP_UPDATES) { // the first updates run while the JIT compiles the update's code
                warmUp.add(millis);
                continue;
            }
            latencies.add(millis);
            inOrder.add(millis);
            if (ok) {
                answer.headers().firstValue("Server-Timing").ifPresent(t -> server.add(DataBenchmarks.micros(t) / 1000));
            }
        }
        running.set(false);
        load.shutdown();
        load.awaitTermination(1, TimeUnit.MINUTES);
        Collections.sort(latencies);
        Collections.sort(server);
        write(out.resolve("updates.json"), "{\"updates\":" + count + ",\"updateFailures\":" + updateFailures
                + ",\"latencyMedianMillis\":" + latencies.get(latencies.size() / 2) + ",\"latencyP95Millis\":"
                + latencies.get((int) Math.ceil(latencies.size() * 0.95) - 1) + ",\"latencyP99Millis\":"
                + latencies.get((int) Math.ceil(latencies.size() * 0.99) - 1) + ",\"latencyMaxMillis\":"
                + latencies.get(latencies.size() - 1) + ",\"requestsDuringUpdates\":" + requests.get()
                + ",\"failedRequests\":" + failed.get() + ",\"loadThreads\":8,\"thinkMillis\":" + THINK_MILLIS
                + ",\"loadThreadsNice\":" + DataBenchmarks.CLIENTS_NICE + ",\"serverMedianMillis\":" + server.get(server.size() / 2)
                + ",\"serverP95Millis\":" + server.get((int) Math.ceil(server.size() * 0.95) - 1) + ",\"serverP99Millis\":"
                + server.get((int) Math.ceil(server.size() * 0.99) - 1)
                + ",\"latency\":\"at the client: upload, verify, install, start, switch, answer\""
                + ",\"serverLatency\":\"Server-Timing: from the request reaching the API to its answer\""
                + ",\"targetP99Millis\":100,\"latenciesInOrderMillis\":" + inOrder + ",\"warmUpUpdates\":"
                + WARM_UP_UPDATES + ",\"warmUpLatenciesInOrderMillis\":" + warmUp + "}");
    }

    static String login(Launch kiosk) throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(kiosk.url("/api/auth/login")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"bench-admin\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            // the first admin comes from the environment only into an empty database
            throw new IllegalStateException("admin login refused (" + answer.statusCode()
                    + "): give the benchmark an empty database, not one another run has set up");
        }
        String body = answer.body();
        return body.replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    /** Each load thread behaves like a busy kiosk client: a request, then a short pause. */
    static final long THINK_MILLIS = 20;

    /**
     * Updates before the measured ones (-Dbench.updates.warmup), reported apart: the first updates of a fresh JVM run
     * the update's code interpreted until the JIT has compiled it (the very first took 435 ms, the 30th 50 ms).
     */
    static final int WARM_UP_UPDATES = Integer.getInteger("bench.updates.warmup", 20);

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int status(HttpRequest.Builder request) {
        HttpResponse<Void> answer = send(request);
        return answer == null ? 599 : answer.statusCode();
    }

    /** The answer, or null when there was none. */
    private static HttpResponse<Void> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static Path pingWar(Path war) throws IOException {
        Files.createDirectories(war.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(war))) {
            for (Class<?> c : List.of(PingApplication.class, PingApplication.Ping.class)) {
                String name = c.getName().replace('.', '/') + ".class";
                out.putNextEntry(new JarEntry("WEB-INF/classes/" + name));
                try (var in = c.getClassLoader().getResourceAsStream(name)) {
                    in.transferTo(out);
                }
            }
        }
        return war;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    static void write(Path file, String json) throws IOException {
        Files.writeString(file, json + "\n");
        System.out.println(file.getFileName() + ": " + json);
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
