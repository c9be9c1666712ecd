package id.anjungan.city;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The whole city network on one machine, on loopback: a throwaway PostgreSQL, the Artemis broker pair on one shared
 * store, two clustered city nodes, HAProxy in front of them, and kiosks of different kelurahan, each with its own home
 * and Derby database. {@code bin/anjungan-city} (the demo, {@code ./run city}) and the topology tests start it alike.
 */
public final class CityTopology implements AutoCloseable {

    /** The demo kiosks' kelurahan, all of Kecamatan Semarang Tengah, whose demo lists the kiosks carry. */
    public static final List<String> KELURAHAN = List.of("Miroto", "Pekunden", "Kranggan");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    /** The kecamatan of the three. */
    public static final String KECAMATAN = "Semarang Tengah";

    private static final Duration NODE_READY = Duration.ofSeconds(240);
    private static final Duration KIOSK_READY = Duration.ofSeconds(300);

    /**
     * What to start: the assembled distribution, a home for every piece's data (emptied first), the ports, how many
     * kiosks, and the broker URL each kiosk is given (a test puts a link it can cut in between).
     */
    public record Options(Path dist, Path home, CityPorts ports, int kiosks, IntFunction<String> kioskBrokerUrl,
                          Map<String, String> kioskEnvironment, boolean identityProvider) {

        public static Options of(Path dist, Path home, int basePort) {
            CityPorts ports = new CityPorts(basePort);
            return new Options(dist, home, ports, KELURAHAN.size(), k -> brokerUrl(ports.primaryBroker(),
                    ports.backupBroker()), Map.of(), false);
        }

        public Options withKioskBrokerUrl(IntFunction<String> url) {
            return new Options(dist, home, ports, kiosks, url, kioskEnvironment, identityProvider);
        }

        public Options withKioskEnvironment(Map<String, String> environment) {
            return new Options(dist, home, ports, kiosks, kioskBrokerUrl, environment, identityProvider);
        }

        /**
         * With Keycloak (realm {@code anjungan}, {@code bin/anjungan-keycloak}) as the staff identity provider of
         * the city nodes and kiosks; without, every node keeps its local accounts.
         */
        public Options withIdentityProvider() {
            return new Options(dist, home, ports, kiosks, kioskBrokerUrl, kioskEnvironment, true);
        }
    }

    /** The master realm's administrator of the demo city's Keycloak (loopback only). */
    public static final String KEYCLOAK_ADMIN = "kcadmin";
    public static final String KEYCLOAK_ADMIN_PASSWORD = "kcadmin123";
    private static final Duration KEYCLOAK_READY = Duration.ofSeconds(240);

    /** The Artemis client URL of the pair: fails over to the backup and reconnects for as long as it takes. */
    public static String brokerUrl(int primary, int backup) {
        return "(tcp://127.0.0.1:" + primary + ",tcp://127.0.0.1:" + backup + ")?ha=true&reconnectAttempts=-1"
                + "&retryInterval=200";
    }

    private final Options options;
    private final CityPorts ports;
    private final List<Service> started = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Map<String, Service> services = new java.util.concurrent.ConcurrentHashMap<>();
    private int postgresPort;
    private volatile Path postgresData;

    private CityTopology(Options options) {
        this.options = options;
        this.ports = options.ports();
    }

    /** Starts everything and waits until every piece answers; stops what it started when one does not. */
    public static CityTopology start(Options options) throws IOException, InterruptedException {
        return of(options).begin();
    }

    /** The city not yet started, for a caller that must be able to stop it while it starts (Ctrl-C). */
    public static CityTopology of(Options options) {
        return new CityTopology(options);
    }

    /** Starts everything, see {@link #start}. */
    public synchronized CityTopology begin() throws IOException, InterruptedException {
        try {
            startAll();
            return this;
        } catch (IOException | InterruptedException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private void startAll() throws IOException, InterruptedException {
        deleteTree(options.home());
        Files.createDirectories(options.home().resolve("logs"));
        // under /tmp: the cluster runs as "postgres" when started by root, and its socket path must stay short
        postgresData = Files.createTempDirectory("anjungan-city-pg");
        postgresPort = Integer.parseInt(script(options.dist().resolve("bin/anjungan-postgres").toString(), "start",
                postgresData.toString(), "55432").strip());
        Service primary = add(Brokers.broker(this, "primary", ports.primaryBroker())).start();
        Readiness.awaitPort(primary, ports.primaryBroker(), Duration.ofSeconds(120));
        add(Brokers.broker(this, "backup", ports.backupBroker())).start();
        for (int i = 1; i <= 2; i++) {
            // one after the other: two Payara nodes deploying at once take twice as long on two cores
            add(CityNodes.node(this, i)).start();
            awaitFirstStart(i);
        }
        if (options.identityProvider()) {
            // after the nodes: its first start keeps both cores busy for half a minute, and a node that joins the data
            // grid meanwhile may miss the 5 s heartbeat and wait out Hazelcast's join timeout (once in CI: node 2
            // not ready in 4 minutes); HAProxy starts beside it, nothing asks Keycloak before the first login
            add(keycloakService()).start();
        }
        Service haproxy = add(CityNodes.haproxy(this)).start();
        Readiness.awaitBody(haproxy, cityUrl("/health/ready"), b -> true, Duration.ofSeconds(60));
        if (options.identityProvider()) {
            awaitKeycloak();
        }
        registerKiosks();
        List<Service> kiosks = new ArrayList<>();
        for (int k = 1; k <= options.kiosks(); k++) {
            kiosks.add(add(Kiosks.kiosk(this, k)).start());
        }
        for (int k = 1; k <= kiosks.size(); k++) {
            awaitKiosk(k);
        }
    }

    /** The city's admin registers where each kiosk stands, as an operator does before the kiosk is set up. */
    private void registerKiosks() {
        String login = Readiness.post(cityUrl("/api/auth/login"), null,
                "{\"username\":\"admin\",\"password\":\"admin123\"}");
        Matcher token = TOKEN.matcher(login);
        if (!token.find()) {
            throw new IllegalStateException("the city's admin login answered no token");
        }
        for (int k = 1; k <= options.kiosks(); k++) {
            Readiness.put(cityUrl("/api/city/kiosks/K%04d".formatted(k)), token.group(1),
                    "{\"kelurahan\":\"%s\",\"kecamatan\":\"%s\"}".formatted(kelurahan(k), KECAMATAN));
        }
    }

    /** The kelurahan kiosk k stands in. */
    public static String kelurahan(int k) {
        return KELURAHAN.get((k - 1) % KELURAHAN.size());
    }

    /** Waits until kiosk k serves its modules (after a start or a restart). */
    public void awaitKiosk(int k) throws InterruptedException {
        Readiness.awaitBody(kiosk(k), kioskUrl(k, "/api/modules"), b -> b.contains("SANKEM"), KIOSK_READY);
    }

    private Service keycloakService() throws IOException {
        return new Service("keycloak", List.of(options.dist().resolve("bin/anjungan-keycloak").toString(),
                options.home().resolve("keycloak").toString(), Integer.toString(ports.keycloak())),
                Map.of("KC_BOOTSTRAP_ADMIN_USERNAME", KEYCLOAK_ADMIN, "KC_BOOTSTRAP_ADMIN_PASSWORD",
                        KEYCLOAK_ADMIN_PASSWORD), log("keycloak"));
    }

    /** Waits until Keycloak serves the realm (after a start or a restart). */
    public void awaitKeycloak() throws InterruptedException {
        Readiness.awaitBody(keycloak(), keycloakUrl("/realms/anjungan/.well-known/openid-configuration"),
                b -> b.contains("issuer"), KEYCLOAK_READY);
    }

    /** The staff identity provider's issuer, as city nodes and kiosks are given it; null without one. */
    public String identityProvider() {
        return options.identityProvider() ? keycloakUrl("/realms/anjungan") : null;
    }

    public String keycloakUrl(String path) {
        return "http://127.0.0.1:" + ports.keycloak() + path;
    }

    public Service keycloak() {
        return services.get("keycloak");
    }

    /** Waits until a broker of the pair serves clients on its port (live: a standby does not listen). */
    public void awaitBroker(Service broker) throws InterruptedException {
        Readiness.awaitPort(broker, brokerPort(broker), Duration.ofSeconds(120));
    }

    /** The broker of the pair that serves clients now (a standby does not listen), or null when neither does. */
    public Service liveBroker() {
        return Readiness.accepts(ports.primaryBroker()) ? primaryBroker()
                : Readiness.accepts(ports.backupBroker()) ? backupBroker() : null;
    }

    public int brokerPort(Service broker) {
        return broker == primaryBroker() ? ports.primaryBroker() : ports.backupBroker();
    }

    /**
     * Waits until city node i, just started, answers ready; one that is alive and still not ready is killed (its
     * threads dumped into its log first) and started once more, as a supervisor with a start timeout does.
     */
    private void awaitFirstStart(int i) throws IOException, InterruptedException {
        try {
            awaitNode(i);
        } catch (IllegalStateException hung) {
            if (!node(i).alive()) {
                throw hung;
            }
            System.err.println(hung.getMessage() + "; killing it and starting it once more");
            node(i).kill();
            node(i).start();
            awaitNode(i);
        }
    }

    /** Waits until city node i answers ready (after a restart). */
    public void awaitNode(int i) throws InterruptedException {
        Readiness.awaitBody(node(i), "http://127.0.0.1:" + ports.node(i) + "/health/ready", b -> true, NODE_READY);
    }

    private Service add(Service service) {
        started.add(service);
        services.put(service.name(), service);
        return service;
    }

    Options options() {
        return options;
    }

    Path dir(String name) throws IOException {
        return Files.createDirectories(options.home().resolve(name));
    }

    Path log(String name) {
        return options.home().resolve("logs").resolve(name + ".log");
    }

    /** Kiosk k's home: its Derby database, attachments and log. */
    public Path kioskHome(int k) {
        return options.home().resolve("kiosk" + k);
    }

    public CityPorts ports() {
        return ports;
    }

    public int kiosks() {
        return options.kiosks();
    }

    public Service kiosk(int k) {
        return services.get("kiosk" + k);
    }

    public Service node(int i) {
        return services.get("node" + i);
    }

    public Service primaryBroker() {
        return services.get("broker-primary");
    }

    public Service backupBroker() {
        return services.get("broker-backup");
    }

    public String kioskUrl(int k, String path) {
        return "http://127.0.0.1:" + ports.kiosk(k) + path;
    }

    /** A URL of the city tier, through HAProxy. */
    public String cityUrl(String path) {
        return "http://127.0.0.1:" + ports.city() + path;
    }

    public String brokerUrl() {
        return brokerUrl(ports.primaryBroker(), ports.backupBroker());
    }

    public int postgresPort() {
        return postgresPort;
    }

    /** The city database, for a test that counts what arrived. */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgresPort + "/anjungan";
    }

    /** Where everything is, for a person: the lines {@code bin/anjungan-city} prints. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        out.append("Kota (city tier, HAProxy):  ").append(cityUrl("/")).append("   statistics: http://127.0.0.1:")
                .append(ports.stats()).append("/stats\n");
        for (int i = 1; i <= 2; i++) {
            out.append("  city node ").append(i).append(":            http://127.0.0.1:").append(ports.node(i))
                    .append("/\n");
        }
        for (int k = 1; k <= kiosks(); k++) {
            out.append("Anjungan K%04d (Kelurahan %s): %s%n".formatted(k, kelurahan(k),
                    kioskUrl(k, "/")));
        }
        out.append("Broker pair (Artemis):       ").append(brokerUrl()).append('\n');
        out.append("PostgreSQL:                  ").append(jdbcUrl()).append(" (anjungan/anjungan)\n");
        out.append("Accounts on every kiosk and the city: admin/admin123, tksk/tksk123, kasi/kasi123, "
                + "camat/camat123, dinsos/dinsos123; PSM psm PIN 123456\n");
        if (options.identityProvider()) {
            out.append("Keycloak (staff identity, realm anjungan): ").append(keycloakUrl("/admin/")).append(" (")
                    .append(KEYCLOAK_ADMIN).append('/').append(KEYCLOAK_ADMIN_PASSWORD).append(")\n");
        }
        out.append("Logs and data: ").append(options.home()).append('\n');
        return out.toString();
    }

    /** Stops everything, kiosks first, the database last. */
    @Override
    public void close() throws InterruptedException {
        // side by side: a JVM's shutdown hook (the tests') has a short while before it is killed
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).signalStop();
        }
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).stop();
        }
        Path data = postgresData;
        postgresData = null;
        if (data != null) {
            try {
                script(options.dist().resolve("bin/anjungan-postgres").toString(), "stop", data.toString());
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop: " + e.getMessage());
            }
        }
    }

    /** Runs a script to its end; its standard output. */
    static String script(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed with " + p.exitValue());
        }
        return out;
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
