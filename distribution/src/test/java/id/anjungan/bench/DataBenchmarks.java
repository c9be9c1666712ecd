package id.anjungan.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The data benchmark (a command, not a test): imports a generated BNBA list of N rows through the admin API and then
 * runs status lookups from 50 concurrent clients. Run against Derby, or PostgreSQL with a JDBC URL as 4th argument.
 */
public final class DataBenchmarks {

    /** HTTP/1.1 like the kiosk's browser (Java's client would otherwise multiplex every client over one HTTP/2 link). */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private DataBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Path dist = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        int rows = Integer.parseInt(args[2]);
        String dbUrl = args.length > 3 ? args[3] : "";
        String db = dbUrl.isEmpty() ? "derby" : "postgresql";
        Path home = out.resolve("work/data-" + db);
        Benchmarks.deleteTree(home);
        Path csv = generate(home.resolve("bnba.csv"), rows);
        List<String> props = new ArrayList<>(List.of("-Danjungan.demo=true", "-Danjungan.demo.dir=" + dist,
                "-Danjungan.admin.password=bench-admin"));
        // the lookups are a staff account's (the only callers /api/status tells its Server-Timing), far beyond what the
        // limits allow one account and one NIK: the limits' cost, a hash-table increment, is measured all the same
        props.addAll(List.of("-Danjungan.status.per.staff.per.minute=1000000000",
                "-Danjungan.status.per.nik.per.hour=1000000000"));
        props.addAll(kioskProps());
        if (!dbUrl.isEmpty()) {
            props.addAll(List.of("-Danjungan.db.url=" + dbUrl, "-Danjungan.db.user=anjungan",
                    "-Danjungan.db.password=anjungan"));
        }
        try (Launch kiosk = Launch.start(dist.resolve("lib/payara-micro.jar"), dist.resolve("lib/anjungan.war"), home,
                "/health/ready", props)) {
            long importMillis = importList(kiosk, csv);
            // the same list again, as a corrected list of the same period is: it replaces every row
            long reimportMillis = REIMPORT ? importList(kiosk, csv) : -1;
            // -Dbench.lookups=false measures the import alone (while tuning it)
            boolean measureLookups = Boolean.parseBoolean(System.getProperty("bench.lookups", "true"));
            String staff = measureLookups ? "Bearer " + Benchmarks.login(kiosk) : null;
            long settleMillis = measureLookups && SETTLE ? settle(dbUrl) : -1;
            if (measureLookups) {
                clientsYield();
                lookups(kiosk, staff, rows, 50, WARM_UP_PER_CLIENT, 0); // warm-up: the JIT compiles the lookup path
            }
            Lookups saturated = measureLookups ? lookups(kiosk, staff, rows, 50, PER_CLIENT, 0) : Lookups.NONE;
            // the same 50 clients, each pausing between lookups: a busy day, not a flood
            Lookups paced = measureLookups ? lookups(kiosk, staff, rows, 50, PER_CLIENT, PACE_MILLIS) : Lookups.NONE;
            Benchmarks.write(out.resolve("data-" + db + ".json"), "{\"database\":\"" + db + "\",\"rows\":" + rows
                    + ",\"importMillis\":" + importMillis + ",\"rowsPerSecond\":" + rows * 1000L / Math.max(1, importMillis)
                    + ",\"reimportMillis\":" + reimportMillis + ",\"importTargetMillisPerMillion\":30000,\"settleMillis\":" + settleMillis
                    + ",\"lookupClients\":50,\"lookupWarmUps\":" + 50 * WARM_UP_PER_CLIENT
                    + saturated.json("lookup") + paced.json("pacedLookup") + ",\"pacedLookupPauseMillis\":" + PACE_MILLIS
                    + ",\"lookupServerLatency\":\"Server-Timing: from the request reaching the API to its answer\""
                    + ",\"lookupClientLatency\":\"includes waiting for a request thread and HTTP on loopback\""
                    + ",\"lookupClientsNice\":" + CLIENTS_NICE + ",\"lookupTargetP99Micros\":5000}");
        }
    }

    /**
     * -Dbench.kiosk.props=-Danjungan.x=y,-Dderby.z=w passes settings to the kiosk (while tuning; a comma not followed by
     * a dash stays inside a flag, e.g. -XX:StartFlightRecording=filename=x.jfr,settings=profile).
     */
    static List<String> kioskProps() {
        List<String> props = new ArrayList<>();
        for (String p : System.getProperty("bench.kiosk.props", "").split(",(?=-)")) {
            if (!p.isBlank()) {
                props.add(p);
            }
        }
        return props;
    }

    /** Rows with valid Semarang Tengah NIKs: serials make every row distinct. */
    static Path generate(Path file, int rows) throws IOException {
        Files.createDirectories(file.getParent());
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("nik,kk,name,address,rt,rw,kelurahan,channel\n");
            for (int i = 0; i < rows; i++) {
                w.write(nik(i) + ",337401" + String.format("%010d", i) + ",Warga Contoh " + i + ",Jl. Contoh No. "
                        + (i % 200 + 1) + "," + String.format("%03d", i % 12 + 1) + "," + String.format("%03d", i % 8 + 1)
                        + ",Miroto,KKS\n");
            }
        }
        return file;
    }

    static String nik(int i) {
        int day = i % 28 + 1;
        int month = i / 28 % 12 + 1;
        int serial = i / 336 % 9999 + 1;
        int year = 40 + i / (336 * 9999) % 50;
        return String.format("337401%02d%02d%02d%04d", day, month, year, serial);
    }

    private static long importList(Launch kiosk, Path csv) throws Exception {
        // as the admin screen does: one login, then a session token (the API takes no password on other requests)
        String admin = "Bearer " + Benchmarks.login(kiosk);
        String boundary = "bench" + UUID.randomUUID();
        String head = part(boundary, "program", "BPNT") + part(boundary, "period", "2099-01") + "--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bnba.csv\"\r\nContent-Type: text/csv\r\n\r\n";
        HttpRequest request = HttpRequest.newBuilder(URI.create(kiosk.url("/api/admin/recipient-lists")))
                .header("Authorization", admin).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head),
                        HttpRequest.BodyPublishers.ofFile(csv),
                        HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n"))).build();
        long start = System.nanoTime();
        HttpResponse<String> accepted = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        String id = accepted.body().replaceAll(".*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        while (true) {
            String progress = HTTP.send(HttpRequest.newBuilder(URI.create(kiosk.url(
                    "/api/admin/recipient-lists/imports/" + id))).header("Authorization", admin).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            if (progress.contains("\"DONE\"")) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            if (progress.contains("\"FAILED\"") || accepted.statusCode() != 202) {
                throw new IllegalStateException("import failed: " + accepted.body() + " " + progress);
            }
            Thread.sleep(100);
        }
    }

    private static String part(String boundary, String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    /**
     * The load generator shares the two cores with the kiosk it measures, where real kiosks are machines of their own:
     * its threads run at a lower priority (-Dbench.clients.nice, 0 to compete as equals) so that the server's timing
     * measures the server rather than 50 HTTP clients building requests beside it.
     */
    static final int CLIENTS_NICE = Integer.getInteger("bench.clients.nice", 10);

    static void clientsYield() throws IOException, InterruptedException {
        if (CLIENTS_NICE == 0) {
            return;
        }
        List<String> cmd = new ArrayList<>(List.of("renice", "-n", Integer.toString(CLIENTS_NICE), "-p"));
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(t -> cmd.add(t.getFileName().toString()));
        }
        new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }

    /** Lowers the priority of the calling thread alone (a load thread; not the thread that times an update). */
    static void yieldThisThread() {
        try {
            String tid = Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString();
            if (CLIENTS_NICE != 0) {
                new ProcessBuilder("renice", "-n", Integer.toString(CLIENTS_NICE), "-p", tid)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The duration of a {@code Server-Timing} header in microseconds. */
    static long micros(String serverTiming) {
        return Math.round(Double.parseDouble(serverTiming.replaceAll(".*dur=([0-9.]+).*", "$1")) * 1000);
    }

    /** Whether the list is imported a second time, replacing its rows (-Dbench.reimport). */
    private static final boolean REIMPORT = Boolean.parseBoolean(System.getProperty("bench.reimport", "true"));

    /** Whether the lookups wait until the import's writes are on disk (-Dbench.lookups.settle). */
    private static final boolean SETTLE = Boolean.parseBoolean(System.getProperty("bench.lookups.settle", "true"));

    /**
     * Waits until what the import wrote has reached the disk. The kernel otherwise writes back the hundreds of megabytes
     * a million-row import leaves in the page cache during the first lookups (30-40 s on the test machine): that
     * measures the import's aftermath, not the lookups a kiosk answers all day.
     * PostgreSQL first writes its own dirty buffers (CHECKPOINT), if the bench's user may: {@code GRANT pg_checkpoint
     * TO anjungan}; its checkpointer would otherwise spread them over the following minutes.
     */
    private static long settle(String dbUrl) throws IOException, InterruptedException {
        long started = System.nanoTime();
        if (!dbUrl.isEmpty()) {
            try (var c = java.sql.DriverManager.getConnection(dbUrl, "anjungan", "anjungan");
                    var checkpoint = c.createStatement()) {
                checkpoint.execute("CHECKPOINT");
            } catch (java.sql.SQLException e) {
                System.err.println("No CHECKPOINT before the lookups (GRANT pg_checkpoint TO anjungan): " + e.getMessage());
            }
        }
        Process sync = new ProcessBuilder("sync").inheritIO().start();
        if (!sync.waitFor(5, TimeUnit.MINUTES) || sync.exitValue() != 0) {
            throw new IllegalStateException("sync did not finish");
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    /** Lookups per client to warm up (-Dbench.lookups.warmup) and per client in each measured phase. */
    private static final int WARM_UP_PER_CLIENT = Integer.getInteger("bench.lookups.warmup", 100);
    private static final int PER_CLIENT = Integer.getInteger("bench.lookups.perClient", 200);

    /** Each paced client pauses this long after every answer (-Dbench.lookup.pause.ms). */
    private static final long PACE_MILLIS = Long.getLong("bench.lookup.pause.ms", 100);

    /** Latencies in microseconds, as the clients saw them and as the server reported them; answers other than 200. */
    private record Lookups(List<Long> client, List<Long> server, long millis, long failed, List<String> failures) {
        static final Lookups NONE = new Lookups(List.of(), List.of(), 0, 0, List.of());

        /** Each distinct reason a lookup failed, with how often, as a JSON object. */
        String why() {
            java.util.Map<String, Long> counts = new java.util.TreeMap<>();
            failures.forEach(f -> counts.merge(f, 1L, Long::sum));
            StringBuilder json = new StringBuilder("{");
            counts.forEach((f, n) -> json.append(json.length() > 1 ? "," : "").append('"')
                    .append(f.replace("\\", "\\\\").replace("\"", "\\\"")).append("\":").append(n));
            return json.append('}').toString();
        }

        long perSecond() {
            return client.size() * 1000L / Math.max(1, millis);
        }

        String json(String prefix) {
            return ",\"" + prefix + "s\":" + client.size() + ",\"" + prefix + "sFailed\":" + failed + ",\"" + prefix
                    + "Failures\":" + why() + ",\"" + prefix
                    + "sPerSecond\":" + perSecond() + ",\"" + prefix + "ServerMedianMicros\":" + median(server) + ",\""
                    + prefix + "ServerP95Micros\":" + percentile(server, 0.95) + ",\"" + prefix + "ServerP99Micros\":"
                    + p99(server) + ",\"" + prefix + "ClientMedianMicros\":"
                    + median(client) + ",\"" + prefix + "ClientP99Micros\":" + p99(client);
        }
    }

    private static Lookups lookups(Launch kiosk, String staff, int rows, int clients, int perClient, long pauseMillis)
            throws Exception {
        List<Long> client = Collections.synchronizedList(new ArrayList<>());
        List<Long> server = Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicLong failed = new java.util.concurrent.atomic.AtomicLong();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long begin = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                for (int k = 0; k < perClient; k++) {
                    int i = ThreadLocalRandom.current().nextInt(rows);
                    String body = "{\"nik\":\"" + nik(i) + "\",\"kk\":\"337401" + String.format("%010d", i) + "\"}";
                    HttpRequest r = HttpRequest.newBuilder(URI.create(kiosk.url("/api/status")))
                            .header("Content-Type", "application/json")
                            .header("Authorization", staff)
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    long start = System.nanoTime();
                    try {
                        HttpResponse<Void> answer = HTTP.send(r, HttpResponse.BodyHandlers.discarding());
                        client.add((System.nanoTime() - start) / 1000);
                        if (answer.statusCode() != 200) {
                            failed.incrementAndGet();
                            failures.add("HTTP " + answer.statusCode());
                        }
                        answer.headers().firstValue("Server-Timing").ifPresent(t -> server.add(micros(t)));
                        if (pauseMillis > 0) {
                            Thread.sleep(pauseMillis);
                        }
                    } catch (IOException e) {
                        failed.incrementAndGet(); // and on with the next lookup, as a kiosk would retry
                        failures.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                    } catch (InterruptedException e) {
                        failed.incrementAndGet();
                        return;
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        long millis = (System.nanoTime() - begin) / 1_000_000;
        List<Long> c = new ArrayList<>(client);
        List<Long> s = new ArrayList<>(server);
        Collections.sort(c);
        Collections.sort(s);
        return new Lookups(c, s, millis, failed.get(), List.copyOf(failures));
    }

    private static long median(List<Long> sorted) {
        return sorted.isEmpty() ? -1 : sorted.get(sorted.size() / 2);
    }

    private static long p99(List<Long> sorted) {
        return percentile(sorted, 0.99);
    }

    private static long percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? -1 : sorted.get((int) Math.ceil(sorted.size() * p) - 1);
    }
}
