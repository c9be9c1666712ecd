package id.anjungan.host.relay.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.recipients.control.StoredRecipientLists;
import id.anjungan.host.recipients.control.TestRecipientImport;
import id.anjungan.host.relay.control.CityBroker.Delivered;
import id.anjungan.host.relay.entity.AppliedList;
import id.anjungan.host.sync.ListRequest;
import id.anjungan.host.sync.SyncJson;
import id.anjungan.host.sync.SyncProtocol;
import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kiosk (kelurahan Miroto) taking the city's recipient lists from an embedded broker: loaded once per version, its
 * own kelurahan's rows only (nothing of another kelurahan reaches its disk), a damaged list refused.
 */
class CityListsTest {

    static final String HEADER = "nik,kk,name,address,rt,rw,kelurahan,channel\n";

    @TempDir
    Path dir;
    private CityKiosk kiosk;
    private CityBroker broker;
    private Relay relay;
    private StoredRecipientLists stored;
    private int serial;

    @BeforeEach
    void open() throws Exception {
        kiosk = new CityKiosk(Files.createDirectories(dir.resolve("kiosk")), true);
        broker = new CityBroker(Files.createDirectories(dir.resolve("broker")), "vm://24");
        relay = kiosk.relay(broker.url);
        stored = TestRecipientImport.lists(kiosk.db, kiosk.threads);
    }

    @AfterEach
    void close() throws Exception {
        relay.disconnect(); // else its client reconnects to the next test's broker and takes its messages
        kiosk.close();
        broker.close();
    }

    String nik() {
        serial++;
        return String.format("337401%02d%02d%02d%04d", serial % 28 + 1, serial / 28 % 12 + 1, 81, serial);
    }

    static String row(String nik, String kelurahan) {
        return nik + ",33740112" + nik.substring(8) + ",Warga " + nik.substring(12) + ",Jl. Pemuda 2,003,004,"
                + kelurahan + ",BRI\n";
    }

    static byte[] gzip(String csv) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(csv.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** What the city sends: the body, its hash as claimed, version {@code version} of BPNT 2026-11. */
    void send(long version, byte[] body, String sha256) throws Exception {
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(broker.url);
             Connection connection = factory.createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(session.createQueue(
                    SyncProtocol.kioskAddress(CityKiosk.KIOSK)));
            BytesMessage message = session.createBytesMessage();
            message.writeBytes(body);
            message.setStringProperty(SyncProtocol.KIND, SyncProtocol.KIND_RECIPIENT_LIST);
            message.setStringProperty(SyncProtocol.KIOSK, CityKiosk.KIOSK);
            message.setIntProperty(SyncProtocol.SCHEMA_PROPERTY, SyncProtocol.SCHEMA);
            message.setStringProperty(SyncProtocol.PROGRAM, "BPNT");
            message.setStringProperty(SyncProtocol.PERIOD, "2026-11");
            message.setStringProperty(SyncProtocol.LIST_SOURCE, "SP2D");
            message.setLongProperty(SyncProtocol.LIST_VERSION, version);
            message.setStringProperty(SyncProtocol.SHA256, sha256);
            message.setStringProperty(SyncProtocol.DUPLICATE_ID, "city:recipient-list:BPNT:" + version + ":"
                    + CityKiosk.KIOSK + ":" + System.nanoTime());
            producer.send(message);
        }
    }

    void send(long version, String csv) throws Exception {
        byte[] body = gzip(csv);
        send(version, body, CityKiosk.sha256(body));
    }

    /** A few relay rounds: each takes every message waiting. */
    void take() throws Exception {
        for (int i = 0; i < 3; i++) {
            relay.round();
        }
    }

    /**
     * Messages left at the kiosk's queue once the relay's link closed; an acknowledgement reaches the broker a moment
     * after {@code acknowledge()} returned, so this waits (boundedly) for the count to settle.
     */
    long leftAtTheBroker() throws InterruptedException {
        relay.disconnect();
        for (int i = 0; i < 100 && broker.waiting(CityKiosk.KIOSK) > 0; i++) {
            Thread.sleep(50);
        }
        return broker.waiting(CityKiosk.KIOSK);
    }

    boolean holds(String nik) {
        return stored.find("BPNT", "2026-11", nik).isPresent();
    }

    long held() {
        return kiosk.lists().version("BPNT");
    }

    /** Whether any file under the kiosk's home holds these bytes (its Derby is not encrypted in tests). */
    boolean onDisk(String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.US_ASCII);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(kiosk.dir)) {
            all.filter(Files::isRegularFile).forEach(files::add);
        }
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            outer:
            for (int i = 0; i + needle.length <= bytes.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (bytes[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return true;
            }
        }
        return false;
    }

    @Test
    void loadsItsOwnKelurahansRowsAndRefusesEveryOtherBeforeTheyReachTheDisk() throws Exception {
        List<String> own = List.of(nik(), nik(), nik());
        List<String> foreign = List.of(nik(), nik(), nik());
        send(1, HEADER + row(own.get(0), "Miroto") + row(foreign.get(0), "Pekunden") + row(own.get(1), " miroto")
                + row(foreign.get(1), "Mir\u043Eto") // a Cyrillic о
                + row(own.get(2), "MIROTO") + row(foreign.get(2), "Miroto Baru"));
        take();

        own.forEach(n -> assertTrue(holds(n), "own resident loaded"));
        foreign.forEach(n -> assertFalse(holds(n), "another kelurahan's resident refused"));
        AppliedList applied = kiosk.db.read(em -> em.find(AppliedList.class, "BPNT"));
        assertEquals(1, applied.version);
        assertEquals(3, applied.rows);
        assertEquals(3, applied.refused);
        assertEquals("SP2D", kiosk.db.read(em -> em.find(id.anjungan.host.recipients.entity.RecipientListRow.class,
                "BPNT/2026-11")).source, "the city's source kept");
        kiosk.db.close(); // Derby's files as they stay on disk
        for (String n : foreign) {
            assertFalse(onDisk(n), "no file of the kiosk holds another kelurahan's NIK");
        }
        assertTrue(onDisk(own.get(0)), "the search does find what is on disk");
    }

    @Test
    void anOlderOrEqualVersionArrivingLateChangesNothing() throws Exception {
        String second = nik();
        send(2, HEADER + row(second, "Miroto"));
        take();
        String replayed = nik();
        String older = nik();
        send(2, HEADER + row(replayed, "Miroto")); // the same version again, other content
        send(1, HEADER + row(older, "Miroto"));
        take();

        assertTrue(holds(second));
        assertFalse(holds(replayed));
        assertFalse(holds(older));
        assertEquals(2, held());
        assertEquals(0, leftAtTheBroker(), "both acknowledged");
    }

    @Test
    void aListThatDoesNotMatchItsHashOrIsNoGzipIsRefusedAndTheNextGoodOneLoads() throws Exception {
        String first = nik();
        send(1, HEADER + row(first, "Miroto"));
        take();
        String tampered = nik();
        byte[] body = gzip(HEADER + row(tampered, "Miroto"));
        send(2, body, CityKiosk.sha256(gzip(HEADER + row(nik(), "Miroto"))));
        byte[] notGzip = (HEADER + row(tampered, "Miroto")).getBytes(StandardCharsets.UTF_8);
        send(3, notGzip, CityKiosk.sha256(notGzip));
        take();
        assertEquals(1, held());
        assertTrue(holds(first), "the list before stays");
        assertFalse(holds(tampered));
        assertEquals(0, leftAtTheBroker(), "refused lists are acknowledged, not redelivered forever");

        String next = nik();
        send(4, HEADER + row(next, "Miroto"));
        take();
        assertEquals(4, held());
        assertTrue(holds(next));
    }

    @Test
    void anEmptyListTellsTheKioskItsKelurahanHasNone() throws Exception {
        String before = nik();
        send(1, HEADER + row(before, "Miroto"));
        take();
        send(2, HEADER);
        take();
        assertEquals(2, held());
        assertFalse(holds(before));
        assertEquals(0, stored.list("BPNT", "2026-11").size());
    }

    @Test
    void aKioskMovedToAnotherKelurahanDropsTheOldOnesRowsAndAsksForItsListAgain() throws Exception {
        List<String> miroto = List.of(nik(), nik());
        send(3, HEADER + row(miroto.get(0), "Miroto") + row(miroto.get(1), "MIROTO"));
        take();
        assertEquals(0, kiosk.lists().forgetOtherKelurahan(), "a kiosk that stayed keeps its list");
        assertEquals(3, held());

        CityLists moved = kiosk.lists();
        moved.kelurahan = "Pekunden"; // its setting changed; the city registered it there
        assertEquals(2, moved.forgetOtherKelurahan());
        miroto.forEach(n -> assertFalse(holds(n), "the old kelurahan's resident is gone"));
        assertEquals(0, stored.list("BPNT", "2026-11").size());
        assertEquals(new ListRequest(CityKiosk.KIOSK, Map.of()), moved.request(CityKiosk.KIOSK),
                "it asks for the list again: the city sends only what is newer than a version held");

        relay.lists = moved;
        String pekunden = nik();
        send(3, HEADER + row(pekunden, "Pekunden")); // the same version, the new kelurahan's slice
        take();
        assertTrue(holds(pekunden));
        assertEquals(3, moved.version("BPNT"));
        assertEquals(0, moved.forgetOtherKelurahan(), "nothing foreign is left");
    }

    @Test
    void theKioskAsksForNewerListsWhenItConnectsSayingWhatItHolds() throws Exception {
        send(3, HEADER + row(nik(), "Miroto"));
        relay.listCheckMillis = 60 * 60_000;
        take();
        List<ListRequest> asked = new ArrayList<>();
        for (Delivered d : broker.drain()) {
            if (SyncProtocol.KIND_LIST_REQUEST.equals(d.kind())) {
                assertTrue(d.duplicateId().startsWith("K0042:list-request:"), d.duplicateId());
                asked.add(SyncJson.read(d.text(), ListRequest.class));
            }
        }
        assertEquals(List.of(new ListRequest(CityKiosk.KIOSK, Map.of("BPNT", 3L))), asked,
                "once after connecting, after the list that waited was taken; not again within the hour");
    }
}
