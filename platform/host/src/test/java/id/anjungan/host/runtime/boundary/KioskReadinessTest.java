package id.anjungan.host.runtime.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.modules.control.ModuleJars;
import id.anjungan.host.modules.control.ModuleManager;
import id.anjungan.host.modules.control.TestHost;
import id.anjungan.host.modules.entity.ModuleView;
import id.anjungan.host.platform.control.SystemClock;
import id.anjungan.host.rollout.control.TestRollouts;
import id.anjungan.host.sync.KioskStatus;
import id.anjungan.host.testbundles.HangingHealthProgram;
import id.anjungan.host.testbundles.TestBundles;
import id.anjungan.host.testbundles.UnconfiguredProgram;
import id.anjungan.host.threads.Threads;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program that answers but reports a problem of its own is DOWN in readiness as in the module list and the heartbeat
 * to the city, with its reason masked; the kiosk stays ready, since it still serves its other programs.
 */
class KioskReadinessTest {

    static final String SPI = "id.anjungan.spi;version=\"[1.0,2)\"";

    @TempDir
    Path home;
    private TestHost host;
    private final Threads threads = Threads.plain();

    @BeforeEach
    void start() throws Exception {
        host = TestHost.start(home);
        host.modules.install(ModuleJars.example());
        host.modules.install(TestBundles.bundle(UnconfiguredProgram.class, "CONF", SPI));
    }

    @AfterEach
    void stop() {
        threads.close();
        host.close();
    }

    @Test
    void aProgramWithAProblemIsDownInReadinessWithItsReasonMasked() throws Exception {
        HealthCheckResponse answer = KioskReadiness.answer(host.modules.allEnabledActive(), awaitHealth("CONF", "DOWN"));

        assertEquals(HealthCheckResponse.Status.UP, answer.getStatus(), "one broken program leaves the others served");
        Map<String, Object> data = answer.getData().orElseThrow();
        assertEquals("DOWN", data.get("CONF"));
        assertEquals("UP", data.get("RUJUKAN"));
        assertEquals(1L, data.get("modulesDown"));
        String reason = (String) data.get("CONF.problem");
        assertTrue(reason.startsWith("Alamat layanan belum diatur") && reason.contains("Service address not set"),
                reason);
        assertTrue(reason.contains("3374••••••••0003"), reason);
        assertFalse(data.toString().contains(UnconfiguredProgram.NIK), "no NIK in full: " + data);
        assertFalse(data.containsKey("RUJUKAN.problem"));
    }

    @Test
    void readinessTheModuleListAndTheHeartbeatAgree() throws Exception {
        Map<String, String> readiness = awaitHealth("CONF", "DOWN").entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().health()));
        Map<String, String> list = host.modules.list().stream()
                .collect(Collectors.toMap(ModuleView::code, ModuleView::health));
        KioskStatus status = TestRollouts.heartbeat(TestRollouts.desiredState(host.db, new SystemClock(), threads,
                home.resolve("incoming"), () -> host.modules), new SystemClock(), () -> host.modules,
                Duration.ofSeconds(30)).now("K0042", Map.of()).orElseThrow();
        Map<String, String> heartbeat = status.modules().stream()
                .collect(Collectors.toMap(KioskStatus.Module::code, KioskStatus.Module::health));

        assertEquals(Map.of("CONF", "DOWN", "RUJUKAN", "UP"), readiness);
        assertFalse(status.toString().contains(UnconfiguredProgram.NIK), "the heartbeat names no NIK: " + status);
        assertFalse(host.modules.list().toString().contains(UnconfiguredProgram.NIK), "nor does the module list");
        assertEquals(readiness, list);
        assertEquals(readiness, heartbeat);

        host.modules.setEnabled("CONF", false);
        assertEquals("DISABLED", host.modules.health().get("CONF").health());
        assertEquals(null, host.modules.health().get("CONF").problem(), "switched off: nothing asked of it");
        assertEquals(0L, KioskReadiness.answer(true, host.modules.health()).getData().orElseThrow().get("modulesDown"));
    }

    /**
     * A program whose health check starts to hang: readiness answers without it (UP, as it last answered) instead of
     * waiting, which would have made it DOWN after the call's timeout; once the ask it started has timed out, the module
     * is DOWN as not answering, the others UP.
     */
    @Test
    void readinessNeverWaitsForAProgramWhoseHealthCheckHangs() throws Exception {
        host.modules.install(TestBundles.bundle(HangingHealthProgram.class, "HANG", SPI));
        assertEquals("UP", awaitHealth("HANG", "UP").get("HANG").health());
        System.setProperty(HangingHealthProgram.HANG, "true");
        try {
            Map<String, ModuleManager.Condition> first = host.modules.health();
            assertEquals("UP", first.get("HANG").health(), "not waited for: " + first);
            ModuleManager.Condition hanging = awaitHealth("HANG", "DOWN").get("HANG");
            assertTrue(hanging.problem().en().contains("failed its health check"), hanging.toString());
            assertEquals("UP", host.modules.health().get("RUJUKAN").health(), "the others unaffected");
        } finally {
            System.clearProperty(HangingHealthProgram.HANG);
        }
    }

    /** Readiness once module {@code code} shows {@code health}: it asks programs without waiting, so it is polled. */
    private Map<String, ModuleManager.Condition> awaitHealth(String code, String health) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Map<String, ModuleManager.Condition> seen = host.modules.health();
        while (!health.equals(seen.get(code).health()) && System.nanoTime() < end) {
            Thread.sleep(50);
            seen = host.modules.health();
        }
        return seen;
    }
}
