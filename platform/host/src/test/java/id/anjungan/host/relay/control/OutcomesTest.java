package id.anjungan.host.relay.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.cases.control.CaseViews;
import id.anjungan.host.cases.entity.CaseRow;
import id.anjungan.host.persistence.JsonText;
import id.anjungan.host.sync.CaseSnapshot;
import id.anjungan.host.sync.Outcome;
import id.anjungan.host.sync.SyncJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The city's outcomes on the kiosk: applied once, told to the resident; and no NIK in full in the kiosk's log. */
class OutcomesTest {

    @TempDir
    Path dir;

    @Test
    void aClaimConflictFromTheCityIsNotedOnTheCaseOnceHoweverOftenItArrives() throws Exception {
        try (CityKiosk kiosk = new CityKiosk(Files.createDirectories(dir.resolve("kiosk")), true);
             CityBroker broker = new CityBroker(Files.createDirectories(dir.resolve("broker")))) {
            String tracking = kiosk.intake.file(RelayTest.NIK, null, "3374010101010001");
            Relay relay = kiosk.relay(CityBroker.URL);
            RelayTest.drain(relay);
            String other = "BANSOS-2612-0007-1234-5678-9";
            String json = SyncJson.write(new Outcome("K0042", tracking, Outcome.CLAIM_CONFLICT, other));
            broker.toKiosk(json, null); // as after a city node's failover: the same outcome twice
            broker.toKiosk(json, null);
            broker.toKiosk(SyncJson.write(new Outcome("K0042", tracking, Outcome.RECEIVED, null)), null);
            for (int i = 0; i < 3; i++) {
                relay.round();
            }

            assertEquals(2, kiosk.intake.cases.steps(tracking).size(), "the filing and one note of the conflict");
            CaseRow row = kiosk.intake.cases.row(tracking).orElseThrow();
            assertEquals(other, JsonText.readMap(row.data).get(CaseViews.CLAIM_CONFLICT));
            String note = kiosk.intake.cases.steps(tracking).get(1).note;
            assertTrue(note.startsWith("Pengajuan ini sedang ditinjau TKSK"), note);
            assertTrue(note.contains(other) && note.contains("reviewed by the TKSK"), note);
            assertEquals(List.of("claim-conflict", "received"), kiosk.db.read(em -> em.createQuery(
                    "select o.outcome from OutcomeRow o order by o.outcome", String.class).getResultList()));
            assertFalse(relay.outcomes.apply(new Outcome("K0042", tracking, Outcome.CLAIM_CONFLICT, other)),
                    "applied before: nothing changes");
            assertEquals(2, kiosk.intake.cases.steps(tracking).size());
            RelayTest.drain(relay);
            List<CityBroker.Delivered> received = broker.drain();
            assertTrue(received.stream().anyMatch(d -> d.duplicateId().equals("K0042:case:" + tracking + ":2")),
                    "the note went to the city like any annotation");
            CaseSnapshot filed = SyncJson.read(received.stream().filter(d -> d.duplicateId().equals("K0042:case:"
                    + tracking + ":1")).findFirst().orElseThrow().text(), CaseSnapshot.class);
            assertEquals("case:BANSOS", filed.claimScope(), "the city settles the claim across kiosks");
            assertEquals("3374010101010001", filed.claimKey());
        }
    }

    @Test
    void theKiosksLogNamesNoNikInFullWhileRelaying() throws Exception {
        List<String> logged = new ArrayList<>();
        SimpleFormatter format = new SimpleFormatter();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord entry) {
                logged.add(format.format(entry));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try (CityKiosk kiosk = new CityKiosk(Files.createDirectories(dir.resolve("kiosk")), true)) {
            Relay relay = kiosk.relay(CityBroker.URL);
            String tracking = kiosk.intake.file(RelayTest.NIK, null, null);
            try (CityBroker broker = new CityBroker(Files.createDirectories(dir.resolve("broker")))) {
                RelayTest.drain(relay);
                broker.toKiosk("{not json", null);
                broker.toKiosk(SyncJson.write(new Outcome("K0042", "BANSOS-2612-0042-0000-0000-0", Outcome.RECEIVED,
                        null)), null);
                relay.round();
                broker.stop();
                kiosk.intake.cases.transition(tracking, "proses", "NIK " + RelayTest.NIK + " dicek", OutboxRuleTest.TKSK);
                relay.start(); // fails against the stopped broker, logs it, tries again
                Thread.sleep(1500);
                relay.stop();
                broker.start();
            }
        } finally {
            root.removeHandler(capture);
        }
        assertTrue(logged.stream().anyMatch(l -> l.contains("not understood")), "the log was captured: " + logged);
        List<String> naming = logged.stream().filter(l -> l.contains(RelayTest.NIK)).toList();
        assertEquals(List.of(), naming);
    }
}
