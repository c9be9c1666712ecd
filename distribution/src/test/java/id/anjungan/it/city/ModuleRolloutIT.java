package id.anjungan.it.city;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.it.Kiosk;
import id.anjungan.testkit.SignedJars;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue #24, module rollouts on the demo city (kiosks' heartbeat every 2 s, a ring healthy after 10 s): a signed newer
 * version of KJS goes ring by ring (the test kiosk K0001, then Kelurahan Pekunden, then Kecamatan Semarang Tengah, whose
 * K0003 is switched off before its ring starts: the ring waits for it and it converges when it comes back); a
 * version that goes DOWN once started halts the rollout at the first ring and K0001 runs the version before it again;
 * an unsigned jar is refused by the city and by a kiosk. No other topology test uses KJS; every kiosk is left with KJS
 * UP, and each test's versions are above the other's starting point, so they run in either order.
 */
class ModuleRolloutIT {

    private static final String CODE = "KJS";
    private static final String GOOD = "50.1.0";
    private static final String FAILING = "50.2.0";
    /** Generous: two minutes from DOWN to the previous version is what the issue allows, plus a heartbeat or two. */
    private static final Duration HALT = Duration.ofSeconds(150);
    private static final Duration RING = Duration.ofSeconds(180);
    /** How long K0003 stays away once its ring started: twice the demo city's healthy time of a ring. */
    private static final Duration OFFLINE = Duration.ofSeconds(25);

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void aGoodVersionGoesRingByRingToEveryKiosk() throws Exception {
        City.get();
        setRings();
        String second = module(2).getString("version");
        String third = module(3).getString("version");
        long rollout = start(store(SignedJars.withVersion(kjsJar(), GOOD, keystore())));

        awaitModule(1, GOOD, "UP", RING);
        assertEquals(second, module(2).getString("version"), "ring 2 waits while ring 1 is watched");
        assertEquals(third, module(3).getString("version"), "ring 3 waits while ring 1 is watched");
        awaitModule(2, GOOD, "UP", RING);
        assertEquals(third, module(3).getString("version"), "ring 3 waits while ring 2 is watched");

        // K0003 is switched off before its ring starts: the ring waits for it, neither failing it nor done without it
        City.get().kiosk(3).stop();
        await("ring 3 started with K0003 away", RING, () -> "RUNNING".equals(ring(rollout(rollout), 2)
                .getString("state")));
        Thread.sleep(OFFLINE.toMillis()); // longer than a ring's healthy time: a ring done without K0003 would be
        JsonObject away = rollout(rollout);
        assertEquals("RUNNING", away.getString("state"), away.toString());
        JsonObject third3 = ring(away, 2).getJsonArray("kiosks").getJsonObject(0);
        assertEquals(City.kioskId(3), third3.getString("kiosk"), away.toString());
        assertEquals("RUNNING", third3.getString("state"), "an offline kiosk has not failed: " + away);
        City.get().kiosk(3).start(); // its queue kept the jar and the desired state
        City.get().awaitKiosk(3);
        City.restarted(3);
        awaitModule(3, GOOD, "UP", RING);

        JsonObject done = awaitRollout(rollout, "FINISHED", RING);
        for (JsonValue ring : done.getJsonArray("rings")) {
            JsonObject r = ring.asJsonObject();
            assertEquals("FINISHED", r.getString("state"), done.toString());
            assertEquals(r.getInt("total"), r.getInt("done"), done.toString());
        }
        for (int k = 1; k <= 3; k++) {
            assertEquals(GOOD, module(k).getString("version"), "K000" + k);
            assertEquals("UP", module(k).getString("health"), "K000" + k);
        }

        CityScreen.Seen screen = CityScreen.open(City.get(), "admin", "admin123"); // what the city's admin sees
        for (int k = 1; k <= 3; k++) {
            String row = screen.kiosks().get("K000" + k);
            assertTrue(row != null && row.contains("KJS " + GOOD) && row.contains("Semarang Tengah"), screen.kiosks()
                    .toString());
        }
        assertTrue(screen.rollouts().stream().anyMatch(r -> r.contains("KJS " + GOOD + " · selesai")),
                screen.rollouts().toString());
        assertEquals(List.of(), screen.violations(), "axe-core, serious or critical");
        assertTrue(screen.menu().contains("Anjungan se-kota"), screen.menu());
        assertFalse(screen.menu().contains("Sinkronisasi kota"), "a kiosk's screen in the city's menu: " + screen.menu());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void aVersionThatGoesDownHaltsAtTheFirstRingAndIsRolledBack() throws Exception {
        City.get();
        setRings();
        String[] before = new String[4];
        for (int k = 1; k <= 3; k++) {
            JsonObject m = module(k);
            assertEquals("UP", m.getString("health"), m.toString());
            before[k] = m.getString("version");
        }
        long rollout = start(store(failing(FAILING)));

        JsonObject halted = awaitRollout(rollout, "HALTED", HALT);
        awaitModule(1, before[1], "UP", HALT);
        JsonObject first = halted.getJsonArray("rings").getJsonObject(0);
        assertEquals("ROLLED_BACK", first.getString("state"), halted.toString());
        JsonObject k1 = first.getJsonArray("kiosks").getJsonObject(0);
        assertEquals(City.kioskId(1), k1.getString("kiosk"), halted.toString());
        assertTrue(Set.of("FAILED", "ROLLED_BACK").contains(k1.getString("state")), halted.toString());
        assertEquals(1, first.getInt("failed"), halted.toString());
        assertEquals(before[1], k1.getString("beforeVersion"), halted.toString());
        assertTrue(k1.getString("problem", "").contains("Broken on purpose"), "K0001 ran it and said why: " + halted);
        for (int ring = 1; ring < 3; ring++) {
            JsonObject later = halted.getJsonArray("rings").getJsonObject(ring);
            assertTrue(later.getJsonArray("kiosks").isEmpty(), "never started: " + halted);
        }
        for (int k = 2; k <= 3; k++) {
            JsonObject m = module(k);
            assertEquals(before[k], m.getString("version"), "K000" + k + " never got it: " + m);
            assertEquals("UP", m.getString("health"), m.toString());
        }
        // the city sees K0001 back: its heartbeat shows the version it ran before, UP
        await("K0001's heartbeat shows " + before[1] + " UP", HALT, () -> {
            JsonObject seen = cityStatus(1);
            return seen != null && before[1].equals(seen.getString("version", null))
                    && "UP".equals(seen.getString("health", null));
        });
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void anUnsignedJarIsRefusedByTheCityAndByAKiosk() throws Exception {
        City.get();
        byte[] unsigned = Files.readAllBytes(SignedJars.unsigned(kjsJar(),
                m -> m.getMainAttributes().putValue("Bundle-Version", "50.9.0")));
        String sha256 = Filings.sha256(unsigned);

        Kiosk.Answer city = City.node(1).upload("POST", "/api/city/modules", "application/java-archive", unsigned,
                Kiosk.ADMIN);
        assertEquals(422, city.status(), city.body());
        assertEquals("unsigned", city.object().getString("code"), city.body());
        Kiosk.Answer stored = City.node(1).get("/api/city/modules", Kiosk.ADMIN);
        assertEquals(200, stored.status(), stored.body());
        assertFalse(stored.body().contains(sha256), "nothing stored: " + stored.body());
        Kiosk.Answer rollout = City.node(1).post("/api/city/rollouts", "{\"sha256\":\"" + sha256 + "\"}",
                Kiosk.ADMIN);
        assertEquals(404, rollout.status(), "nothing to roll out: " + rollout.body());

        String version = module(2).getString("version");
        for (String method : List.of("POST", "PUT")) {
            Kiosk.Answer kiosk = City.kiosk(2).upload(method, method.equals("POST") ? "/api/admin/modules"
                    : "/api/admin/modules/" + CODE, "application/java-archive", unsigned, Kiosk.ADMIN);
            assertEquals(422, kiosk.status(), method + ": " + kiosk.body());
            assertEquals("unsigned", kiosk.object().getString("code"), kiosk.body());
        }
        assertEquals(version, module(2).getString("version"));
        assertEquals("UP", module(2).getString("health"));
    }

    /** Ring 1 the test kiosk, ring 2 Kelurahan Pekunden, ring 3 Kecamatan Semarang Tengah (K0003 then). */
    private static void setRings() throws Exception {
        Kiosk.Answer rings = City.node(1).put("/api/city/rings", "{\"rings\":["
                + "{\"name\":\"Anjungan uji\",\"kiosks\":[\"K0001\"],\"kelurahan\":null,\"kecamatan\":null,"
                + "\"wholeCity\":false},"
                + "{\"name\":\"Kelurahan Pekunden\",\"kiosks\":null,\"kelurahan\":[\"Pekunden\"],\"kecamatan\":null,"
                + "\"wholeCity\":false},"
                + "{\"name\":\"Kecamatan Semarang Tengah\",\"kiosks\":null,\"kelurahan\":null,"
                + "\"kecamatan\":[\"Semarang Tengah\"],\"wholeCity\":false}]}", Kiosk.ADMIN);
        assertEquals(200, rings.status(), rings.body());
    }

    /** Stores the jar on the city; its SHA-256. */
    private static String store(Path jar) throws Exception {
        byte[] bytes = Files.readAllBytes(jar);
        Kiosk.Answer stored = City.node(1).upload("POST", "/api/city/modules", "application/java-archive", bytes,
                Kiosk.ADMIN);
        assertEquals(201, stored.status(), stored.body());
        assertEquals(Filings.sha256(bytes), stored.object().getString("sha256"));
        return stored.object().getString("sha256");
    }

    private static long start(String sha256) throws Exception {
        Kiosk.Answer started = City.node(1).post("/api/city/rollouts", "{\"sha256\":\"" + sha256 + "\"}",
                Kiosk.ADMIN);
        assertEquals(201, started.status(), started.body());
        return started.object().getJsonNumber("id").longValue();
    }

    private static JsonObject rollout(long id) throws Exception {
        Kiosk.Answer all = City.node(1).get("/api/city/rollouts", Kiosk.ADMIN);
        assertEquals(200, all.status(), all.body());
        return all.object().getJsonArray("rollouts").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
    }

    private static JsonObject ring(JsonObject rollout, int position) {
        return rollout.getJsonArray("rings").getJsonObject(position);
    }

    private static JsonObject awaitRollout(long id, String state, Duration within) throws Exception {
        JsonObject[] seen = new JsonObject[1];
        await("rollout " + id + " " + state, within, () -> {
            seen[0] = rollout(id);
            String now = seen[0].getString("state");
            assertTrue(now.equals(state) || now.equals("RUNNING"), "ended otherwise: " + seen[0]);
            return now.equals(state);
        });
        return seen[0];
    }

    /** KJS as kiosk k lists it. */
    private static JsonObject module(int k) throws Exception {
        Kiosk.Answer modules = City.kiosk(k).get("/api/modules");
        assertEquals(200, modules.status(), modules.body());
        return modules.array().stream().map(JsonValue::asJsonObject).filter(m -> m.getString("code").equals(CODE))
                .findFirst().orElseThrow();
    }

    private static void awaitModule(int k, String version, String health, Duration within) throws Exception {
        await("K000" + k + " runs " + CODE + " " + version + " " + health, within, () -> {
            JsonObject m = module(k);
            return version.equals(m.getString("version")) && health.equals(m.getString("health"));
        });
    }

    /** KJS as the city's newest heartbeat of kiosk k shows it, or null. */
    private static JsonObject cityStatus(int k) throws Exception {
        Kiosk.Answer kiosks = City.node(1).get("/api/city/kiosks", Kiosk.ADMIN);
        assertEquals(200, kiosks.status(), kiosks.body());
        return kiosks.object().getJsonArray("kiosks").stream().map(JsonValue::asJsonObject)
                .filter(x -> City.kioskId(k).equals(x.getString("kiosk")))
                .filter(x -> x.containsKey("modules") && !x.isNull("modules"))
                .flatMap(x -> x.getJsonArray("modules").stream().map(JsonValue::asJsonObject))
                .filter(m -> CODE.equals(m.getString("code"))).findFirst().orElse(null);
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void await(String what, Duration within, Check check) throws Exception {
        long end = System.nanoTime() + within.toNanos();
        while (!check.holds()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + within.toSeconds() + " s: " + what);
            }
            Thread.sleep(250);
        }
    }

    private static Path kjsJar() {
        return Path.of(System.getProperty("kiosk.dist")).resolve("modules/anjungan-module-kjs.jar");
    }

    private static Path keystore() {
        Path here = Path.of("keys/dev-signing.p12");
        return Files.exists(here) ? here : Path.of("distribution/keys/dev-signing.p12");
    }

    /**
     * KJS as a bundle of {@link FailingKjsProgram} alone (the real bundle's name, a higher version, signed with the
     * development key): it installs and starts, and then reports itself DOWN.
     */
    private static Path failing(String version) throws Exception {
        String symbolicName;
        try (JarFile real = new JarFile(kjsJar().toFile())) {
            symbolicName = real.getManifest().getMainAttributes().getValue("Bundle-SymbolicName");
        }
        Path jar = Files.createTempFile("kjs-failing", ".jar");
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", symbolicName);
        a.putValue("Bundle-Version", version);
        a.putValue("Import-Package", "id.anjungan.spi;version=\"[1.0,2)\"");
        a.putValue("Service-Component", "OSGI-INF/program.xml");
        a.putValue("Provide-Capability", "anjungan.program;anjungan.program=" + CODE);
        Class<?> program = FailingKjsProgram.class;
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), m)) {
            String name = program.getName().replace('.', '/') + ".class";
            out.putNextEntry(new JarEntry(name));
            try (InputStream in = program.getClassLoader().getResourceAsStream(name)) {
                in.transferTo(out);
            }
            out.putNextEntry(new JarEntry("OSGI-INF/program.xml"));
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\" name=\"" + CODE
                    + "\" immediate=\"true\">\n  <implementation class=\"" + program.getName() + "\"/>\n"
                    + "  <property name=\"anjungan.program.code\" type=\"String\" value=\"" + CODE + "\"/>\n"
                    + "  <service><provide interface=\"id.anjungan.spi.Program\"/></service>\n</scr:component>\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return SignedJars.sign(jar, SignedJars.key(keystore(), SignedJars.DEV_ALIAS, SignedJars.DEV_PASSWORD));
    }
}
