package id.anjungan.host.rollout.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.modules.control.CityPrograms;
import id.anjungan.host.modules.control.ModuleJars;
import id.anjungan.host.modules.control.TestCityPrograms;
import id.anjungan.host.modules.control.TestHost;
import id.anjungan.host.modules.entity.ModuleView;
import id.anjungan.host.platform.control.SystemClock;
import id.anjungan.host.rollout.entity.DesiredModule;
import id.anjungan.host.sync.DesiredModules;
import id.anjungan.host.sync.KioskStatus;
import id.anjungan.host.testbundles.RolloutJars;
import id.anjungan.host.threads.Threads;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kiosk reconciling the city's desired module state with its own install, update and rollback: forward to a new
 * version, to a version that goes DOWN, back again; an older state arriving late, a jar that is not what its hash says
 * and an unsigned jar change nothing. A program the rollout brings for the first time obeys the city's programs list.
 */
class DesiredStateTest {

    @TempDir
    Path home;
    private TestHost host;
    private DesiredState desired;
    private CityPrograms programs;
    private final Threads threads = Threads.plain();

    @BeforeEach
    void start() throws Exception {
        host = TestHost.start(home);
        desired = TestRollouts.desiredState(host.db, new SystemClock(), threads, home.resolve("incoming"),
                () -> host.modules);
        programs = TestCityPrograms.on(host.db, new SystemClock(), () -> host.modules);
        host.modules.install(RolloutJars.healthy("1.0.0"));
    }

    @AfterEach
    void stop() {
        desired.stop();
        threads.close();
        host.close();
    }

    @Test
    void forwardToAFailingVersionAndBackAgain() throws Exception {
        String good = send(RolloutJars.healthy("1.1.0"));
        desire("1.1.0", good, 1001);
        assertEquals("1.1.0", roll().version());
        assertEquals("UP", roll().health());
        assertEquals(1001L, row().appliedRevision);

        assertFalse(desired.desire(new DesiredModules("K0042", List.of(new DesiredModules.Module("ROLL", "1.0.0",
                null, 1000)))), "an older state arriving late changes nothing");
        desired.reconcile();
        assertEquals("1.1.0", roll().version());

        String failing = send(RolloutJars.failing("2.0.0"));
        desire("2.0.0", failing, 2001);
        assertEquals("2.0.0", roll().version());
        assertEquals("DOWN", roll().health(), "installed, then unhealthy: what the city's rollout watches for");
        KioskStatus.Module reported = heartbeat().modules().stream().filter(m -> m.code().equals("ROLL"))
                .findFirst().orElseThrow();
        assertEquals("DOWN", reported.health());
        assertEquals(2001L, reported.appliedRevision());
        assertTrue(reported.problem().contains("Broken on purpose"), reported.problem());

        desire("1.1.0", null, 2002); // the city halted the rollout: back to the version this kiosk ran before
        assertEquals("1.1.0", roll().version());
        assertEquals("UP", roll().health());
        assertEquals(2002L, row().appliedRevision);
    }

    @Test
    void anUnsignedJarIsRefusedAndTheStateNamingItFails() throws Exception {
        Path unsigned = RolloutJars.unsigned("3.0.0");
        String sha = sha256(Files.readAllBytes(unsigned));
        assertFalse(desired.keepJar(sha, new ByteArrayInputStream(Files.readAllBytes(unsigned))));
        assertFalse(Files.exists(home.resolve("incoming").resolve(sha + ".jar")), "nothing kept");
        desire("3.0.0", sha, 3001);
        assertEquals("1.0.0", roll().version(), "the module stays as it was");
        assertEquals(3001L, row().failedRevision);
        assertNull(row().appliedRevision);
        assertTrue(row().problem.contains("refused (signature)"), row().problem);
        assertEquals(3001L, heartbeat().modules().get(0).failedRevision(), "the city hears of it");
    }

    @Test
    void aJarWhoseBytesAreNotItsHashIsNotKept() throws Exception {
        byte[] jar = Files.readAllBytes(RolloutJars.healthy("1.2.0"));
        String claimed = sha256(Files.readAllBytes(RolloutJars.healthy("1.3.0")));
        assertFalse(desired.keepJar(claimed, new ByteArrayInputStream(jar)));
        desire("1.3.0", claimed, 4001);
        assertEquals("1.0.0", roll().version());
        assertEquals(4001L, row().failedRevision);
    }

    @Test
    void withoutACityListAProgramNewHereStartsEnabled() throws Exception {
        bringRujukan("2.0.0", 5001);
        assertTrue(rujukan().enabled());
        assertEquals("UP", rujukan().health());
    }

    @Test
    void aCityListThatDoesNotNameAProgramNewHereKeepsItOff() throws Exception {
        assertTrue(programs.apply("Miroto", List.of("ROLL"), 7));
        bringRujukan("2.0.0", 5001);
        assertEquals("2.0.0", rujukan().version(), "installed as the city asked");
        assertFalse(rujukan().enabled(), "but Miroto does not run it");
        assertEquals("DISABLED", rujukan().health());
        assertEquals(5001L, host.db.read(em -> em.find(DesiredModule.class, "RUJUKAN")).appliedRevision,
                "the rollout reached its state: no retry, no failure");
        assertTrue(roll().enabled(), "the listed program stays on");

        bringRujukan("2.1.0", 5002);
        assertFalse(rujukan().enabled(), "an update keeps it off");
    }

    @Test
    void aCityListThatNamesAProgramNewHereLetsItRun() throws Exception {
        assertTrue(programs.apply("Miroto", List.of("ROLL", "RUJUKAN"), 7));
        bringRujukan("2.0.0", 5001);
        assertTrue(rujukan().enabled());
        assertEquals("UP", rujukan().health());
    }

    @Test
    void aCityListArrivingAfterTheJarSwitchesTheProgram() throws Exception {
        bringRujukan("2.0.0", 5001);
        assertTrue(rujukan().enabled(), "no list yet: as installed");

        assertTrue(programs.apply("Miroto", List.of("ROLL"), 7));
        assertFalse(rujukan().enabled(), "the list came and does not name it");

        String sha = send(ModuleJars.example("2.1.0"));
        assertTrue(desired.desire(new DesiredModules("K0042", List.of(new DesiredModules.Module("RUJUKAN", "2.1.0", sha,
                5002)))), "received, reconciled later on the rollout thread");
        assertTrue(programs.apply("Miroto", List.of("ROLL", "RUJUKAN"), 8));
        desired.reconcile();
        assertEquals("2.1.0", rujukan().version());
        assertTrue(rujukan().enabled(), "a newer list names it");
    }

    private void bringRujukan(String version, long revision) throws Exception {
        String sha = send(ModuleJars.example(version));
        assertTrue(desired.desire(new DesiredModules("K0042", List.of(new DesiredModules.Module("RUJUKAN", version, sha,
                revision)))));
        desired.reconcile();
    }

    private ModuleView rujukan() {
        return host.modules.view("RUJUKAN");
    }

    private String send(Path jar) throws Exception {
        byte[] bytes = Files.readAllBytes(jar);
        String sha = sha256(bytes);
        assertTrue(desired.keepJar(sha, new ByteArrayInputStream(bytes)));
        return sha;
    }

    private void desire(String version, String sha, long revision) {
        assertTrue(desired.desire(new DesiredModules("K0042", List.of(new DesiredModules.Module("ROLL", version, sha,
                revision)))));
        desired.reconcile(); // on this thread; the rollout thread finds it done
    }

    private ModuleView roll() {
        return host.modules.view("ROLL");
    }

    private DesiredModule row() {
        return host.db.read(em -> em.find(DesiredModule.class, "ROLL"));
    }

    private KioskStatus heartbeat() {
        return TestRollouts.heartbeat(desired, new SystemClock(), () -> host.modules, Duration.ofSeconds(30))
                .now("K0042", Map.of("queued", 2L)).orElseThrow();
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
