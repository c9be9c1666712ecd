package id.anjungan.host.relay.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.city.control.CityFixture;
import id.anjungan.host.city.control.DownlinkSender;
import id.anjungan.host.city.control.ProgramsPerKelurahan;
import id.anjungan.host.city.control.TestSenders;
import id.anjungan.host.city.control.TestToKiosks;
import id.anjungan.host.city.control.ToKiosks;
import id.anjungan.host.city.control.KioskSites;
import id.anjungan.host.downlink.control.Downlink;
import id.anjungan.host.downlink.control.TestDownlink;
import id.anjungan.host.modules.control.CityPrograms;
import id.anjungan.host.testbundles.DeafProgram;
import id.anjungan.host.testbundles.MisbehavingProgram;
import id.anjungan.host.testbundles.TestBundles;
import id.anjungan.host.modules.control.TestHost;
import id.anjungan.host.modules.entity.ModuleView;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.sync.KelurahanPrograms;
import id.anjungan.host.sync.SyncJson;
import id.anjungan.host.sync.SyncProtocol;
import id.anjungan.host.testbundles.RolloutJars;
import id.anjungan.host.threads.Threads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The programs the city sets for a kelurahan reach its kiosk through the downlink: the kiosk enables exactly those of
 * its installed modules, a listed program it does not have stays absent, an older revision arriving late or a replay
 * changes nothing, and the kiosk's admin can no longer switch a program.
 */
class ProgramsRelayTest {

    static final String SPI = "id.anjungan.spi;version=\"[1.0,2)\"";

    @TempDir
    Path dir;
    CityKiosk kiosk;
    CityBroker broker;
    TestHost host;
    Relay relay;
    CityFixture city;
    Downlink downlink;
    ProgramsPerKelurahan programs;
    DownlinkSender sender;
    final Threads cityThreads = Threads.plain();

    @BeforeEach
    void open() throws Exception {
        kiosk = new CityKiosk(Files.createDirectories(dir.resolve("kiosk")), true);
        broker = new CityBroker(Files.createDirectories(dir.resolve("broker")), "vm://14");
        host = TestHost.start(dir.resolve("modules"));
        host.modules.install(RolloutJars.healthy("1.0.0"));
        host.modules.install(TestBundles.bundle(MisbehavingProgram.class, "BAD", SPI));
        kiosk.modules = () -> host.modules;
        relay = kiosk.relay(broker.url);
        city = CityFixture.derby(Files.createDirectories(dir.resolve("city")));
        downlink = TestDownlink.on(city.db, city.clock, true);
        programs = TestSenders.programs(downlink);
        city.db.tx(em -> {
            TestSenders.knownPrograms(em, city.clock.now(), "ROLL", "BAD", "BPNT");
            new KioskSites().register(em, CityKiosk.KIOSK, "Miroto", "Semarang Tengah", "admin", city.clock.now());
            return null;
        });
        sender = TestSenders.of(city.db, downlink, cityThreads, Duration.ofHours(1));
        TestSenders.start(sender, broker.url);
    }

    @AfterEach
    void close() throws Exception {
        sender.stop();
        relay.stop();
        cityThreads.close();
        city.close();
        host.close();
        broker.close();
        kiosk.close();
    }

    @Test
    void withoutTheCityTheKioskBehavesAsBefore() {
        assertTrue(relay.programs.current().isEmpty());
        relay.programs.refuseLocalSwitch("ROLL"); // the admin here decides
        host.modules.setEnabled("ROLL", false);
        assertEquals(Map.of("ROLL", false, "BAD", true), enabled());
    }

    @Test
    void theKioskEnablesExactlyTheListedProgramsItHas() throws Exception {
        set("ROLL", "BPNT");
        awaitRevision(1);
        assertEquals(Map.of("ROLL", true, "BAD", false), enabled(), "BPNT listed but not installed stays so");
        assertEquals(List.of("ROLL", "BPNT"), CityPrograms.listed(relay.programs.current().orElseThrow()));
        assertEquals("Miroto", relay.programs.current().orElseThrow().kelurahan);

        Problem refused = assertThrows(Problem.class, () -> relay.programs.refuseLocalSwitch("BAD"));
        assertEquals(409, refused.status());
        assertEquals("city-managed", refused.code());
        assertEquals("Program ini diatur oleh server kota", refused.title().id());

        set("BAD");
        awaitRevision(2);
        assertEquals(Map.of("ROLL", false, "BAD", true), enabled());

        ModuleView installed = relay.programs.conform(host.modules.install(TestBundles.bundle(DeafProgram.class,
                "DEAF", SPI)));
        assertFalse(installed.enabled(), "installed here afterwards: off, the city does not list it");
        assertEquals(Map.of("ROLL", false, "BAD", true, "DEAF", false), enabled());
    }

    @Test
    void anOlderRevisionArrivingLateAndAReplayChangeNothing() throws Exception {
        set("ROLL");
        awaitRevision(1);
        set("BAD");
        awaitRevision(2);
        ToKiosks late = TestToKiosks.at(broker.url);
        try {
            // under keys of their own: the broker's duplicate detection is not what keeps them out
            late.sendText(CityKiosk.KIOSK, SyncProtocol.KIND_PROGRAMS, "late-1", SyncJson.write(
                    new KelurahanPrograms("Miroto", List.of("ROLL"), 1)));
            late.sendText(CityKiosk.KIOSK, SyncProtocol.KIND_PROGRAMS, "replay-2", SyncJson.write(
                    new KelurahanPrograms("Miroto", List.of("ROLL"), 2)));
        } finally {
            late.close();
        }
        for (int i = 0; i < 5; i++) {
            relay.round();
        }
        assertEquals(Map.of("ROLL", false, "BAD", true), enabled());
        assertEquals(2, relay.programs.current().orElseThrow().revision);
        assertEquals("BAD", relay.programs.current().orElseThrow().programs);
        assertFalse(relay.programs.apply("Miroto", List.of("ROLL"), 1));
    }

    private void set(String... codes) {
        city.db.tx(em -> programs.set(em, "Miroto", List.of(codes), "admin", city.clock.now()));
    }

    private Map<String, Boolean> enabled() {
        return host.modules.list().stream().collect(Collectors.toMap(ModuleView::code, ModuleView::enabled));
    }

    private void awaitRevision(long revision) throws Exception {
        for (int i = 0; i < 200 && relay.programs.current().map(c -> c.revision).orElse(0L) < revision; i++) {
            relay.round();
        }
        assertEquals(revision, relay.programs.current().map(c -> c.revision).orElse(0L), () -> "unsent "
                + downlink.unsent() + ", sent " + sender.sent());
    }
}
