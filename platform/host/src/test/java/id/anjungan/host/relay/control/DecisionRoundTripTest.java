package id.anjungan.host.relay.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.cases.control.TestIntake;
import id.anjungan.host.cases.entity.CaseRow;
import id.anjungan.host.cases.entity.CaseStepRow;
import id.anjungan.host.cases.entity.CityCaseState;
import id.anjungan.host.city.control.CityFixture;
import id.anjungan.host.city.control.DownlinkSender;
import id.anjungan.host.city.control.Inbound;
import id.anjungan.host.city.control.TestSenders;
import id.anjungan.host.counters.control.TestCounters;
import id.anjungan.host.downlink.control.Downlink;
import id.anjungan.host.downlink.control.TestDownlink;
import id.anjungan.host.outbox.control.TestOutbox;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.sync.CaseSnapshot;
import id.anjungan.host.threads.Threads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decisions back to the resident (#24): a staff step on the city tier reaches the kiosk that filed the case, once,
 * whichever city node sends it and whenever one dies; the kiosk's copy becomes the city's without an echo, an older
 * state changes nothing, and kiosk staff can no longer step on the case.
 */
class DecisionRoundTripTest {

    @TempDir
    Path dir;
    CityKiosk kiosk;
    CityBroker broker;
    Relay relay;
    CityFixture city;
    final CityKiosk.MovableClock cityClock = new CityKiosk.MovableClock();
    final Threads cityThreads = Threads.plain();
    Downlink downlink;
    TestIntake cityCases;
    final List<DownlinkSender> senders = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        kiosk = new CityKiosk(Files.createDirectories(dir.resolve("kiosk")), true);
        broker = new CityBroker(Files.createDirectories(dir.resolve("broker")), "vm://24");
        relay = kiosk.relay(broker.url);
        city = cityFixture(Files.createDirectories(dir.resolve("city")));
        downlink = TestDownlink.on(city.db, cityClock, true);
        cityCases = new TestIntake(city.db, cityClock, city.audit, TestCounters.on(city.db),
                TestOutbox.on(city.db, cityClock, false, 7));
        cityCases.onTheCityTier(downlink);
    }

    CityFixture cityFixture(Path cityDir) throws Exception {
        return CityFixture.derby(cityDir);
    }

    @AfterEach
    void close() throws Exception {
        senders.forEach(DownlinkSender::stop);
        relay.stop(); // its consumer would otherwise take the next test's messages from the next broker
        cityThreads.close();
        city.close();
        broker.close();
        kiosk.close();
    }

    @Test
    void decisionRoundTrip() throws Exception {
        String tracking = kiosk.intake.file(RelayTest.NIK, null, null);
        toCity();
        cityCases.cases.transition(tracking, "proses", "Survei rumah selesai", RelayTest.TKSK);
        cityCases.cases.annotate(tracking, Map.of("catatan", "layak"), "Dinilai layak", RelayTest.TKSK);
        assertEquals(CaseRow.OWNED_BY_CITY, city.db.read(em -> em.find(CaseRow.class, tracking)).owner);
        assertEquals(2, downlink.unsent(), "one row per step, written with it");

        DownlinkSender node = sender();
        TestSenders.start(node, broker.url);
        awaitApplied(tracking, 3);

        List<CaseStepRow> steps = kiosk.intake.cases.steps(tracking);
        assertEquals(List.of("baru", "diproses", "diproses"), steps.stream().map(s -> s.state).toList());
        assertEquals("Dinilai layak", steps.get(2).note);
        assertEquals("diproses", kiosk.intake.cases.row(tracking).orElseThrow().state);
        assertEquals("layak", kiosk.intake.cases.find(tracking).orElseThrow().data().get("catatan"));
        CityCaseState known = kiosk.intake.cases.cityState(tracking).orElseThrow();
        assertEquals(city.db.read(em -> em.find(CaseRow.class, tracking)).tracking, known.tracking);
        assertEquals(cityCases.cases.steps(tracking).get(2).recorded, known.stepAt, "when the city took the step");
        assertTrue(known.received != null);
        assertEquals(1, node.sent(), "two steps before the send go as one message, the newest state");
        assertEquals(0, downlink.unsent());
        assertEquals(0, kiosk.unsent(), "no echo: the kiosk sends nothing back for the city's steps");
        assertEquals(Long.valueOf(1), kiosk.db.read(em -> em.createQuery("select count(o) from OutboxRow o", Long.class)
                .getSingleResult()), "only the filing's row");

        Problem refused = assertThrows(Problem.class, () -> kiosk.intake.cases.transition(tracking, "proses", "x",
                RelayTest.TKSK));
        assertEquals(409, refused.status());
        assertEquals("city-owns-case", refused.code());
        assertThrows(Problem.class, () -> kiosk.intake.cases.annotate(tracking, Map.of("a", "b"), "x",
                RelayTest.TKSK));
        assertEquals(3, kiosk.intake.cases.steps(tracking).size());

        assertEquals(2, city.count("city_downlink"));
        TestOutbox.retention(city.db, cityClockAt(Duration.ofDays(29)), false, true).prune();
        assertEquals(2, city.count("city_downlink"), "sent rows stay within the retention");
        TestOutbox.retention(city.db, cityClockAt(Duration.ofDays(31)), false, true).prune();
        assertEquals(0, city.count("city_downlink"), "and go after it, with the applied ids");
    }

    private CityKiosk.MovableClock cityClockAt(Duration ahead) {
        CityKiosk.MovableClock later = new CityKiosk.MovableClock();
        later.ahead = ahead;
        return later;
    }

    @Test
    void anOlderStateArrivingLateAndAReplayChangeNothing() throws Exception {
        String tracking = kiosk.intake.file(RelayTest.NIK, null, null);
        toCity();
        cityCases.cases.transition(tracking, "proses", "Survei", RelayTest.TKSK);
        TestSenders.start(sender(), broker.url);
        awaitApplied(tracking, 2);
        CaseSnapshot newest = asCity(tracking, 2);
        cityCases.cases.annotate(tracking, Map.of("catatan", "layak"), "Dinilai layak", RelayTest.TKSK);
        awaitApplied(tracking, 3);
        CityCaseState before = kiosk.intake.cases.cityState(tracking).orElseThrow();

        assertFalse(relay.caseStates.apply(newest), "an older state arriving late");
        assertFalse(relay.caseStates.apply(asCity(tracking, 3)), "the same state again");
        assertEquals(3, kiosk.intake.cases.steps(tracking).size());
        assertEquals("Dinilai layak", kiosk.intake.cases.steps(tracking).get(2).note);
        assertEquals(before.received, kiosk.intake.cases.cityState(tracking).orElseThrow().received);
        assertFalse(relay.caseStates.apply(new CaseSnapshot("K0042", "BANSOS-2612-0042-9999-9999-9", "BANSOS",
                "ajukan", null, null, null, null, "baru", null, null, false, null, null, null, null, Map.of(), null,
                null, null, null, null, null, List.of(), newest.steps())), "a case this kiosk never filed");
    }

    @Test
    void twoCityNodesSendEachDecisionOnce() throws Exception {
        List<String> trackings = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            trackings.add(kiosk.intake.file(RelayTest.NIK, null, null));
        }
        toCity();
        for (String tracking : trackings) {
            cityCases.cases.transition(tracking, "proses", "Survei", RelayTest.TKSK);
        }
        DownlinkSender a = sender();
        DownlinkSender b = sender();
        TestSenders.start(a, broker.url);
        TestSenders.start(b, broker.url);
        await(() -> downlink.unsent() == 0, "all sent");
        assertEquals(12, a.sent() + b.sent(), "each row claimed by one node: a " + a.sent() + ", b " + b.sent());
        for (String tracking : trackings) {
            awaitApplied(tracking, 2);
        }
        assertEquals(0, kiosk.unsent());
    }

    @Test
    void aCityNodeKilledBetweenTheCommitAndTheSendHasTheOtherNodeSendIt() throws Exception {
        String tracking = kiosk.intake.file(RelayTest.NIK, null, null);
        toCity();
        // the step commits on a node that dies before its sender even looks: the row waits for any node
        cityCases.cases.transition(tracking, "proses", "Survei", RelayTest.TKSK);
        AtomicBoolean killed = new AtomicBoolean();
        DownlinkSender dying = sender();
        TestSenders.killedOnceAfterClaiming(dying, () -> killed.set(true));
        TestSenders.start(dying, broker.url);
        await(killed::get, "the node claimed the row and died");
        dying.stop();
        assertEquals(1, downlink.unsent());

        DownlinkSender other = sender();
        TestSenders.start(other, broker.url);
        cityClock.ahead = Duration.ofHours(2); // the dead node's lease (1 hour) ends
        awaitApplied(tracking, 2);
        assertEquals(0, dying.sent());
        assertEquals(1, other.sent());
        assertEquals(0, downlink.unsent());
    }

    private DownlinkSender sender() {
        DownlinkSender sender = TestSenders.of(city.db, downlink, cityThreads, Duration.ofHours(1));
        senders.add(sender);
        return sender;
    }

    /** What the kiosk's relay sends, applied on the city as its consumers apply it. */
    private void toCity() throws Exception {
        RelayTest.drain(relay);
        for (CityBroker.Delivered d : broker.drain()) {
            if (d.text() != null) {
                city.inbox.apply(Inbound.text(d.duplicateId(), d.kind(), d.kiosk(), d.text()));
            }
        }
    }

    /** The kiosk's relay takes the city's messages until the case has the city's {@code steps}. */
    private void awaitApplied(String tracking, int steps) throws Exception {
        for (int i = 0; i < 200 && kiosk.intake.cases.cityState(tracking).map(s -> s.steps).orElse(0) < steps; i++) {
            relay.round();
        }
        assertEquals(steps, kiosk.intake.cases.cityState(tracking).map(s -> s.steps).orElse(0), () -> "unsent "
                + downlink.unsent() + ", sent " + senders.stream().map(DownlinkSender::sent).toList() + ", at the kiosk's"
                + " queue " + kiosk.intake.cases.steps(tracking).size() + " steps");
    }

    /** The kiosk's copy as a city message of its first {@code steps} steps. */
    private CaseSnapshot asCity(String tracking, int steps) {
        CaseRow r = kiosk.intake.cases.row(tracking).orElseThrow();
        List<CaseSnapshot.Step> history = kiosk.intake.cases.steps(tracking).stream().limit(steps)
                .map(CaseStepRow::toStep).toList();
        return new CaseSnapshot(CityKiosk.KIOSK, tracking, r.program, r.service, r.programNameId, r.programNameEn,
                r.serviceTitleId, r.serviceTitleEn, history.get(steps - 1).state(), null, null, false, null, null,
                null, null, Map.of(), null, r.created, null, null, null, null, List.of(), history);
    }

    static void await(BooleanSupplier done, String what) throws InterruptedException {
        for (int i = 0; i < 600 && !done.getAsBoolean(); i++) {
            Thread.sleep(50);
        }
        assertTrue(done.getAsBoolean(), what);
    }

}
