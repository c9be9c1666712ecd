package id.anjungan.host.relay.control;

import id.anjungan.host.sync.BytesMessageStream;
import id.anjungan.host.config.Setting;
import id.anjungan.host.config.Settings;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.recipients.control.ImportProgress;
import id.anjungan.host.recipients.control.KelurahanRows;
import id.anjungan.host.recipients.control.ListPublishing;
import id.anjungan.host.recipients.control.ListSource;
import id.anjungan.host.recipients.control.RecipientImport;
import id.anjungan.host.relay.entity.AppliedList;
import id.anjungan.host.security.control.AreaNames;
import id.anjungan.host.sync.ListRequest;
import id.anjungan.host.sync.SyncProtocol;
import id.anjungan.spi.platform.KioskClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * The recipient lists the city sends this kiosk: its kelurahan's rows of a program's newest city list, loaded with the
 * recipient-list import as the program's list, once per version (an older or equal version arriving late changes
 * nothing). Rows of another kelurahan are refused before anything is staged, though the city should never send any:
 * this kiosk keeps only its own kelurahan's residents.
 */
@ApplicationScoped
public class CityLists {

    private static final Logger LOG = Logger.getLogger(CityLists.class.getName());

    @Inject
    Database db;
    @Inject
    RecipientImport imports;
    @Inject
    KioskClock clock;
    @Inject
    KelurahanRows kelurahanRows;

    /** The kelurahan this kiosk stands in; its rows are the only ones it keeps. */
    String kelurahan = Settings.value(Setting.KELURAHAN_NAME);

    /** What this kiosk holds: the city's list version per program. */
    public ListRequest request(String kiosk) {
        Map<String, Long> versions = new TreeMap<>();
        db.read(em -> em.createQuery("select a from AppliedList a", AppliedList.class).getResultList())
                .forEach(a -> versions.put(a.program, a.version));
        return new ListRequest(kiosk, versions);
    }

    /**
     * After a move to another kelurahan (the kiosk's setting changed, the city registered it there): removes the rows
     * of any other kelurahan from the lists the city sent, and with them the list's version, so that the next request
     * asks for the list again and the city sends this kelurahan's rows. The city sends only versions newer than those
     * held, so without this the old kelurahan's residents stayed on the disk until the program's next list. Returns
     * the rows removed.
     */
    public long forgetOtherKelurahan() {
        long removed = 0;
        for (AppliedList held : db.read(em -> em.createQuery("select a from AppliedList a", AppliedList.class)
                .getResultList())) {
            long gone = kelurahanRows.keepOnly(held.program, row -> AreaNames.same(row, kelurahan), (em, rows) -> {
                AppliedList applied = em.find(AppliedList.class, held.program);
                if (applied != null) {
                    em.remove(applied);
                }
            });
            if (gone > 0) {
                LOG.info(() -> "Recipient list " + held.program + ": " + gone + " rows of another kelurahan removed;"
                        + " the list is asked for again");
            }
            removed += gone;
        }
        return removed;
    }

    /** The version of a program's city list this kiosk loaded; 0 without one. */
    public long version(String program) {
        AppliedList held = db.read(em -> em.find(AppliedList.class, program));
        return held == null ? 0 : held.version;
    }

    /**
     * Loads a {@code recipient-list} message; true when it replaced the program's list. A message that cannot be
     * used (not a list, bytes that do not match their SHA-256, a CSV the import refuses) is logged and false: the
     * caller acknowledges it. A failure of the database throws: the message comes again.
     */
    public boolean apply(Message message) throws JMSException {
        String program = message.getStringProperty(SyncProtocol.PROGRAM);
        String period = message.getStringProperty(SyncProtocol.PERIOD);
        Object version = message.getObjectProperty(SyncProtocol.LIST_VERSION);
        String what = "recipient list " + program + " " + period + " version " + version;
        if (!(message instanceof BytesMessage bytes) || !(version instanceof Long number) || program == null
                || period == null || message.getStringProperty(SyncProtocol.SHA256) == null) {
            LOG.warning(() -> "A " + what + " from the city without its bytes, version or hash, dropped");
            return false;
        }
        long held = version(program);
        if (number <= held) {
            LOG.info(() -> "The city's " + what + " is not newer than version " + held + " loaded here, ignored");
            return false;
        }
        ListSource source;
        try {
            source = ListSource.of(message.getStringProperty(SyncProtocol.LIST_SOURCE), program);
            imports.checkNames(program, period);
        } catch (Problem refused) {
            LOG.warning(() -> "The city's " + what + " refused: " + refused.code());
            return false;
        }
        ListBody body = new ListBody(new BytesMessageStream(bytes), message.getStringProperty(SyncProtocol.SHA256));
        AtomicLong foreign = new AtomicLong();
        ListPublishing record = (em, p, per, s, rows) -> {
            AppliedList applied = em.find(AppliedList.class, program);
            if (applied == null) {
                applied = new AppliedList();
                applied.program = program;
                em.persist(applied);
            }
            applied.version = number;
            applied.period = period;
            applied.rows = rows;
            applied.refused = foreign.get();
            applied.applied = clock.now();
        };
        ImportProgress load = imports.importFromCity(program, period, source, body,
                row -> AreaNames.same(row, kelurahan), foreign, record, Outcomes.CITY);
        if (load.state() == ImportProgress.State.DONE) {
            LOG.info(() -> "The city's " + what + " loaded: " + load.rowsImported() + " rows"
                    + (foreign.get() > 0 ? ", " + foreign.get() + " rows of another kelurahan refused" : ""));
            return true;
        }
        if (body.mismatched()) {
            LOG.warning(() -> "The city's " + what + " does not match its SHA-256, dropped");
            return false;
        }
        if (body.damaged()) {
            LOG.warning(() -> "The city's " + what + " is not a whole gzip file, dropped");
            return false;
        }
        if (!"system-error".equals(load.problemCode())) {
            LOG.warning(() -> "The city's " + what + " refused by the import: " + load.problemCode());
            return false;
        }
        throw new IllegalStateException("The city's " + what + " was not loaded, to be tried again");
    }
}
