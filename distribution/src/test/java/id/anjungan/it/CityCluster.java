package id.anjungan.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Two city nodes of the assembled distribution ({@code bin/anjungan} with {@code ANJUNGAN_ROLE=city}) on one
 * PostgreSQL schema, clustered over TCP on loopback under a name of their own, behind HAProxy as the design notes
 * recommend. Ports 19400–19499; each node has its own home (and so its own Payara unpack directory).
 */
final class CityCluster implements AutoCloseable {

    static final int FRONT = 19400;
    static final int STATS = 19404;
    private static final int[] HTTP = {19401, 19402};
    private static final int[] GRID = {19411, 19412};

    /** One node: its process and where it logs. */
    record Node(String name, int port, Process process, Path home) {
        Path log() {
            return home.resolve("node.log");
        }

        /** Resident memory of the node's JVM (the launcher execs java, so this is its pid). */
        long rssKib() throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
            return -1;
        }
    }

    private final Path root;
    private final String dbUrl;
    private final String clusterName = "anjungan-it-" + UUID.randomUUID().toString().substring(0, 8);
    final List<Node> nodes = new ArrayList<>();
    private Process haproxy;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** A fresh schema {@code city_it} in the database of {@code pgUrl}, so that leftovers of other tests do not count. */
    CityCluster(Path root, String pgUrl) throws Exception {
        this.root = root;
        Kiosk.deleteTree(root);
        Files.createDirectories(root);
        try (var c = DriverManager.getConnection(pgUrl, "anjungan", "anjungan"); var s = c.createStatement()) {
            s.execute("drop schema if exists city_it cascade");
            s.execute("create schema city_it");
        }
        this.dbUrl = pgUrl + (pgUrl.contains("?") ? "&" : "?") + "currentSchema=city_it";
    }

    /** Starts node {@code i} (0 or 1) and waits until it is ready; the first loads the demo data into the database. */
    Node start(int i) throws Exception {
        Path home = Files.createDirectories(root.resolve("n" + (i + 1)));
        Path dist = Path.of(System.getProperty("kiosk.dist"));
        List<String> command = new ArrayList<>(List.of(dist.resolve("bin/anjungan").toString()));
        if (i == 0) {
            command.add("--demo");
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(home.resolve("node.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("ANJUNGAN_HOME", home.toString());
        env.put("ANJUNGAN_PORT", Integer.toString(HTTP[i]));
        env.put("ANJUNGAN_ROLE", "city");
        env.put("ANJUNGAN_CLUSTER_MEMBERS", "127.0.0.1:" + GRID[0] + ",127.0.0.1:" + GRID[1]);
        env.put("ANJUNGAN_CLUSTER_NAME", clusterName);
        env.put("ANJUNGAN_CLUSTER_PORT", Integer.toString(GRID[i]));
        env.put("ANJUNGAN_CLUSTER_INTERFACE", "127.0.0.1");
        env.put("ANJUNGAN_DB_URL", dbUrl);
        env.put("ANJUNGAN_DB_USER", "anjungan");
        env.put("ANJUNGAN_DB_PASSWORD", "anjungan");
        env.put("ANJUNGAN_DB_POOL_SIZE", "8");
        env.put("ANJUNGAN_AUDIT_KEY", "city-it-shared-audit-key");
        env.put("ANJUNGAN_ADMIN_PASSWORD", "admin123");
        env.put("ANJUNGAN_TRUST_DEVELOPMENT_KEY", "true");
        long started = System.nanoTime();
        Node node = new Node("n" + (i + 1), HTTP[i], builder.start(), home);
        nodes.add(node);
        awaitReady(node, Duration.ofSeconds(120));
        System.out.printf("city node %s ready after %.1f s%n", node.name(), (System.nanoTime() - started) / 1e9);
        return node;
    }

    private void awaitReady(Node node, Duration max) throws Exception {
        long deadline = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < deadline) {
            if (!node.process().isAlive()) {
                throw new IllegalStateException(node.name() + " stopped; see " + node.log());
            }
            try {
                if (get(node.port(), "/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (IllegalStateException notListening) {
                // Payara opens the port late in its start
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(node.name() + " not ready in " + max + "; see " + node.log());
    }

    /** Waits until every running node's log says the grid has {@code members} members. */
    void awaitGrid(int members, Duration max) throws Exception {
        long deadline = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < deadline) {
            boolean all = true;
            for (Node n : nodes) {
                all &= Files.readString(n.log(), StandardCharsets.ISO_8859_1).contains("DG Size: " + members);
            }
            if (all) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the data grid did not reach " + members + " members in " + max);
    }

    /** HAProxy as the notes recommend, saying which server answered in {@code X-Served-By}. */
    void startHaproxy() throws Exception {
        Path cfg = root.resolve("haproxy.cfg");
        Files.writeString(cfg, String.join("\n",
                "global", "    maxconn 256",
                "defaults", "    mode http", "    timeout connect 1s", "    timeout client 10s",
                "    timeout server 5s", "    timeout check 1s", "    retries 3", "    option redispatch 1",
                "    retry-on conn-failure empty-response response-timeout",
                "frontend fe", "    bind 127.0.0.1:" + FRONT,
                "    http-request disable-l7-retry if !METH_GET", "    default_backend city",
                "backend city", "    balance roundrobin", "    option httpchk GET /health/ready",
                "    http-check expect status 200", "    http-response set-header X-Served-By %s",
                "    default-server inter 1s fastinter 500ms downinter 1s fall 2 rise 2",
                "    server n1 127.0.0.1:" + HTTP[0] + " check",
                "    server n2 127.0.0.1:" + HTTP[1] + " check",
                "frontend stats", "    bind 127.0.0.1:" + STATS, "    stats enable", "    stats uri /stats", ""));
        haproxy = new ProcessBuilder("/usr/sbin/haproxy", "-f", cfg.toString(), "-db").redirectErrorStream(true)
                .redirectOutput(root.resolve("haproxy.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!(status("n1").equals("UP") && status("n2").equals("UP"))) {
            if (System.nanoTime() > deadline || !haproxy.isAlive()) {
                throw new IllegalStateException("HAProxy did not see both nodes UP; see " + root.resolve("haproxy.log"));
            }
            Thread.sleep(200);
        }
    }

    /** HAProxy's view of a server: UP, DOWN, … (field 18 of the stats CSV). */
    String status(String server) {
        try {
            String csv = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + STATS + "/stats;csv")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            for (String line : csv.split("\n")) {
                String[] f = line.split(",");
                if (f.length > 17 && f[0].equals("city") && f[1].equals(server)) {
                    return f[17];
                }
            }
            return "?";
        } catch (IOException e) {
            return "?";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }

    HttpResponse<String> get(int port, String path) throws InterruptedException {
        return send(port, HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET());
    }

    HttpResponse<String> send(int port, HttpRequest.Builder request) throws InterruptedException {
        try {
            return http.send(request.timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("no answer on port " + port + ": " + e, e);
        }
    }

    /** SIGTERM by pid, then SIGKILL; the homes (database aside, with the unpacked Payara) go too. */
    @Override
    public void close() throws Exception {
        List<Process> all = new ArrayList<>();
        nodes.forEach(n -> all.add(n.process()));
        if (haproxy != null) {
            all.add(haproxy);
        }
        all.forEach(Process::destroy);
        for (Process p : all) {
            if (!p.waitFor(15, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
        if (!Boolean.getBoolean("city.keep")) {
            Kiosk.deleteTree(root);
        }
    }
}
