package id.anjungan.host.city.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.city.entity.ModuleJarRow;
import id.anjungan.host.city.entity.Rollout;
import id.anjungan.host.modules.control.TestHost;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.security.control.SettableClock;
import id.anjungan.host.sync.DesiredModules;
import id.anjungan.host.sync.KioskStatus;
import id.anjungan.host.sync.SyncJson;
import id.anjungan.host.sync.SyncProtocol;
import id.anjungan.host.testbundles.RolloutJars;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The city's rollout controller on Derby with an embedded broker, its kiosks simulated by their heartbeats: ring by
 * ring only after the healthy time, halted and sent back on a kiosk that reports the new version DOWN or refused, and
 * carried on by another node (or a restart) after a node stopped between its decision and its sends.
 */
class RolloutsTest {

    static final Duration HEALTHY = Duration.ofMinutes(5);

    @TempDir
    Path dir;
    private CityFixture city;
    private TestHost modules;
    private TestBroker broker;
    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-07T01:00:00Z"));
    private final KioskSites sites = new KioskSites();
    private final KioskStatuses statuses = new KioskStatuses();
    private final RolloutRings rings = new RolloutRings();
    private final ModuleStore store = new ModuleStore();
    private Rollouts rollouts;
    private int reports;

    @BeforeEach
    void open() throws Exception {
        city = fixture();
        modules = TestHost.start(dir.resolve("node"));
        broker = new TestBroker(dir.resolve("broker"), "vm://0", 1000);
        store.db = city.db;
        store.modules = () -> modules.modules;
        store.clock = clock;
        rings.sites = sites;
        city.db.tx(em -> {
            sites.register(em, "K0001", "Miroto", "Semarang Tengah", "admin", clock.now());
            sites.register(em, "K0002", "Pekunden", "Semarang Tengah", "admin", clock.now());
            sites.register(em, "K0003", "Kranggan", "Semarang Tengah", "admin", clock.now());
            sites.register(em, "K0004", "Jatingaleh", "Candisari", "admin", clock.now());
            return rings.replace(em, List.of(
                    new RolloutRings.Ring("Anjungan uji", List.of("K0001"), null, null, false),
                    new RolloutRings.Ring("Tiga kelurahan", null, List.of("Miroto", "Pekunden", "Kranggan"), null,
                            false),
                    new RolloutRings.Ring("Kecamatan", null, null, List.of("Semarang Tengah"), false),
                    new RolloutRings.Ring("Seluruh kota", null, null, null, true)));
        });
        rollouts = node("vm://0");
        for (String kiosk : List.of("K0001", "K0002", "K0003", "K0004")) {
            report(kiosk, "1.0.0", "UP", null, null);
        }
    }

    @AfterEach
    void close() throws Exception {
        rollouts.stop();
        broker.close();
        modules.close();
        city.close();
    }

    CityFixture fixture() throws Exception {
        return CityFixture.derby(dir.resolve("city"));
    }

    /** The rollouts as the admin screen shows them. */
    private List<Map<String, Object>> overview() {
        RolloutOverview overview = new RolloutOverview();
        overview.db = city.db;
        overview.rings = rings;
        return overview.overview();
    }

    /** A city node's controller, its broker at {@code url}. */
    private Rollouts node(String url) {
        Rollouts node = new Rollouts();
        node.db = city.db;
        node.rings = rings;
        node.statuses = statuses;
        node.store = store;
        node.clock = clock;
        node.kiosks = new ToKiosks();
        node.kiosks.url = url;
        node.healthy = HEALTHY;
        node.resendAfter = Duration.ofMinutes(1);
        return node;
    }

    @Test
    void aGoodVersionGoesRingByRingEachAfterItsHealthyTime() throws Exception {
        ModuleJarRow jar = store.store(RolloutJars.healthy("1.1.0"), "admin");
        Rollout r = rollouts.start(jar.sha256, null, "admin");
        rollouts.tick();
        List<String> first = broker.drain(queue("K0001"));
        assertEquals(SyncProtocol.KIND_MODULE_JAR, first.get(0), "the jar before the state naming it");
        DesiredModules.Module desired = desired(first.get(1));
        assertEquals(new DesiredModules.Module("ROLL", "1.1.0", jar.sha256, r.id * Rollouts.STEP + 1), desired);
        assertNothingFor("K0002", "K0003", "K0004");

        report("K0001", "1.1.0", "UP", desired.revision(), null);
        rollouts.tick();
        clock.pass(HEALTHY.minusSeconds(1));
        rollouts.tick();
        assertNothingFor("K0002", "K0003", "K0004"); // healthy, but not yet for long enough
        clock.pass(Duration.ofSeconds(1));
        rollouts.tick();
        assertEquals("1.1.0", desired(broker.drain(queue("K0002")).get(1)).version());
        assertEquals("1.1.0", desired(broker.drain(queue("K0003")).get(1)).version());
        assertNothingFor("K0001", "K0004");

        report("K0002", "1.1.0", "UP", desired.revision(), null);
        report("K0003", "1.1.0", "UP", desired.revision(), null);
        rollouts.tick();
        clock.pass(HEALTHY);
        rollouts.tick(); // the kecamatan's kiosks are all in earlier rings: on to the whole city
        assertEquals("1.1.0", desired(broker.drain(queue("K0004")).get(1)).version());
        report("K0004", "1.1.0", "UP", desired.revision(), null);
        rollouts.tick();
        clock.pass(HEALTHY);
        rollouts.tick();

        Map<String, Object> seen = overview().get(0);
        assertEquals("FINISHED", seen.get("state"));
        List<?> groups = (List<?>) seen.get("rings");
        assertEquals(List.of(1L, 2L, 0L, 1L), groups.stream().map(g -> ((Map<?, ?>) g).get("done")).toList());
        assertNothingFor("K0001", "K0002", "K0003", "K0004");
    }

    /** K0001's kelurahan does not run the program: the new version installed there stays off, and the ring is done. */
    @Test
    void aKioskWhoseKelurahanDoesNotRunTheProgramIsDoneWithTheVersionInstalledAndOff() throws Exception {
        ModuleJarRow jar = store.store(RolloutJars.healthy("1.2.0"), "admin");
        rollouts.start(jar.sha256, null, "admin");
        rollouts.tick();
        long revision = desired(broker.drain(queue("K0001")).get(1)).revision();
        report("K0001", "1.2.0", "DISABLED", revision, null);
        rollouts.tick();
        clock.pass(HEALTHY);
        rollouts.tick();
        assertEquals("1.2.0", desired(broker.drain(queue("K0002")).get(1)).version(), "on to the next ring");
        Map<?, ?> first = (Map<?, ?>) ((List<?>) overview().get(0).get("rings")).get(0);
        assertEquals(1L, first.get("done"), first.toString());
        assertEquals(0L, first.get("failed"), first.toString());
    }

    @Test
    void aVersionGoingDownHaltsTheRolloutAndSendsItsRingBack() throws Exception {
        ModuleJarRow jar = store.store(RolloutJars.failing("2.0.0"), "admin");
        Rollout r = rollouts.start(jar.sha256, null, "admin");
        rollouts.tick();
        long forward = desired(broker.drain(queue("K0001")).get(1)).revision();

        report("K0001", "2.0.0", "DOWN", forward, null);
        rollouts.tick();
        DesiredModules.Module back = desired(broker.drain(queue("K0001")).get(0));
        assertEquals(new DesiredModules.Module("ROLL", "1.0.0", null, r.id * Rollouts.STEP + 2), back,
                "the version the kiosk ran before, no jar: it rolls back");
        Map<String, Object> seen = overview().get(0);
        assertEquals(Rollout.HALTED, seen.get("state"));
        assertTrue(((String) seen.get("reason")).startsWith("K0001: DOWN"), (String) seen.get("reason"));
        Map<?, ?> ring = (Map<?, ?>) ((List<?>) seen.get("rings")).get(0);
        assertEquals("ROLLED_BACK", ring.get("state"));
        assertEquals(1L, ring.get("failed"));

        report("K0001", "1.0.0", "UP", back.revision(), null);
        clock.pass(HEALTHY.multipliedBy(10));
        rollouts.tick();
        assertNothingFor("K0001", "K0002", "K0003", "K0004"); // the others never got it
        assertEquals(Rollout.HALTED, overview().get(0).get("state"));
    }

    @Test
    void aKioskThatCouldNotInstallTheVersionFailsItsRing() throws Exception {
        ModuleJarRow jar = store.store(RolloutJars.healthy("1.2.0"), "admin");
        rollouts.start(jar.sha256, null, "admin");
        rollouts.tick();
        long forward = desired(broker.drain(queue("K0001")).get(1)).revision();
        report("K0001", "1.0.0", "UP", null, forward);
        rollouts.tick();
        assertEquals(Rollout.HALTED, overview().get(0).get("state"));
    }

    @Test
    void aRingWithinItsErrorThresholdGoesOn() throws Exception {
        ModuleJarRow jar = store.store(RolloutJars.healthy("1.1.0"), "admin");
        rollouts.start(jar.sha256, 1, "admin");
        rollouts.tick();
        long forward = desired(broker.drain(queue("K0001")).get(1)).revision();
        report("K0001", "1.1.0", "UP", forward, null);
        rollouts.tick();
        clock.pass(HEALTHY);
        rollouts.tick();
        broker.drain(queue("K0002"));
        broker.drain(queue("K0003"));
        report("K0002", "1.1.0", "DOWN", forward, null); // one failed kiosk: the threshold allows it
        report("K0003", "1.1.0", "UP", forward, null);
        rollouts.tick();
        clock.pass(HEALTHY);
        rollouts.tick();
        assertEquals(Rollout.RUNNING, overview().get(0).get("state"));
        assertEquals("1.1.0", desired(broker.drain(queue("K0004")).get(1)).version(), "on to the whole city");
        assertNothingFor("K0002"); // not sent back: its ring went on
    }

    @Test
    void anotherNodeCarriesOnAfterOneStoppedBetweenItsDecisionAndItsSends() throws Exception {
        ModuleJarRow jar = store.store(RolloutJars.healthy("1.1.0"), "admin");
        rollouts.start(jar.sha256, null, "admin");
        Rollouts stopped = node("vm://9"); // no broker there: decided and committed, nothing sent
        stopped.tick();
        stopped.stop();
        assertNothingFor("K0001");

        rollouts.tick();
        List<String> sent = broker.drain(queue("K0001"));
        assertEquals(2, sent.size(), "the jar and the state, once");
        rollouts.tick();
        assertNothingFor("K0001");
        report("K0001", "1.1.0", "UP", desired(sent.get(1)).revision(), null);
        rollouts.tick();
        clock.pass(HEALTHY);
        Rollouts restarted = node("vm://0");
        restarted.tick();
        assertEquals(2, broker.drain(queue("K0002")).size(), "the next ring, from the state in the database");
        restarted.stop();
    }

    @Test
    void aKioskThatReportsAgainWithoutTheStateIsSentItAgain() throws Exception {
        ModuleJarRow jar = store.store(RolloutJars.healthy("1.1.0"), "admin");
        rollouts.start(jar.sha256, null, "admin");
        rollouts.tick();
        assertEquals(2, broker.drain(queue("K0001")).size()); // taken, then lost (say, a kiosk restored from a backup)
        clock.pass(Duration.ofMinutes(2));
        report("K0001", "1.0.0", "UP", null, null);
        rollouts.tick();
        assertEquals(2, broker.drain(queue("K0001")).size(), "under a new duplicate id");
        rollouts.tick();
        assertNothingFor("K0001");
    }

    @Test
    void anUnsignedJarIsRefusedAndNothingStored() throws Exception {
        Problem refused = assertThrows(Problem.class, () -> store.store(RolloutJars.unsigned("1.1.0"), "admin"));
        assertEquals(422, refused.status());
        assertEquals("unsigned", refused.code());
        assertEquals(List.of(), store.list());
        assertEquals(0, city.count("city_module_jar"));
    }

    @Test
    void theSameJarTwiceIsKeptOnceAndRingsDoNotChangeWhileARolloutRuns() throws Exception {
        ModuleJarRow first = store.store(RolloutJars.healthy("1.1.0"), "admin");
        Path again = dir.resolve("again.jar");
        java.nio.file.Files.write(again, store.bytes(first.sha256).orElseThrow());
        assertEquals(first.sha256, store.store(again, "other").sha256);
        assertEquals(1, store.list().size());
        rollouts.start(first.sha256, null, "admin");
        Problem running = assertThrows(Problem.class, () -> rollouts.start(first.sha256, null, "admin"));
        assertEquals(409, running.status());
        Problem locked = assertThrows(Problem.class, () -> city.db.tx(em -> rings.replace(em, List.of(
                new RolloutRings.Ring("Semua", null, null, null, true)))));
        assertEquals("rollout-running", locked.code());
        Problem lookAlike = assertThrows(Problem.class, () -> city.db.tx(em -> rings.replace(em, List.of(
                new RolloutRings.Ring("Uji", null, List.of("Мiroto"), null, false))))); // a Cyrillic M
        assertEquals(422, lookAlike.status());
    }

    private void report(String kiosk, String version, String health, Long applied, Long failed) {
        Instant sent = clock.now().plusMillis(++reports); // each heartbeat later than the one before
        KioskStatus status = new KioskStatus(kiosk, sent.toString(), List.of(new KioskStatus.Module("ROLL",
                version, null, "ACTIVE", health, applied, failed, failed == null ? null : "Module refused")),
                new KioskStatus.Queue(0, 0, null, true, 0));
        city.db.tx(em -> statuses.apply(em, kiosk, sent, SyncJson.write(status), clock.now()));
    }

    private static DesiredModules.Module desired(String json) {
        DesiredModules body = SyncJson.read(json, DesiredModules.class);
        assertEquals(1, body.modules().size());
        return body.modules().get(0);
    }

    private void assertNothingFor(String... kiosks) throws Exception {
        for (String kiosk : kiosks) {
            assertEquals(List.of(), broker.drain(queue(kiosk)), kiosk);
        }
    }

    private static String queue(String kiosk) {
        return SyncProtocol.kioskAddress(kiosk);
    }
}
