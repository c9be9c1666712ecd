package id.anjungan.host.worklist.control;

import id.anjungan.host.cases.entity.CaseRow;
import id.anjungan.host.privacy.Masking;
import id.anjungan.host.persistence.Database;
import id.anjungan.spi.platform.KioskClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The TKSK's queue of cases, newest first, with the NIK masked. */
@ApplicationScoped
public class Worklist {

    static final int MAX_CASES = 5000;

    @Inject
    Database db;
    @Inject
    KioskClock clock;

    /** What to show; {@code null} or {@code false} means no restriction. */
    public record Filter(String program, String kecamatan, String kelurahan, String state, boolean overdue) {

        /** Within the kiosk's own kelurahan (no kecamatan: the city tier's filter). */
        public Filter(String program, String kelurahan, String state, boolean overdue) {
            this(program, null, kelurahan, state, overdue);
        }
    }

    public List<CaseRow> cases(Filter f) {
        Instant now = clock.now();
        StringBuilder jpql = new StringBuilder("select c from CaseRow c where 1 = 1");
        if (present(f.program())) {
            jpql.append(" and c.program = :program");
        }
        if (present(f.kecamatan())) {
            jpql.append(" and lower(c.kecamatan) = :kecamatan");
        }
        if (present(f.kelurahan())) {
            jpql.append(" and lower(c.kelurahan) = :kelurahan");
        }
        if (present(f.state())) {
            jpql.append(" and c.state = :state");
        }
        if (f.overdue()) {
            jpql.append(" and c.closed = false and c.due < :now");
        }
        jpql.append(" order by c.created desc");
        return db.read(em -> {
            TypedQuery<CaseRow> q = em.createQuery(jpql.toString(), CaseRow.class).setMaxResults(MAX_CASES);
            if (present(f.program())) {
                q.setParameter("program", f.program().trim().toUpperCase(java.util.Locale.ROOT));
            }
            if (present(f.kecamatan())) {
                q.setParameter("kecamatan", f.kecamatan().trim().toLowerCase(java.util.Locale.ROOT));
            }
            if (present(f.kelurahan())) {
                q.setParameter("kelurahan", f.kelurahan().trim().toLowerCase(java.util.Locale.ROOT));
            }
            if (present(f.state())) {
                q.setParameter("state", f.state().trim());
            }
            if (f.overdue()) {
                q.setParameter("now", now);
            }
            return q.getResultList();
        });
    }

    /** Cases a user filed today, in the kiosk's time zone. */
    public List<CaseRow> filedToday(String username) {
        LocalDate today = clock.today();
        Instant from = today.atStartOfDay(clock.zone()).toInstant();
        Instant to = today.plusDays(1).atStartOfDay(clock.zone()).toInstant();
        return db.read(em -> em.createQuery("select c from CaseRow c where c.createdBy = :u and c.created >= :from "
                        + "and c.created < :to order by c.created desc", CaseRow.class).setParameter("u", username)
                .setParameter("from", from).setParameter("to", to).getResultList());
    }

    public boolean overdue(CaseRow c) {
        return !c.closed && c.due != null && c.due.isBefore(clock.now());
    }

    public Map<String, Object> summary(CaseRow c, String lang) {
        boolean en = lang != null && lang.startsWith("en");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tracking", c.tracking);
        m.put("program", c.program);
        m.put("programName", en ? c.programNameEn : c.programNameId);
        m.put("service", c.service);
        m.put("serviceTitle", en ? c.serviceTitleEn : c.serviceTitleId);
        m.put("state", c.state);
        m.put("stateLabel", en ? c.stateLabelEn : c.stateLabelId);
        m.put("subjectNik", Masking.mask(c.subjectNik));
        m.put("kelurahan", c.kelurahan);
        m.put("kecamatan", c.kecamatan); // the city tier's: which kecamatan and kiosk the case came from
        m.put("kiosk", c.originKiosk);
        m.put("createdAt", c.created == null ? null : c.created.toString());
        m.put("dueAt", c.due == null ? null : c.due.toString());
        m.put("overdue", overdue(c));
        m.put("closed", c.closed);
        return m;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
