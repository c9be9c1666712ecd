package id.anjungan.host.recipients.control;

import id.anjungan.host.persistence.Database;
import id.anjungan.host.persistence.JsonText;
import id.anjungan.host.recipients.entity.RecipientRow;
import id.anjungan.host.runtime.control.PlatformService;
import id.anjungan.spi.platform.RecipientLists;
import id.anjungan.spi.platform.RecipientRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** Recipient lists in the database. Periods are compared as text: {@code 2026-11} after {@code 2026-10}. */
@ApplicationScoped
public class StoredRecipientLists implements RecipientLists, PlatformService {

    @Inject
    Database db;

    @Override
    public Class<?> serviceType() {
        return RecipientLists.class;
    }

    @Override
    public Optional<RecipientRecord> find(String program, String nik) {
        return periods(program).stream().findFirst().flatMap(period -> find(program, period, nik));
    }

    @Override
    public Optional<RecipientRecord> find(String program, String period, String nik) {
        return db.read(em -> row(em, program, period, nik).map(StoredRecipientLists::record));
    }

    @Override
    public List<RecipientRecord> list(String program, String period) {
        return db.read(em -> em.createQuery("select r from RecipientRow r where r.program = :p and r.period = :pe "
                        + "order by r.name", RecipientRow.class).setParameter("p", program).setParameter("pe", period)
                .getResultList().stream().map(StoredRecipientLists::record).toList());
    }

    @Override
    public List<String> periods(String program) {
        return db.read(em -> em.createQuery("select distinct r.period from RecipientRow r where r.program = :p "
                + "order by r.period desc", String.class).setParameter("p", program).getResultList());
    }

    @Override
    public List<String> programsOf(String nik) {
        List<String> candidates = db.read(em -> em.createQuery("select distinct r.program from RecipientRow r "
                + "where r.nik = :n order by r.program", String.class).setParameter("n", nik).getResultList());
        return candidates.stream().filter(program -> find(program, nik).isPresent()).toList();
    }

    @Override
    public int put(String program, String period, List<RecipientRecord> rows) {
        return db.txRetrying(em -> {
            for (RecipientRecord r : rows) {
                upsert(em, program, period, r);
            }
            return em.createQuery("select count(r) from RecipientRow r where r.program = :p and r.period = :pe",
                    Long.class).setParameter("p", program).setParameter("pe", period).getSingleResult().intValue();
        });
    }

    /** Inserts or replaces the row of a NIK, inside the caller's transaction. */
    public static void upsert(EntityManager em, String program, String period, RecipientRecord r) {
        RecipientRow row = row(em, program, period, r.nik()).orElseGet(RecipientRow::new);
        row.program = program;
        row.period = period;
        row.nik = r.nik();
        row.kk = r.kk();
        row.name = r.name();
        row.address = r.address();
        row.rt = r.rt();
        row.rw = r.rw();
        row.kelurahan = r.kelurahan();
        row.fields = JsonText.write(r.fields());
        if (row.id == 0) {
            em.persist(row);
        }
    }

    private static Optional<RecipientRow> row(EntityManager em, String program, String period, String nik) {
        return em.createQuery("select r from RecipientRow r where r.program = :p and r.period = :pe and r.nik = :n",
                        RecipientRow.class).setParameter("p", program).setParameter("pe", period).setParameter("n", nik)
                .getResultList().stream().findFirst();
    }

    static RecipientRecord record(RecipientRow r) {
        return new RecipientRecord(r.program, r.period, r.nik, r.kk, r.name, r.address, r.rt, r.rw, r.kelurahan,
                JsonText.readMap(r.fields));
    }
}
