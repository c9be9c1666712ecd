package id.anjungan.bench;

import id.anjungan.testkit.SignedJars;
import java.io.ByteArrayOutputStream;
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
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The memory benchmark (a command, not a test): starts the kiosk with its demo data, reads its resident memory once
 * ready, then runs a busy kiosk's mixed traffic for N minutes (residents looking up their status and filing
 * complaints with a photo, staff working the cases, an admin importing a list and updating a module) and reads the
 * resident memory each minute. Writes {@code soak.json} and the heap histograms and native memory summary (before and
 * after) beside it. Run with {@code distribution/bench soak [minutes]}.
 */
public final class SoakBenchmarks {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final String KPM = "3374012612871001";
    private static final String KPM_KK = "3374010108121001";
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    /** Residents at once (-Dbench.soak.residents); each visit pauses between its steps like a person reading. */
    private static final int RESIDENTS = Integer.getInteger("bench.soak.residents", 4);
    private static final long THINK_MILLIS = Long.getLong("bench.soak.think.ms", 250);
    /** Minutes between the admin's imports and module updates (-Dbench.soak.admin.minutes). */
    private static final int ADMIN_EVERY_MINUTES = Integer.getInteger("bench.soak.admin.minutes", 5);

    private final Launch kiosk;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> filed = new ConcurrentLinkedQueue<>();

    private SoakBenchmarks(Launch kiosk) {
        this.kiosk = kiosk;
    }

    public static void main(String[] args) throws Exception {
        Path dist = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        int minutes = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        Path home = out.resolve("work/soak");
        Benchmarks.deleteTree(home);
        List<String> props = new ArrayList<>(List.of("-Danjungan.demo=true", "-Danjungan.demo.dir=" + dist,
                "-Danjungan.admin.password=bench-admin", "-XX:NativeMemoryTracking=summary"));
        // one load generator on one address stands for a whole kelurahan's kiosks: the per-device limits would refuse it
        for (String limit : List.of("session.per.device.per.minute", "status.per.device.per.minute",
                "status.per.staff.per.minute", "status.per.nik.per.hour", "tracking.per.device.per.minute",
                "tracking.proofs.per.case.per.hour", "login.per.minute", "login.source.per.minute")) {
            props.add("-Danjungan." + limit + "=1000000000");
        }
        props.addAll(DataBenchmarks.kioskProps());
        Path list = DataBenchmarks.generate(home.resolve("list.csv"), Integer.getInteger("bench.soak.rows", 20_000));
        // the residents' recipient stays on the BPNT list the admin replaces, so their complaints stay admissible
        Files.writeString(list, KPM + "," + KPM_KK + ",Warga Penerima,Jl. Contoh No. 1,001,001,Miroto,KKS\n",
                java.nio.file.StandardOpenOption.APPEND);
        try (Launch k = Launch.start(dist.resolve("lib/payara-micro.jar"), dist.resolve("lib/anjungan.war"), home,
                "/health/ready", props)) {
            new SoakBenchmarks(k).run(dist, out, list, minutes);
        }
    }

    private void run(Path dist, Path out, Path list, int minutes) throws Exception {
        Thread.sleep(10_000); // the start's background work (dropping old list tables, the orphan sweep) settles
        long readyRss = kiosk.rssMib();
        jcmd(out.resolve("soak-histogram-ready.txt"), "GC.class_histogram");
        jcmd(out.resolve("soak-native-ready.txt"), "VM.native_memory", "summary");
        String admin = "Bearer " + Benchmarks.login(kiosk);
        List<byte[]> updates = new ArrayList<>();
        Path keystore = Path.of(System.getProperty("signing.keystore", "distribution/keys/dev-signing.p12"));
        for (int i = 1; i <= minutes / ADMIN_EVERY_MINUTES + 1; i++) {
            updates.add(Files.readAllBytes(SignedJars.withVersion(dist.resolve("modules/anjungan-module-bpnt.jar"),
                    "1.2." + i, keystore)));
        }
        ExecutorService load = Executors.newFixedThreadPool(RESIDENTS + 1);
        for (int r = 0; r < RESIDENTS; r++) {
            load.submit(this::residents);
        }
        load.submit(this::staff);
        List<Long> samples = new ArrayList<>();
        long started = System.nanoTime();
        for (int minute = 1; minute <= minutes; minute++) {
            if ((minute - 1) % ADMIN_EVERY_MINUTES == 0) { // an import and a module update, then the rest of the minute
                count(importList(admin, list, minute) ? "imports" : "importsFailed");
                count(update(admin, updates.get((minute - 1) / ADMIN_EVERY_MINUTES)) ? "moduleUpdates" : "updatesFailed");
            }
            long due = started + TimeUnit.MINUTES.toNanos(minute);
            Thread.sleep(Math.max(0, TimeUnit.NANOSECONDS.toMillis(due - System.nanoTime())));
            samples.add(kiosk.rssMib());
            System.out.println("minute " + minute + ": " + samples.get(samples.size() - 1) + " MiB " + counts);
        }
        running.set(false);
        load.shutdown();
        load.awaitTermination(2, TimeUnit.MINUTES);
        jcmd(out.resolve("soak-histogram-after.txt"), "GC.class_histogram");
        jcmd(out.resolve("soak-native-after.txt"), "VM.native_memory", "summary");
        List<Long> last = samples.subList(Math.max(0, samples.size() - 10), samples.size());
        StringBuilder requests = new StringBuilder("{");
        counts.forEach((k, v) -> requests.append(requests.length() > 1 ? "," : "").append('"').append(k).append("\":")
                .append(v.get()));
        Benchmarks.write(out.resolve("soak.json"), "{\"minutes\":" + minutes + ",\"readyRssMib\":" + readyRss
                + ",\"afterSoakRssMib\":" + samples.get(samples.size() - 1) + ",\"lastTenMinutesGrowthMib\":"
                + (last.get(last.size() - 1) - last.get(0)) + ",\"rssPerMinuteMib\":" + samples
                + ",\"residents\":" + RESIDENTS + ",\"thinkMillis\":" + THINK_MILLIS + ",\"adminEveryMinutes\":"
                + ADMIN_EVERY_MINUTES + ",\"requests\":" + requests + "}"
                + ",\"targetReadyMib\":320,\"targetAfterSoakMib\":400,\"jvmFlags\":\""
                + String.join(" ", Launch.flags(dist.resolve("lib/payara-micro.jar"))) + " +AppCDS +NMT\"}");
    }

    /** One resident after another: status, a complaint with a photo, its tracking page and receipt, goodbye. */
    private void residents() {
        DataBenchmarks.yieldThisThread();
        while (running.get()) {
            try {
                Answer session = send("session", request("/api/session", null).POST(HttpRequest.BodyPublishers.noBody()));
                String visit = session.field("session");
                send("status", request("/api/status", visit).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"nik\":\"" + KPM + "\",\"kk\":\"" + KPM_KK + "\"}")));
                pause();
                String photo = send("attachments", upload(visit)).field("id");
                Answer filing = send("filings", request("/api/cases", visit).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"program\":\"BPNT\",\"service\":\"pengaduan\","
                                + "\"data\":{\"nik\":\"" + KPM + "\",\"category\":\"POTONGAN\",\"incidentDate\":"
                                + "\"2026-11-19\",\"description\":\"Bantuan dipotong oleh pendamping " + UUID.randomUUID()
                                + "\",\"photo\":\"" + photo + "\"}}")));
                String tracking = filing.field("tracking");
                if (!tracking.isEmpty()) {
                    filed.add(tracking);
                    send("tracking", request("/api/cases/" + tracking, visit).GET());
                    send("receipts", request("/api/cases/" + tracking + "/receipt?format=a6", visit).GET());
                }
                pause();
                send("goodbyes", request("/api/session", visit).DELETE());
            } catch (RuntimeException e) {
                count("clientErrors");
            }
        }
    }

    /** A TKSK working the queue: the worklist, a case's detail, handling it and closing it with a note. */
    private void staff() {
        DataBenchmarks.yieldThisThread();
        String tksk = null;
        while (running.get()) {
            try {
                if (tksk == null) {
                    tksk = "Bearer " + send("logins", request("/api/auth/login", null).header("Content-Type",
                            "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"username\":\"tksk\",\"password\":\"tksk123\"}"))).field("token");
                }
                send("worklists", request("/api/worklist?program=BPNT", null).header("Authorization", tksk).GET());
                String tracking = filed.poll();
                if (tracking != null) {
                    send("details", request("/api/cases/" + tracking + "/detail", null).header("Authorization", tksk)
                            .GET());
                    move(tksk, tracking, "{\"transition\":\"tangani\"}");
                    move(tksk, tracking, "{\"transition\":\"selesai\",\"note\":\"Sudah dikonfirmasi dengan pendamping\"}");
                }
                pause();
            } catch (RuntimeException e) {
                count("clientErrors");
            }
        }
    }

    private void move(String tksk, String tracking, String json) {
        send("transitions", request("/api/cases/" + tracking + "/transitions", null).header("Authorization", tksk)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private boolean importList(String admin, Path csv, int minute) throws IOException, InterruptedException {
        String boundary = "soak" + UUID.randomUUID();
        String head = part(boundary, "program", "BPNT") + part(boundary, "period", String.format("2099-%02d", minute % 12 + 1))
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"list.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n";
        Answer accepted = send("importRequests", request("/api/admin/recipient-lists", null)
                .header("Authorization", admin).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head),
                        HttpRequest.BodyPublishers.ofFile(csv),
                        HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n"))));
        String id = accepted.field("id");
        for (int i = 0; i < 600 && !id.isEmpty(); i++) {
            String progress = send("importPolls", request("/api/admin/recipient-lists/imports/" + id, null)
                    .header("Authorization", admin).GET()).body;
            if (progress.contains("\"DONE\"")) {
                return true;
            }
            if (progress.contains("\"FAILED\"")) {
                System.err.println("import failed: " + progress);
                return false;
            }
            Thread.sleep(500);
        }
        System.err.println("import not done: " + accepted.body);
        return false;
    }

    private boolean update(String admin, byte[] jar) {
        Answer updated = send("updateRequests", request("/api/admin/modules/BPNT", null).header("Authorization", admin)
                .header("Content-Type", "application/java-archive").PUT(HttpRequest.BodyPublishers.ofByteArray(jar)));
        return updated.status == 200;
    }

    private HttpRequest.Builder upload(String visit) {
        String boundary = "soak" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"foto.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(PNG);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return request("/api/attachments", visit).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    private static String part(String boundary, String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    private HttpRequest.Builder request(String path, String visit) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(kiosk.url(path))).timeout(Duration.ofSeconds(60))
                .header("Accept-Language", "id");
        return visit == null || visit.isEmpty() ? b : b.header("X-Kiosk-Session", visit);
    }

    /** An answer's status and body; counted under {@code what}, and under {@code what-status} when it is not 2xx. */
    private record Answer(int status, String body) {
        String field(String name) {
            return body.matches("(?s).*\"" + name + "\"\\s*:\\s*\"[^\"]+\".*")
                    ? body.replaceAll("(?s).*\"" + name + "\"\\s*:\\s*\"([^\"]+)\".*", "$1") : "";
        }
    }

    private Answer send(String what, HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            count(r.statusCode() / 100 == 2 ? what : what + "-" + r.statusCode());
            return new Answer(r.statusCode(), r.body());
        } catch (IOException e) {
            count(what + "-io");
            return new Answer(599, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(599, "");
        }
    }

    private void count(String what) {
        counts.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
    }

    private static void pause() {
        try {
            Thread.sleep(THINK_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs {@code jcmd <pid> <command>} into {@code file} (top of a histogram is what matters; the file keeps all). */
    private void jcmd(Path file, String... command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(kiosk.process.pid())));
        cmd.addAll(List.of(command));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(file.toFile()).start();
        p.waitFor(2, TimeUnit.MINUTES);
    }
}
