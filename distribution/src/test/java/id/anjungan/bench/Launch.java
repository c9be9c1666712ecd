package id.anjungan.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Starts a Payara Micro process with the kiosk's tuned flags and measures how long until a URL answers 200. */
final class Launch implements AutoCloseable {

    /**
     * The launcher's JVM flags ({@code bin/anjungan} beside {@code lib/payara-micro.jar}), so that the benchmarks measure
     * the kiosk as it is started: its {@code -X} options, without the ones built from shell variables.
     */
    static List<String> flags(Path payara) throws IOException {
        String script = Files.readString(payara.resolveSibling("../bin/anjungan").normalize()).replace("\\\n", " ");
        List<String> flags = new ArrayList<>();
        for (String line : script.split("\n")) {
            if (line.startsWith("exec java ")) {
                for (String token : line.trim().split("\\s+")) {
                    if (token.startsWith("-X") && !token.contains("$")) {
                        flags.add(token);
                    }
                }
            }
        }
        if (flags.isEmpty()) {
            throw new IllegalStateException("no 'exec java' line with flags in the launcher beside " + payara);
        }
        return flags;
    }

    /** How long a start may take before the benchmark gives up (-Dbench.ready.minutes; a busy machine is slow). */
    private static final Duration READY_WITHIN = Duration.ofMinutes(Long.getLong("bench.ready.minutes", 5));

    /** The glibc settings the launcher exports ({@code export MALLOC_X="${MALLOC_X:-value}"}), with their defaults. */
    static Map<String, String> environment(Path payara) throws IOException {
        String script = Files.readString(payara.resolveSibling("../bin/anjungan").normalize());
        Map<String, String> env = new TreeMap<>();
        Matcher m = Pattern.compile("(?m)^export (MALLOC_[A-Z_]+)=\"\\$\\{\\1:-([^}]*)}\"$").matcher(script);
        while (m.find()) {
            env.put(m.group(1), m.group(2));
        }
        return env;
    }

    final Process process;
    final int port;
    final long readyMillis;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Launch(Process process, int port, long readyMillis) {
        this.process = process;
        this.port = port;
        this.readyMillis = readyMillis;
    }

    /** Starts Payara Micro with {@code war} at / and waits for {@code readyPath} (with CDS archive in {@code home}). */
    static Launch start(Path payara, Path war, Path home, String readyPath, List<String> extraProperties)
            throws IOException, InterruptedException {
        Files.createDirectories(home);
        int port = freePort();
        Path archive = home.resolve("cds.jsa");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(flags(payara));
        // -Dbench.cds=false leaves the class archive out (a JVM that writes one cannot record JFR, needed to profile)
        if (Boolean.parseBoolean(System.getProperty("bench.cds", "true"))) {
            cmd.add(Files.exists(archive) ? "-XX:SharedArchiveFile=" + archive : "-XX:ArchiveClassesAtExit=" + archive);
        }
        cmd.add("-Danjungan.home=" + home);
        cmd.addAll(extraProperties);
        cmd.addAll(List.of("-jar", payara.toString(), "--nohazelcast", "--disablephonehome", "--unpackdir",
                home.resolve("payara").toString(), "--prebootcommandfile",
                payara.resolveSibling("../etc/payara-preboot.asadmin").normalize().toString(), "--port", Integer.toString(port), "--contextroot", "/", "--deploy",
                war.toString()));
        long started = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(cmd);
        builder.environment().putAll(environment(payara));
        Process p = builder.redirectErrorStream(true).redirectOutput(home.resolve("log.txt").toFile())
                .start();
        while (!ok("http://localhost:" + port + readyPath)) {
            if (!p.isAlive() || System.nanoTime() - started > READY_WITHIN.toNanos()) {
                p.destroyForcibly();
                throw new IllegalStateException("did not become ready: " + home.resolve("log.txt"));
            }
            Thread.sleep(50);
        }
        return new Launch(p, port, (System.nanoTime() - started) / 1_000_000);
    }

    static boolean ok(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Resident memory of the JVM in MiB. */
    long rssMib() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // a normal exit lets the JVM write its CDS archive
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
