package id.anjungan.host.relay.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.city.control.TestToKiosks;
import id.anjungan.host.city.control.ToKiosks;
import id.anjungan.host.modules.control.TestHost;
import id.anjungan.host.relay.control.CityBroker.Delivered;
import id.anjungan.host.sync.DesiredModules;
import id.anjungan.host.sync.KioskStatus;
import id.anjungan.host.sync.SyncJson;
import id.anjungan.host.sync.SyncProtocol;
import id.anjungan.host.testbundles.RolloutJars;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kiosk's relay taking the city's module jar and desired state off its queue, reaching the state with its own
 * update, and reporting it in its heartbeat; an unsigned jar put on its queue is refused at the kiosk too.
 */
class RolloutRelayTest {

    @TempDir
    Path dir;
    private CityKiosk kiosk;
    private CityBroker broker;
    private TestHost host;
    private ToKiosks city;
    private Relay relay;

    @BeforeEach
    void open() throws Exception {
        kiosk = new CityKiosk(Files.createDirectories(dir.resolve("kiosk")), true);
        broker = new CityBroker(Files.createDirectories(dir.resolve("broker")), "vm://12");
        host = TestHost.start(dir.resolve("modules"));
        host.modules.install(RolloutJars.healthy("1.0.0"));
        kiosk.modules = () -> host.modules;
        city = TestToKiosks.at(broker.url);
        relay = kiosk.relay(broker.url);
    }

    @AfterEach
    void close() throws Exception {
        relay.stop();
        city.close();
        kiosk.desired.stop();
        kiosk.close();
        host.close();
        broker.close();
    }

    @Test
    void theKioskReachesTheDesiredVersionAndSaysSo() throws Exception {
        relay.round();
        KioskStatus before = status(broker.drain());
        assertEquals("1.0.0", before.modules().get(0).version(), "the first heartbeat goes at once");
        assertEquals(CityKiosk.KIOSK, before.kiosk());

        offer(RolloutJars.healthy("1.1.0"), "1.1.0", 1001);
        relay.round();
        await(() -> "1.1.0".equals(host.modules.view("ROLL").version()), "the module updated");

        kiosk.clock.ahead = Duration.ofMinutes(1); // the next heartbeat is due
        relay.round();
        KioskStatus after = status(broker.drain());
        assertEquals("1.1.0", after.modules().get(0).version());
        assertEquals("UP", after.modules().get(0).health());
        assertEquals(1001L, after.modules().get(0).appliedRevision());
        assertTrue(after.sync().brokerReachable());
    }

    @Test
    void anUnsignedJarOnTheKiosksQueueIsRefused() throws Exception {
        String sha = offer(RolloutJars.unsigned("6.6.6"), "6.6.6", 7001);
        relay.round();
        relay.round();
        await(() -> kiosk.desired.all().stream().anyMatch(d -> Long.valueOf(7001).equals(d.failedRevision)),
                "the state naming it failed");
        assertEquals("1.0.0", host.modules.view("ROLL").version());
        assertTrue(Files.notExists(dir.resolve("kiosk/module-incoming").resolve(sha + ".jar")));

        kiosk.clock.ahead = Duration.ofMinutes(1);
        relay.round();
        List<Delivered> sent = broker.drain();
        KioskStatus status = status(sent);
        assertEquals(7001L, status.modules().get(0).failedRevision(), "the city hears of it");
    }

    /** The city's jar and then its desired state naming it, on the kiosk's queue, as a rollout sends them. */
    private String offer(Path file, String version, long revision) throws Exception {
        byte[] jar = Files.readAllBytes(file);
        String sha = CityKiosk.sha256(jar);
        String key = "K0042:ROLL:" + revision + ":0";
        city.sendBytes(CityKiosk.KIOSK, SyncProtocol.KIND_MODULE_JAR, key, sha, jar);
        city.sendText(CityKiosk.KIOSK, SyncProtocol.KIND_DESIRED_MODULES, key, SyncJson.write(new DesiredModules(
                CityKiosk.KIOSK, List.of(new DesiredModules.Module("ROLL", version, sha, revision)))));
        return sha;
    }

    /** The newest heartbeat among the messages. */
    private static KioskStatus status(List<Delivered> sent) {
        List<Delivered> statuses = sent.stream().filter(d -> SyncProtocol.KIND_STATUS.equals(d.kind())).toList();
        assertTrue(!statuses.isEmpty(), "a heartbeat among " + sent);
        Delivered last = statuses.get(statuses.size() - 1);
        assertTrue(last.duplicateId().startsWith("K0042:status:"), last.duplicateId());
        return SyncJson.read(last.text(), KioskStatus.class);
    }

    private static void await(BooleanSupplier done, String what) throws InterruptedException {
        for (int i = 0; i < 600 && !done.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
        assertTrue(done.getAsBoolean(), what);
    }

}
