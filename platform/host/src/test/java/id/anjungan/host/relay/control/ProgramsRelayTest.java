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
import id.anjungan.host.sync.ProgramsReleased;
import id.anjungan.host.sync.SyncJson;
import id.anjungan.host.sync.SyncProtocol;
import id.anjungan.host.testbundles.RolloutJars;
import id.anjungan.host.threads.Threads;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The programs the city sets for a kelurahan reach its kiosk through the downlink: the kiosk enables exactly those of
 * its installed modules, a listed program it does not have stays absent, an older revision arriving late or a replay
 * changes nothing, and the kiosk's admin can no longer switch a program. After the city hands the kelurahan back the
 * kiosk keeps what it runs and its admin switches again; of hand-backs and lists the latest revision wins, replayed,
 * late or met all at once by a kiosk that was away.
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

        assertFalse(installDeaf().enabled(), "installed here afterwards: off, the city does not list it");
        assertEquals(Map.of("ROLL", false, "BAD", true, "DEAF", false), enabled());
    }

    @Test
    void anOlderRevisionArrivingLateAndAReplayChangeNothing() throws Exception {
        set("ROLL");
        awaitRevision(1);
        set("BAD");
        awaitRevision(2);
        sendLate(SyncProtocol.KIND_PROGRAMS, "late-1", new KelurahanPrograms("Miroto", List.of("ROLL"), 1));
        sendLate(SyncProtocol.KIND_PROGRAMS, "replay-2", new KelurahanPrograms("Miroto", List.of("ROLL"), 2));
        rounds();
        assertEquals(Map.of("ROLL", false, "BAD", true), enabled());
        assertEquals(2, relay.programs.current().orElseThrow().revision);
        assertEquals("BAD", relay.programs.current().orElseThrow().programs);
        assertFalse(relay.programs.apply("Miroto", List.of("ROLL"), 1));
    }

    @Test
    void theHandBackKeepsWhatRunsAndTheAdminHereSwitchesAgain() throws Exception {
        runRollThenHandedBack();
        assertTrue(relay.programs.current().isEmpty(), "no longer city-managed");
        assertEquals(Map.of("ROLL", true, "BAD", false), enabled(), "the programs it ran stay as they are");
        assertEquals("ROLL", relay.programs.held().orElseThrow().programs);
        relay.programs.refuseLocalSwitch("BAD"); // the admin here decides again
        host.modules.setEnabled("BAD", true);
        assertTrue(installDeaf().enabled(), "installed here afterwards: as installed, the city sets nothing");
        assertEquals(Map.of("ROLL", true, "BAD", true, "DEAF", true), enabled());
    }

    @Test
    void aHandBackReplayedOrAStaleListAfterItChangesNothing() throws Exception {
        runRollThenHandedBack();
        host.modules.setEnabled("BAD", true); // the admin here, after the hand-back
        sendLate(SyncProtocol.KIND_PROGRAMS, "late-1", new KelurahanPrograms("Miroto", List.of("ROLL"), 1));
        sendLate(SyncProtocol.KIND_PROGRAMS_RELEASED, "replay-2", new ProgramsReleased("Miroto", 2));
        rounds();
        assertTrue(relay.programs.current().isEmpty(), "the list older than the hand-back does not take over");
        assertEquals(2, relay.programs.held().orElseThrow().revision);
        assertEquals(Map.of("ROLL", true, "BAD", true), enabled());
        assertFalse(relay.programs.apply("Miroto", List.of("ROLL"), 2));
    }

    @Test
    void aListAfterTheHandBackTakesOverAndTheHandBackReplayedAfterItChangesNothing() throws Exception {
        runRollThenHandedBack();
        set("BAD");
        awaitRevision(3);
        assertEquals(Map.of("ROLL", false, "BAD", true), enabled());
        sendLate(SyncProtocol.KIND_PROGRAMS_RELEASED, "replay-2", new ProgramsReleased("Miroto", 2));
        rounds();
        assertEquals(3, relay.programs.current().orElseThrow().revision, "still city-managed");
        assertThrows(Problem.class, () -> relay.programs.refuseLocalSwitch("ROLL"));
        assertFalse(relay.programs.release("Miroto", 3));
    }

    @Test
    void aKioskOfflineThroughTheChangesEndsAtTheLatestDecision() throws Exception {
        set("ROLL");
        awaitRevision(1);
        release(); // the kiosk is away: its queue keeps what the city sends meanwhile
        set("BAD");
        awaitSent();
        rounds();
        assertEquals(3, relay.programs.current().orElseThrow().revision, "handed back, then set again: set");
        assertEquals(Map.of("ROLL", false, "BAD", true), enabled());

        set("ROLL", "BAD");
        release();
        awaitSent();
        rounds();
        assertTrue(relay.programs.current().isEmpty(), "set, then handed back: handed back");
        assertEquals(5, relay.programs.held().orElseThrow().revision);
        relay.programs.refuseLocalSwitch("ROLL");
    }

    @Test
    void aKioskThatDoesNotKnowTheHandBackDropsItAndKeepsTheList() throws Exception {
        set("ROLL");
        awaitRevision(1);
        sendLate("programs-unknown-kind", "future-2", new ProgramsReleased("Miroto", 2));
        rounds();
        assertEquals(1, relay.programs.current().orElseThrow().revision, "an unknown kind is dropped, as an old"
                + " kiosk drops programs-released");
        set("BAD");
        awaitRevision(2);
        assertEquals(Map.of("ROLL", false, "BAD", true), enabled(), "and the messages after it still arrive");
    }

    @Test
    void aMessageForAnotherKioskThatReachesThisOneChangesNothing() throws Exception {
        set("ROLL");
        awaitRevision(1);
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(broker.url);
             Connection connection = factory.createConnection()) { // misrouted: another kiosk's order in this queue
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Message message = session.createTextMessage(SyncJson.write(
                    new KelurahanPrograms("Miroto", List.of("BAD"), 2)));
            message.setStringProperty(SyncProtocol.KIND, SyncProtocol.KIND_PROGRAMS);
            message.setStringProperty(SyncProtocol.KIOSK, "K0999");
            message.setIntProperty(SyncProtocol.SCHEMA_PROPERTY, SyncProtocol.SCHEMA);
            session.createProducer(session.createQueue(SyncProtocol.kioskAddress(CityKiosk.KIOSK))).send(message);
        }
        rounds();
        assertEquals(1, relay.programs.current().orElseThrow().revision);
        assertEquals(Map.of("ROLL", true, "BAD", false), enabled());
        assertEquals(0, broker.waiting(CityKiosk.KIOSK), "dropped, not left to block the queue");
        set("BAD");
        awaitRevision(2);
        assertEquals(Map.of("ROLL", false, "BAD", true), enabled(), "its own revision 2 still applies");
    }

    @Test
    void aKioskIdFromAMessageIsLoggedAsAKioskIdOnly() {
        assertEquals("K0999", Relay.printable("K0999"));
        assertEquals("K0?999?x", Relay.printable("K0\n999\u202ex"));
        assertEquals("3374••••••••0003", Relay.printable("3374014101800003"));
        assertEquals(41, Relay.printable("K".repeat(100)).length());
    }

    /** A module the admin here installs, as the admin's install conforms it to the city's list. */
    private ModuleView installDeaf() throws Exception {
        return relay.programs.conform(host.modules.install(TestBundles.bundle(DeafProgram.class, "DEAF", SPI)));
    }

    /** The city set ROLL alone (revision 1), then handed the kelurahan back (revision 2), and the kiosk took both. */
    private void runRollThenHandedBack() throws Exception {
        set("ROLL");
        awaitRevision(1);
        release();
        awaitHeld(2);
    }

    private void release() {
        city.db.tx(em -> programs.release(em, "Miroto", "admin", city.clock.now()));
    }

    private void sendLate(String kind, String key, Object body) throws Exception {
        ToKiosks late = TestToKiosks.at(broker.url);
        try { // under a key of its own: the broker's duplicate detection is not what keeps it out
            late.sendText(CityKiosk.KIOSK, kind, key, SyncJson.write(body));
        } finally {
            late.close();
        }
    }

    private void rounds() throws Exception {
        for (int i = 0; i < 5; i++) {
            relay.round();
        }
    }

    private void awaitSent() throws Exception {
        for (int i = 0; i < 200 && downlink.unsent() > 0; i++) {
            Thread.sleep(50);
        }
        assertEquals(0, downlink.unsent(), () -> "sent " + sender.sent());
    }

    private void awaitHeld(long revision) throws Exception {
        for (int i = 0; i < 200 && relay.programs.held().map(c -> c.revision).orElse(0L) < revision; i++) {
            relay.round();
        }
        assertEquals(revision, relay.programs.held().map(c -> c.revision).orElse(0L));
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
