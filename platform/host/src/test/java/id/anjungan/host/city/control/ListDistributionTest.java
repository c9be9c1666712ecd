package id.anjungan.host.city.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.city.entity.ListVersion;
import id.anjungan.host.recipients.control.ImportProgress;
import id.anjungan.host.recipients.control.RecipientImport;
import id.anjungan.host.recipients.control.TestRecipientImport;
import id.anjungan.host.sync.ListRequest;
import id.anjungan.host.sync.SyncJson;
import id.anjungan.host.sync.SyncProtocol;
import id.anjungan.host.threads.Threads;
import id.anjungan.spi.Actor;
import id.anjungan.spi.Role;
import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The city's side of recipient lists against an embedded broker: each registered kiosk gets its kelurahan's rows
 * (look-alike names go nowhere), under a version raised by each newer list, and only what is newer when it asks.
 */
class ListDistributionTest {

    static final Actor DINSOS = new Actor("dinsos", "Dinas Sosial", Role.ADMIN, null);
    static final String HEADER = "nik,kk,name,address,rt,rw,kelurahan,channel,tahap\n";

    @TempDir
    Path dir;
    CityFixture city;
    TestBroker broker;
    final Threads threads = Threads.plain();
    RecipientImport imports;
    ListDistribution lists;
    private int serial;

    @BeforeEach
    void open() throws Exception {
        city = fixture();
        broker = new TestBroker(dir.resolve("broker"), "vm://5", 1000);
        imports = TestRecipientImport.on(city.db, city.clock, threads, dir.resolve("imports"));
        lists = TestListDistribution.on(city.db, city.clock, threads, imports, dir.resolve("city-lists"));
        register("K0001", "Miroto");
        register("K0002", "Pekunden");
        register("K0003", "Kranggan");
    }

    CityFixture fixture() throws Exception {
        return CityFixture.derby(dir);
    }

    @AfterEach
    void close() throws Exception {
        lists.stop();
        threads.close();
        broker.close();
        city.close();
    }

    void register(String kiosk, String kelurahan) {
        city.db.tx(em -> new KioskSites().register(em, kiosk, kelurahan, "Semarang Tengah", "admin", city.clock.now()));
    }

    /** A valid NIK of Semarang Tengah, a new one at each call. */
    String nik() {
        serial++;
        return String.format("337401%02d%02d%02d%04d", serial % 28 + 1, serial / 28 % 12 + 1, 80, serial);
    }

    String row(String nik, String kelurahan) {
        return nik + ",33740112" + nik.substring(8) + ",Warga " + nik.substring(12) + ",Jl. Pemuda 1,001,002,"
                + kelurahan + ",BNI,2\n";
    }

    ImportProgress cityImport(String period, String csv) {
        ImportProgress done = imports.importFile("BPNT", period, new ByteArrayInputStream(
                csv.getBytes(StandardCharsets.UTF_8)), DINSOS);
        assertEquals(ImportProgress.State.DONE, done.state(), String.valueOf(done.problemCode()));
        return done;
    }

    /** A list as a kiosk would receive it: properties and the rows of its CSV. */
    record Received(String duplicateId, long version, String period, String sha256, String bytesSha256,
                    List<String> header, Map<String, String> kelurahanByNik) {
    }

    /** Every message waiting at the kiosk's queue (consumed), waiting up to ~10 s for the first. */
    List<Received> receive(String kiosk, long firstWaitMillis) throws Exception {
        List<Received> received = new ArrayList<>();
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(broker.url);
             Connection connection = factory.createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer in = session.createConsumer(session.createQueue(SyncProtocol.kioskAddress(kiosk)));
            for (Message m = in.receive(firstWaitMillis); m != null; m = in.receive(300)) {
                assertEquals(SyncProtocol.KIND_RECIPIENT_LIST, m.getStringProperty(SyncProtocol.KIND));
                assertEquals(kiosk, m.getStringProperty(SyncProtocol.KIOSK));
                BytesMessage bytes = (BytesMessage) m;
                byte[] body = new byte[(int) bytes.getBodyLength()];
                bytes.readBytes(body);
                Map<String, String> rows = new java.util.LinkedHashMap<>();
                List<String> header;
                try (InputStream csv = new GZIPInputStream(new ByteArrayInputStream(body));
                     CSVParser parser = CSVParser.parse(csv, StandardCharsets.UTF_8, CSVFormat.RFC4180)) {
                    List<CSVRecord> records = parser.getRecords();
                    header = records.get(0).toList();
                    for (CSVRecord r : records.subList(1, records.size())) {
                        rows.put(r.get(0), r.get(6));
                    }
                }
                received.add(new Received(m.getStringProperty(SyncProtocol.DUPLICATE_ID),
                        m.getLongProperty(SyncProtocol.LIST_VERSION), m.getStringProperty(SyncProtocol.PERIOD),
                        m.getStringProperty(SyncProtocol.SHA256), HexFormat.of().formatHex(
                                MessageDigest.getInstance("SHA-256").digest(body)), header, rows));
            }
        }
        return received;
    }

    @Test
    void eachRegisteredKioskReceivesItsKelurahansRowsOnlyAndLookAlikesGoNowhere() throws Exception {
        lists.start(broker.url, null, null);
        StringBuilder csv = new StringBuilder(HEADER);
        Set<String> miroto = new TreeSet<>();
        Set<String> pekunden = new TreeSet<>();
        for (int i = 0; i < 5; i++) {
            String n = nik();
            miroto.add(n);
            csv.append(row(n, "Miroto"));
        }
        String upper = nik();
        miroto.add(upper);
        csv.append(row(upper, "  MIROTO ")); // the same name in another case and spacing
        for (int i = 0; i < 4; i++) {
            String n = nik();
            pekunden.add(n);
            csv.append(row(n, "Pekunden"));
        }
        String cyrillic = nik();
        csv.append(row(cyrillic, "Mir\u043Eto")); // a Cyrillic о: not Miroto
        String elsewhere = nik();
        csv.append(row(elsewhere, "Jagalan"));
        cityImport("2026-11", csv.toString());

        Received k1 = single(receive("K0001", 10_000));
        assertEquals(miroto, k1.kelurahanByNik().keySet());
        assertEquals("city:recipient-list:BPNT:1:K0001", k1.duplicateId());
        assertEquals(1, k1.version());
        assertEquals("2026-11", k1.period());
        assertEquals(k1.bytesSha256(), k1.sha256(), "the hash is of the bytes sent");
        assertEquals(List.of("nik", "kk", "name", "address", "rt", "rw", "kelurahan"), k1.header().subList(0, 7));
        assertEquals(Set.of("channel", "tahap"), Set.copyOf(k1.header().subList(7, 9)), "the list's own columns");
        assertEquals(pekunden, single(receive("K0002", 10_000)).kelurahanByNik().keySet());
        Received k3 = single(receive("K0003", 10_000));
        assertTrue(k3.kelurahanByNik().isEmpty(), "Kranggan has no rows and learns it");
        assertEquals(9, k3.header().size());
        awaitDistributed(1);
        try (var left = Files.list(dir.resolve("city-lists"))) {
            assertEquals(0, left.count(), "the slices are deleted once sent");
        }
    }

    @Test
    void aNewerListRaisesTheVersionAnEarlierPeriodDoesNot() throws Exception {
        lists.start(broker.url, null, null);
        cityImport("2026-11", HEADER + row(nik(), "Miroto"));
        assertEquals(1, single(receive("K0001", 10_000)).version());
        String newer = nik();
        cityImport("2026-11", HEADER + row(newer, "Miroto")); // the same period imported again: a newer list
        Received second = single(receive("K0001", 10_000));
        assertEquals(2, second.version());
        assertEquals(Set.of(newer), second.kelurahanByNik().keySet());
        awaitDistributed(2);

        cityImport("2026-10", HEADER + row(nik(), "Miroto")); // a correction of an earlier period
        assertEquals(List.of(), receive("K0001", 1_500));
        assertEquals(2, version().version);
    }

    @Test
    void aKioskAskingGetsOnlyWhatIsNewerAndAnUnregisteredKioskNothing() throws Exception {
        lists.start(broker.url, null, null);
        cityImport("2026-11", HEADER + row(nik(), "Miroto") + row(nik(), "Pekunden"));
        receive("K0001", 10_000);
        receive("K0002", 10_000);
        receive("K0003", 10_000);
        awaitDistributed(1);

        lists.requested(new ListRequest("K0001", Map.of("BPNT", 1L)), "1");
        lists.requested(new ListRequest("K0077", Map.of()), "1"); // not registered: it would learn someone's residents
        lists.requested(new ListRequest("K0002", Map.of()), "1");
        Received again = single(receive("K0002", 10_000));
        assertEquals(1, again.version());
        assertEquals("city:recipient-list:BPNT:1:K0002:1", again.duplicateId(), "an answer of its own");
        assertEquals(1, again.kelurahanByNik().size());
        assertEquals(List.of(), receive("K0001", 1_000));
        assertEquals(0, broker.waiting(SyncProtocol.kioskAddress("K0077")));
    }

    @Test
    void aListRequestFromAKioskGoesThroughTheInbox() throws Exception {
        lists.start(broker.url, null, null);
        city.inbox.lists = lists;
        cityImport("2026-11", HEADER + row(nik(), "Pekunden"));
        receive("K0002", 10_000);
        String body = SyncJson.write(new ListRequest("K0002", Map.of()));
        city.inbox.apply(Inbound.text("K0002:list-request:1", SyncProtocol.KIND_LIST_REQUEST, "K0002", body));
        city.inbox.apply(Inbound.text("K0002:list-request:1", SyncProtocol.KIND_LIST_REQUEST, "K0002", body));
        assertEquals(1, receive("K0002", 10_000).size(), "one answer to one request, however often it comes");
        assertThrowsUnusable(() -> city.inbox.apply(Inbound.text("K0001:list-request:2",
                SyncProtocol.KIND_LIST_REQUEST, "K0001", SyncJson.write(new ListRequest("K0002", Map.of())))));
    }

    @Test
    void aPublicationANodeDidNotFinishIsSentAtItsNextStart() throws Exception {
        // no distribution running: the version is raised with the list (as by a node that stops right after)
        imports.observe(lists::raise, program -> { });
        cityImport("2026-11", HEADER + row(nik(), "Kranggan"));
        assertNull(version().distributed);
        assertEquals(0, broker.waiting(SyncProtocol.kioskAddress("K0003")));

        lists.start(broker.url, null, null);
        Received k3 = single(receive("K0003", 10_000));
        assertEquals(1, k3.version());
        assertEquals(1, k3.kelurahanByNik().size());
        awaitDistributed(1);
    }

    static void assertThrowsUnusable(Runnable work) {
        try {
            work.run();
        } catch (UnusableMessage expected) {
            return;
        }
        throw new AssertionError("a request in another kiosk's name was taken");
    }

    ListVersion version() {
        return city.db.read(em -> em.find(ListVersion.class, "BPNT"));
    }

    void awaitDistributed(long v) throws InterruptedException {
        CityConsumersTest.await(() -> {
            ListVersion now = version();
            return now != null && now.version == v && now.distributed != null;
        }, "version " + v + " recorded as distributed");
    }

    static Received single(List<Received> received) {
        assertEquals(1, received.size(), received.toString());
        return received.get(0);
    }
}
