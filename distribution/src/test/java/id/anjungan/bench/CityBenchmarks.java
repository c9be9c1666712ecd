package id.anjungan.bench;

import id.anjungan.city.CityTopology;
import id.anjungan.city.Service;
import id.anjungan.it.Kiosk;
import id.anjungan.it.city.Filings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The city network's figures (a command, not a test; issue #23, {@code docs/performance.md}): the online delay from a
 * kiosk's filing to the city's database (p50, p99), the drain of 3 kiosks' queued cases after the city comes back, and
 * the relay's cost to a kiosk (start-up time and RSS after ready, with and without a broker URL); issue #24: a city
 * list of {@code -Dcity.bench.list.rows} (1,000,000) rows over 177 kelurahan imported on the city tier, and the time
 * until every demo kiosk has loaded its kelurahan's slice. Run with
 * {@code distribution/bench city [backlog-per-kiosk] [online-cases]} ({@code -Dcity.bench.parts=lists} in
 * {@code MAVEN_ARGS} for one part); results in {@code target/bench/city.json}.
 */
public final class CityBenchmarks {

    private CityBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Path dist = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        int backlog = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        int online = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        Map<String, Object> results = new java.util.LinkedHashMap<>();
        try (CityTopology city = CityTopology.start(CityTopology.Options.of(dist, out.resolve("city"),
                Integer.getInteger("city.port", 19600)).withKioskEnvironment(Map.of(
                        "ANJUNGAN_LOGIN_SOURCE_PER_MINUTE", "1000")))) {
            System.out.println("City up: " + city.describe());
            measure("online", results, out, () -> onlineDelay(city, online));
            measure("relay", results, out, () -> relayCost(city, dist, out.resolve("relay-kiosk")));
            measure("backlog", results, out, () -> drain(city, backlog, out));
            measure("lists", results, out, () -> lists(city, Integer.getInteger("city.bench.list.rows", 1_000_000),
                    out));
        }
        System.out.print(write(results, out));
    }

    /** Figures that can be had; one part failing leaves the others' figures and says why (written after each). */
    private interface Part {
        Map<String, Object> run() throws Exception;
    }

    /** Runs the part unless {@code -Dcity.bench.parts} (online,relay,backlog) leaves it out. */
    private static void measure(String name, Map<String, Object> results, Path out, Part part) throws Exception {
        if (!List.of(System.getProperty("city.bench.parts", "online,relay,backlog,lists").split(",")).contains(name)) {
            return;
        }
        long start = System.nanoTime();
        try {
            results.putAll(part.run());
        } catch (Exception | AssertionError e) {
            results.put(name + "Error", "\"" + String.valueOf(e).replace("\"", "'").replace("\n", " ") + "\"");
            e.printStackTrace();
        }
        results.put(name + "Seconds", (System.nanoTime() - start) / 1_000_000_000L);
        System.out.print(write(results, out));
    }

    private static String write(Map<String, Object> results, Path out) throws java.io.IOException {
        String json = results.entrySet().stream().map(e -> "  \"" + e.getKey() + "\": " + e.getValue())
                .collect(java.util.stream.Collectors.joining(",\n", "{\n", "\n}\n"));
        Files.writeString(out.resolve("city.json"), json);
        return json;
    }

    /**
     * A city list of {@code rows} rows spread evenly over 177 kelurahan (the three demo kiosks' among them), imported
     * through HAProxy as the city's admin; the seconds until the city's import is done and until each demo kiosk's
     * newest BPNT list is its kelurahan's slice (its dashboard's count).
     */
    private static Map<String, Object> lists(CityTopology city, int rows, Path out) throws Exception {
        List<String> kelurahan = new ArrayList<>(CityTopology.KELURAHAN);
        for (int i = kelurahan.size() + 1; i <= 177; i++) {
            kelurahan.add("Kelurahan " + i);
        }
        Path csv = out.resolve("city-list.csv");
        Map<String, Long> perKelurahan = new java.util.HashMap<>();
        try (java.io.BufferedWriter w = Files.newBufferedWriter(csv)) {
            w.write("nik,kk,name,address,rt,rw,kelurahan,channel\n");
            for (int i = 0; i < rows; i++) {
                String k = kelurahan.get(i % kelurahan.size());
                perKelurahan.merge(k, 1L, Long::sum);
                w.write(DataBenchmarks.nik(i) + ",337401" + String.format("%010d", i) + ",Warga Kota " + i
                        + ",Jl. Contoh No. " + (i % 200 + 1) + ",001,002," + k + ",KKS\n");
            }
        }
        Kiosk cityTier = Kiosk.at(city.cityUrl(""));
        String admin = cityTier.authorization(Kiosk.ADMIN);
        String boundary = "bench" + java.util.UUID.randomUUID();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"program\"\r\n\r\nBPNT\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"period\"\r\n\r\n2099-12\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"kota.csv\"\r\nContent-Type: text/csv"
                + "\r\n\r\n";
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        long start = System.nanoTime();
        java.net.http.HttpResponse<String> accepted = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(city.cityUrl("/api/admin/recipient-lists"))).header("Authorization", admin)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.concat(
                        java.net.http.HttpRequest.BodyPublishers.ofString(head),
                        java.net.http.HttpRequest.BodyPublishers.ofFile(csv),
                        java.net.http.HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n"))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        if (accepted.statusCode() != 202) {
            throw new IllegalStateException("import refused: " + accepted.body());
        }
        long uploaded = System.nanoTime();
        String id = accepted.body().replaceAll(".*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        Map<String, Object> figures = new java.util.LinkedHashMap<>();
        figures.put("listRows", rows);
        figures.put("listUploadSeconds", seconds(uploaded - start));
        Long imported = null;
        Map<Integer, Long> loaded = new java.util.TreeMap<>();
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(30);
        while ((imported == null || loaded.size() < city.kiosks()) && System.nanoTime() < deadline) {
            if (imported == null) {
                String progress = cityTier.get("/api/admin/recipient-lists/imports/" + id, Kiosk.ADMIN).body();
                if (progress.contains("\"FAILED\"")) {
                    throw new IllegalStateException("import failed: " + progress);
                }
                if (progress.contains("\"DONE\"")) {
                    imported = System.nanoTime() - start;
                }
            }
            for (int k = 1; k <= city.kiosks(); k++) {
                if (!loaded.containsKey(k) && holdsSlice(city, k, perKelurahan.get(CityTopology.kelurahan(k)))) {
                    loaded.put(k, System.nanoTime() - start);
                }
            }
            Thread.sleep(500);
        }
        figures.put("listImportedAtCitySeconds", imported == null ? "null" : seconds(imported));
        for (var e : loaded.entrySet()) {
            figures.put("listAtKiosk" + e.getKey() + "Seconds", seconds(e.getValue()));
        }
        figures.put("listAtEveryKioskSeconds", loaded.size() < city.kiosks() ? "null"
                : seconds(Collections.max(loaded.values())));
        figures.put("listSliceRows", perKelurahan.get(CityTopology.kelurahan(1)));
        Files.deleteIfExists(csv);
        return figures;
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e9);
    }

    private static final Map<Integer, Kiosk> KIOSKS = new ConcurrentHashMap<>();

    /** Whether kiosk k's newest BPNT list is its kelurahan's slice: {@code rows} rows, all of its kelurahan. */
    private static boolean holdsSlice(CityTopology city, int k, long rows) {
        Kiosk kiosk = KIOSKS.computeIfAbsent(k, n -> Kiosk.at(city.kioskUrl(n, "")));
        List<jakarta.json.JsonObject> bpnt = kiosk.get("/api/dashboard", Kiosk.ADMIN).object()
                .getJsonArray("recipients").stream().map(jakarta.json.JsonValue::asJsonObject)
                .filter(r -> r.getString("program").equals("BPNT")).toList();
        return bpnt.size() == 1 && bpnt.get(0).getString("kelurahan").equals(CityTopology.kelurahan(k))
                && bpnt.get(0).getJsonNumber("count").longValue() == rows;
    }

    /** Cases filed one after the other at the three kiosks; each one's delay until the city's database holds it. */
    private static Map<String, Object> onlineDelay(CityTopology city, int cases) throws Exception {
        Map<String, Long> filedAt = new ConcurrentHashMap<>();
        Map<String, Long> seenAt = new ConcurrentHashMap<>();
        Thread watcher = new Thread(() -> watch(city, filedAt, seenAt));
        watcher.setDaemon(true);
        watcher.start();
        for (int i = 0; i < cases; i++) {
            int k = 1 + i % city.kiosks();
            long before = System.nanoTime();
            String tracking = Filings.house(client(city, k), k, 70_001 + i).tracking(); // no NIK serial ends 0000
            filedAt.put(tracking, before);
            Thread.sleep(200);
        }
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (seenAt.size() < cases && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        watcher.interrupt();
        List<Long> delays = new ArrayList<>();
        filedAt.forEach((t, at) -> {
            Long seen = seenAt.get(t);
            if (seen != null) {
                delays.add((seen - at) / 1_000_000);
            }
        });
        Collections.sort(delays);
        return Map.of("onlineCases", cases, "onlineArrived", delays.size(),
                "onlineDelayP50Millis", percentile(delays, 0.50), "onlineDelayP99Millis", percentile(delays, 0.99),
                "onlineDelayMaxMillis", delays.isEmpty() ? -1 : delays.get(delays.size() - 1));
    }

    /** Polls the city's cases every 50 ms and notes when each tracking number first appears. */
    private static void watch(CityTopology city, Map<String, Long> filedAt, Map<String, Long> seenAt) {
        try (Connection c = DriverManager.getConnection(city.jdbcUrl(), "anjungan", "anjungan")) {
            while (!Thread.currentThread().isInterrupted()) {
                try (ResultSet r = c.createStatement().executeQuery("SELECT tracking FROM kiosk_case")) {
                    long now = System.nanoTime();
                    while (r.next()) {
                        seenAt.putIfAbsent(r.getString(1), now);
                    }
                }
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Both brokers stopped, {@code perKiosk} cases filed at each kiosk (with two photos each), then the brokers started:
     * the time until the city's database holds all of them, and until the kiosks have sent all of them; each second
     * what the kiosks still hold and what the city applied ({@code city-drain.csv}): which side the drain waits for.
     */
    private static Map<String, Object> drain(CityTopology city, int perKiosk, Path out) throws Exception {
        city.backupBroker().stop();
        city.primaryBroker().stop();
        Set<String> queued = ConcurrentHashMap.newKeySet();
        ExecutorService kiosks = Executors.newFixedThreadPool(city.kiosks());
        long filing = System.nanoTime();
        try {
            List<Future<?>> each = new ArrayList<>();
            for (int k = 1; k <= city.kiosks(); k++) {
                int kiosk = k;
                each.add(kiosks.submit(() -> {
                    for (int i = 0; i < perKiosk; i++) {
                        queued.add(Filings.house(client(city, kiosk), kiosk, 10_000 * kiosk + 1 + i).tracking());
                    }
                    return null;
                }));
            }
            for (Future<?> f : each) {
                f.get();
            }
        } finally {
            kiosks.shutdownNow();
        }
        long filedSeconds = (System.nanoTime() - filing) / 1_000_000_000L;
        long start = System.nanoTime();
        city.primaryBroker().start();
        city.awaitBroker(city.primaryBroker());
        city.backupBroker().start();
        Set<String> missing = new HashSet<>(queued);
        List<String> timeline = new ArrayList<>(List.of("second,queuedAtKiosks,casesAtCity,messagesAtCity"));
        long sentAll = -1;
        long nextSample = start;
        try (Connection c = DriverManager.getConnection(city.jdbcUrl(), "anjungan", "anjungan")) {
            long deadline = start + 900_000_000_000L;
            while (!missing.isEmpty() && System.nanoTime() < deadline) {
                try (ResultSet r = c.createStatement().executeQuery("SELECT tracking FROM kiosk_case")) {
                    while (r.next()) {
                        missing.remove(r.getString(1));
                    }
                }
                if (System.nanoTime() >= nextSample) { // what the kiosks still hold against what the city applied
                    nextSample += 1_000_000_000L;
                    long waiting = 0;
                    for (int k = 1; k <= city.kiosks(); k++) {
                        waiting += client(city, k).get("/api/admin/sync", Kiosk.ADMIN).object().getJsonNumber("queued")
                                .longValue();
                    }
                    long second = (System.nanoTime() - start) / 1_000_000_000L;
                    if (waiting == 0 && sentAll < 0) {
                        sentAll = (System.nanoTime() - start) / 1_000_000;
                    }
                    try (ResultSet r = c.createStatement().executeQuery(
                            "SELECT (SELECT COUNT(*) FROM kiosk_case), (SELECT COUNT(*) FROM sync_inbox)")) {
                        r.next();
                        timeline.add(second + "," + waiting + "," + r.getLong(1) + "," + r.getLong(2));
                    }
                }
                Thread.sleep(200);
            }
        }
        Files.write(out.resolve("city-drain.csv"), timeline);
        long drainMillis = (System.nanoTime() - start) / 1_000_000;
        return Map.of("backlogCases", queued.size(), "backlogFilingSeconds", filedSeconds,
                "backlogMissing", missing.size(), "backlogDrainMillis", drainMillis,
                "backlogKiosksSentAllMillis", sentAll);
    }

    /**
     * A fourth kiosk started three times with the relay (kiosk number and broker URL) and three times without,
     * alternating: time until ready and RSS after ready.
     */
    private static Map<String, Object> relayCost(CityTopology city, Path dist, Path home) throws Exception {
        List<Long> with = new ArrayList<>();
        List<Long> without = new ArrayList<>();
        long rssWith = 0;
        long rssWithout = 0;
        int port = city.ports().spare(0);
        Kiosk probe = Kiosk.at("http://127.0.0.1:" + port);
        for (int i = 0; i < 4; i++) {
            for (boolean relay : new boolean[] {true, false}) {
                Map<String, String> env = new java.util.HashMap<>(Map.of("ANJUNGAN_HOME", home.resolve(relay ? "relay"
                        : "island").toString(), "ANJUNGAN_PORT", Integer.toString(port), "ANJUNGAN_ADMIN_PASSWORD",
                        "admin123"));
                if (relay) {
                    env.put("ANJUNGAN_KIOSK_NUMBER", "9");
                    env.put("ANJUNGAN_CITY_BROKER_URL", city.brokerUrl());
                }
                Service kiosk = new Service(relay ? "relay-kiosk" : "island-kiosk", List.of(
                        dist.resolve("bin/anjungan").toString(), "--demo"), env, home.resolve(relay + ".log"));
                Files.createDirectories(home);
                long started = System.nanoTime();
                kiosk.start();
                long deadline = started + 600_000_000_000L;
                while (probe.get("/health/ready").status() != 200) {
                    if (!kiosk.alive() || System.nanoTime() > deadline) {
                        kiosk.stop();
                        throw new IllegalStateException("the " + kiosk.name() + " did not start: " + kiosk.log());
                    }
                    Thread.sleep(50);
                }
                long ready = (System.nanoTime() - started) / 1_000_000;
                long rss = rssMib(kiosk.pid());
                kiosk.stop();
                if (i == 0) {
                    continue; // the first start of each installs the modules and writes the class archive
                }
                (relay ? with : without).add(ready);
                if (relay) {
                    rssWith = Math.max(rssWith, rss);
                } else {
                    rssWithout = Math.max(rssWithout, rss);
                }
            }
        }
        Collections.sort(with);
        Collections.sort(without);
        return Map.of("relayStartMedianMillis", with.get(with.size() / 2), "islandStartMedianMillis",
                without.get(without.size() / 2), "relayRssMib", rssWith, "islandRssMib", rssWithout);
    }

    private static Kiosk client(CityTopology city, int k) {
        return CLIENTS.computeIfAbsent(k, key -> Kiosk.at(city.kioskUrl(k, "")));
    }

    private static final Map<Integer, Kiosk> CLIENTS = new ConcurrentHashMap<>();

    private static long rssMib(long pid) throws java.io.IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return -1;
    }

    private static long percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? -1 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
