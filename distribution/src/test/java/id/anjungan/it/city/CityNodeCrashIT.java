package id.anjungan.it.city;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.city.CityTopology;
import id.anjungan.it.Kiosk;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue #23, test 2: kill -9 of a city node under 50 syncing kiosks' load (the demo city's three kiosks filing with
 * photos, and 47 kiosks simulated at the protocol level) while staff work the city through HAProxy: every message the
 * broker acknowledged is applied once, and HAProxy retries the staff requests the dead node dropped.
 */
class CityNodeCrashIT {

    private static final int SIMULATED = 47;
    private static final int CASES = Integer.getInteger("city.node.crash.cases", 10);

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void aCityNodeKilledUnderLoadLosesNoAcknowledgedMessageAndNoStaffRequest() throws Exception {
        CityTopology city = City.get();
        SimulatedKiosks simulated = new SimulatedKiosks(city.brokerUrl());
        Kiosk staff = Kiosk.at(city.cityUrl(""));
        staff.authorization(Kiosk.DINSOS); // logged in before the kill: its session must outlive the node
        AtomicBoolean working = new AtomicBoolean(true);
        AtomicBoolean killed = new AtomicBoolean();
        List<String> failed = new ArrayList<>();
        int[] requests = {0};
        Thread desk = new Thread(() -> {
            while (working.get()) {
                Kiosk.Answer a = staff.get("/api/worklist", Kiosk.DINSOS);
                requests[0]++;
                if (a.status() != 200) {
                    failed.add(a.status() + " " + a.body());
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        ExecutorService senders = Executors.newFixedThreadPool(SIMULATED);
        List<Filings.Filed> filed;
        try {
            desk.start();
            List<Future<?>> sending = new ArrayList<>();
            for (int n = 0; n < SIMULATED; n++) {
                int number = 101 + n;
                sending.add(senders.submit(() -> {
                    simulated.run(number, CASES, 150);
                    return null;
                }));
            }
            Thread killer = new Thread(() -> {
                try { // mid-way: the city has applied some of the simulated kiosks' messages, not all
                    long before = CityRecords.applied();
                    while (CityRecords.applied() < before + SIMULATED * CASES / 2) {
                        Thread.sleep(100);
                    }
                    city.node(1).kill();
                    killed.set(true);
                    System.out.printf("CityNodeCrashIT: node1 killed after %d of %d simulated messages applied%n",
                            CityRecords.applied() - before, SIMULATED * CASES * 2);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            killer.start();
            filed = Filings.atEveryKiosk(city.kiosks(), 4, (k, i) -> 50_001 + 100 * k + i);
            for (Future<?> f : sending) {
                f.get();
            }
            killer.join();
            assertTrue(killed.get(), "node1 was killed while the city applied the kiosks' messages");
            Arrivals.await(filed);
            awaitSimulated(simulated.acknowledged);
        } finally {
            working.set(false);
            desk.join();
            senders.shutdownNow();
            if (!city.node(1).alive()) { // the tests after this one share the city
                city.node(1).start();
                city.awaitNode(1);
            }
        }
        Arrivals.assertWholeAndOnce(filed);
        Map<String, Integer> cases = CityRecords.cases();
        Map<String, Integer> steps = CityRecords.steps();
        for (Map.Entry<String, Integer> sent : simulated.acknowledged.entrySet()) {
            assertEquals(1, cases.getOrDefault(sent.getKey(), 0), "case " + sent.getKey() + " at the city");
            assertEquals(sent.getValue(), steps.get(sent.getKey()), "steps of " + sent.getKey());
        }
        assertEquals(SIMULATED * CASES, simulated.acknowledged.size());
        System.out.printf("CityNodeCrashIT: %d staff requests through HAProxy, %d failed%n", requests[0],
                failed.size());
        assertTrue(requests[0] > 10, "staff worked during the kill: " + requests[0]);
        assertEquals(List.of(), failed, "staff requests through HAProxy around kill -9 of a city node");
    }

    /** Waits until the city holds every simulated case with the steps its last acknowledged snapshot had. */
    private static void awaitSimulated(Map<String, Integer> acknowledged) throws Exception {
        long deadline = System.nanoTime() + Arrivals.WITHIN.toNanos();
        while (true) {
            Map<String, Integer> atCity = CityRecords.kioskSteps();
            long missing = acknowledged.entrySet().stream()
                    .filter(e -> !e.getValue().equals(atCity.get(e.getKey()))).count();
            if (missing == 0) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(missing + " of " + acknowledged.size()
                        + " acknowledged simulated cases not at the city after " + Arrivals.WITHIN);
            }
            Thread.sleep(1000);
        }
    }
}
