package id.anjungan.it.city;

import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * Kiosks simulated at the protocol level (docs/city-sync.md): each sends, as its relay would, a snapshot of every case
 * after its first step and again after its second, with the contract's properties and duplicate ids, resending with the
 * same id while the broker does not answer. {@link #acknowledged} holds what the broker took: the steps of each case
 * whose {@code send()} returned.
 */
final class SimulatedKiosks {

    private static final List<String> KELURAHAN = List.of("Sekayu", "Gabahan", "Kauman", "Jagalan", "Brumbungan");

    final Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
    private final String brokerUrl;

    SimulatedKiosks(String brokerUrl) {
        this.brokerUrl = brokerUrl;
    }

    /** Kiosk {@code number} sends {@code cases} cases of two snapshots each, {@code pauseMillis} apart. */
    void run(int number, int cases, long pauseMillis) throws JMSException, InterruptedException {
        String kiosk = "K%04d".formatted(number);
        try (Connection connection = new ActiveMQConnectionFactory(brokerUrl).createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(session.createQueue("anjungan.city.inbound"));
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            for (int c = 1; c <= cases; c++) {
                String tracking = "CPP-2612-%04d-%08d-0".formatted(number, c);
                for (int steps = 1; steps <= 2; steps++) {
                    String json = snapshot(kiosk, number * 1000 + c, tracking, steps);
                    TextMessage message = session.createTextMessage(json);
                    message.setStringProperty("anjungan_kind", "case");
                    message.setStringProperty("anjungan_kiosk", kiosk);
                    message.setIntProperty("anjungan_schema", 1);
                    message.setStringProperty("_AMQ_DUPL_ID", kiosk + ":case:" + tracking + ":" + steps);
                    sendUntilTaken(producer, message);
                    acknowledged.put(tracking, steps);
                    Thread.sleep(pauseMillis);
                }
            }
        }
    }

    /** As the relay: a send that failed (the broker failing over) is sent again with the same duplicate id. */
    private static void sendUntilTaken(MessageProducer producer, TextMessage message) throws InterruptedException {
        while (true) {
            try {
                producer.send(message);
                return;
            } catch (JMSException e) {
                Thread.sleep(500);
            }
        }
    }

    private static String snapshot(String kiosk, int serial, String tracking, int steps) {
        Instant created = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.HOURS);
        JsonArrayBuilder history = Json.createArrayBuilder();
        for (int i = 0; i < steps; i++) {
            var step = Json.createObjectBuilder().add("recorded", created.plusSeconds(60L * i).toString())
                    .add("state", "s" + i).add("stateLabelId", "Langkah " + i).add("stateLabelEn", "Step " + i)
                    .add("actor", "Petugas TKSK");
            if (i > 0) {
                step.add("transition", "t" + i);
            }
            history.add(step);
        }
        String nik = "337401150%07d".formatted(serial); // serial = kiosk * 1000 + case: never ends in 0000
        return Json.createObjectBuilder().add("kiosk", kiosk).add("tracking", tracking).add("program", "CPP")
                .add("service", "cpp-ajukan").add("programNameId", "Cadangan Pangan")
                .add("programNameEn", "Food reserve").add("serviceTitleId", "Ajukan bantuan")
                .add("serviceTitleEn", "Apply for aid").add("state", "s" + (steps - 1))
                .add("stateLabelId", "Langkah " + (steps - 1)).add("stateLabelEn", "Step " + (steps - 1))
                .add("closed", false).add("subjectNik", nik).add("category", "pangan")
                .add("kelurahan", KELURAHAN.get(serial / 1000 % KELURAHAN.size())).add("kecamatan", "Semarang Tengah")
                .add("data", Json.createObjectBuilder().add("jumlah", "4")).add("created", created.toString())
                .add("due", created.plus(14, ChronoUnit.DAYS).toString()).add("createdBy", "tksk")
                .add("attachments", Json.createArrayBuilder()).add("steps", history).build().toString();
    }
}
