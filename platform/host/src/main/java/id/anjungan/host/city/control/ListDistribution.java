package id.anjungan.host.city.control;

import id.anjungan.host.city.entity.KioskSite;
import id.anjungan.host.city.entity.ListVersion;
import id.anjungan.host.config.Setting;
import id.anjungan.host.config.Settings;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.privacy.Masking;
import id.anjungan.host.recipients.control.ListSlices;
import id.anjungan.host.recipients.control.RecipientImport;
import id.anjungan.host.sync.ListRequest;
import id.anjungan.host.sync.SyncProtocol;
import id.anjungan.host.threads.Threads;
import id.anjungan.spi.platform.KioskClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * Sends each registered kiosk its kelurahan's rows of every program's newest city list, on a thread of its own. A list
 * published on this node raises the program's version in the publishing transaction and is then sent to every
 * kiosk the city registered (the kelurahan is the registry's, never the kiosk's word); a kiosk's {@code list-request}
 * is answered with every version newer than it holds; a version whose publication did not finish (the node stopped)
 * is sent again at the next start. Each slice goes as a large message streamed from a file (never whole in the heap),
 * under the duplicate id {@code city:recipient-list:<program>:<version>:<kiosk>}, so what the broker took already is
 * dropped, and a kiosk keeps only the newest version it has seen. An answer to a request adds the request's key: the
 * broker's duplicate cache of a kiosk's address holds thousands of ids, and would drop for good the copy a kiosk
 * restored from a backup, or one that refused a damaged list, asks for.
 */
@ApplicationScoped
public class ListDistribution {

    private static final Logger LOG = Logger.getLogger(ListDistribution.class.getName());

    @Inject
    Database db;
    @Inject
    KioskSites sites;
    @Inject
    KioskClock clock;
    @Inject
    Threads threads;
    @Inject
    RecipientImport imports;

    Path workDir = Settings.home().resolve("city-lists");
    private ActiveMQConnectionFactory factory;
    private ExecutorService sender;

    /** Distributes the lists of a city node with a broker; nothing elsewhere. */
    public void start() {
        if (CityConsumers.enabled()) {
            start(Settings.value(Setting.CITY_BROKER_URL), Settings.value(Setting.CITY_BROKER_USER),
                    Settings.value(Setting.CITY_BROKER_PASSWORD));
        }
    }

    /** Starts distributing to the broker at {@code url}; returns at once. */
    public synchronized void start(String url, String user, String password) {
        factory = new ActiveMQConnectionFactory(url, user, password);
        sender = threads.single("city-lists");
        imports.observe(this::raise, program -> submit(() -> distribute(program)));
        submit(this::discardSlices);
        submit(this::unfinished);
    }

    public synchronized void stop() {
        if (sender != null) {
            sender.shutdownNow();
            sender = null;
        }
        if (factory != null) {
            factory.close();
            factory = null;
        }
    }

    /**
     * Answers a kiosk's request ({@code key}: what makes it this request, the same on its redeliveries) with the newer
     * lists of the kelurahan the city registered it in.
     */
    public void requested(ListRequest request, String key) {
        submit(() -> answer(request, key));
    }

    private synchronized void submit(Runnable work) {
        if (sender == null) {
            LOG.fine("Recipient lists are not distributed from this node");
            return;
        }
        sender.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                // convergent: the kiosk's next request or this node's next start sends it again
                LOG.log(Level.WARNING, "Recipient lists not sent: " + Masking.scrub(String.valueOf(e)));
            }
        });
    }

    /**
     * Raises the program's version when the list being published is its newest (a later or the same period), in the
     * publishing transaction: the version commits with the list, or neither does.
     */
    void raise(EntityManager em, String program, String period, String source, long rows) {
        ListVersion v = em.find(ListVersion.class, program, LockModeType.PESSIMISTIC_WRITE);
        if (v != null && v.period.compareTo(period) > 0) {
            return; // an earlier period corrected: the newest list did not change
        }
        if (v == null) {
            v = new ListVersion();
            v.program = program;
            em.persist(v);
        }
        v.version++;
        v.period = period;
        v.source = source;
        v.published = clock.now();
        v.distributed = null;
    }

    /** Sends the program's newest version to every registered kiosk; then records it distributed. */
    void distribute(String program) {
        ListVersion v = db.read(em -> em.find(ListVersion.class, program));
        if (v == null) {
            return;
        }
        send(v, db.read(sites::all), null);
        db.tx(em -> {
            ListVersion now = em.find(ListVersion.class, program);
            if (now != null && now.version == v.version) {
                now.distributed = clock.now();
            }
            return null;
        });
    }

    /** Versions a stopped node raised and did not finish sending. */
    void unfinished() {
        db.read(em -> em.createQuery("select v.program from ListVersion v where v.distributed is null", String.class)
                .getResultList()).forEach(this::distribute);
    }

    /** Sends a kiosk every list newer than it holds; nothing to a kiosk the city has not registered. */
    void answer(ListRequest request, String key) {
        Optional<KioskSite> site = db.read(em -> sites.of(em, request.kiosk()));
        if (site.isEmpty()) {
            LOG.warning(() -> "Kiosk " + request.kiosk() + " asked for recipient lists and is not registered with the "
                    + "city: nothing sent (register it: PUT /api/city/kiosks/" + request.kiosk() + ")");
            return;
        }
        Map<String, Long> held = request.versions() == null ? Map.of() : request.versions();
        for (ListVersion v : db.read(em -> em.createQuery("select v from ListVersion v", ListVersion.class)
                .getResultList())) {
            if (v.version > held.getOrDefault(v.program, 0L)) {
                send(v, List.of(site.get()), key);
            }
        }
    }

    /**
     * Cuts the program's newest list for the kiosks' kelurahan and sends each kiosk its slice as version {@code v}.
     * The version is read before the list: a list published in between is sent under the older version too, and
     * again under its own. {@code answering}: the key of the request answered, null for a publication.
     */
    private void send(ListVersion v, List<KioskSite> kiosks, String answering) {
        if (kiosks.isEmpty()) {
            return;
        }
        Optional<ListSlices.Newest> list = ListSlices.newest(db, v.program);
        if (list.isEmpty()) {
            return;
        }
        Set<String> kelurahan = new HashSet<>();
        kiosks.forEach(k -> kelurahan.add(ListSlices.key(k.kelurahan)));
        long started = System.nanoTime();
        Map<String, ListSlices.Slice> slices = ListSlices.write(db, list.get(), kelurahan, workDir);
        try (Connection connection = factory.createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(null);
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            Map<String, Long> sent = new LinkedHashMap<>();
            for (KioskSite kiosk : kiosks) {
                ListSlices.Slice slice = slices.get(ListSlices.key(kiosk.kelurahan));
                sendSlice(session, producer, kiosk.id, v, list.get(), slice, answering);
                sent.put(kiosk.id, slice.rows());
            }
            LOG.info(() -> "Recipient list " + v.program + " " + list.get().period() + " version " + v.version
                    + " sent in " + (System.nanoTime() - started) / 1_000_000 + " ms (rows per kiosk: " + sent + ")");
        } catch (JMSException | JMSRuntimeException | IOException e) {
            throw new IllegalStateException("broker: " + e.getMessage(), e);
        } finally {
            slices.values().forEach(s -> delete(s.file()));
        }
    }

    private static void sendSlice(Session session, MessageProducer producer, String kiosk, ListVersion v,
                                  ListSlices.Newest list, ListSlices.Slice slice, String answering)
            throws JMSException, IOException {
        try (InputStream in = Files.newInputStream(slice.file())) {
            BytesMessage message = session.createBytesMessage();
            message.setObjectProperty("JMS_AMQ_InputStream", in);
            message.setStringProperty(SyncProtocol.KIND, SyncProtocol.KIND_RECIPIENT_LIST);
            message.setStringProperty(SyncProtocol.KIOSK, kiosk);
            message.setIntProperty(SyncProtocol.SCHEMA_PROPERTY, SyncProtocol.SCHEMA);
            message.setStringProperty(SyncProtocol.PROGRAM, v.program);
            message.setStringProperty(SyncProtocol.PERIOD, list.period());
            if (list.source() != null && !list.source().isEmpty()) {
                message.setStringProperty(SyncProtocol.LIST_SOURCE, list.source());
            }
            message.setLongProperty(SyncProtocol.LIST_VERSION, v.version);
            message.setStringProperty(SyncProtocol.SHA256, slice.sha256());
            message.setStringProperty(SyncProtocol.DUPLICATE_ID, SyncProtocol.cityDuplicateId(
                    SyncProtocol.KIND_RECIPIENT_LIST, v.program + ":" + v.version + ":" + kiosk
                            + (answering == null ? "" : ":" + answering)));
            producer.send(session.createQueue(SyncProtocol.kioskAddress(kiosk)), message); // returns once stored
        }
    }

    /** Slices a stopped node left behind. */
    private void discardSlices() {
        if (!Files.isDirectory(workDir)) {
            return;
        }
        try (var files = Files.newDirectoryStream(workDir, "slice-*")) {
            files.forEach(ListDistribution::delete);
        } catch (IOException e) {
            LOG.warning("Could not clean " + workDir + ": " + e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warning("Could not delete " + file + ": " + e);
        }
    }
}
