package id.anjungan.host.audit.control;

import id.anjungan.host.audit.entity.AuditRow;
import id.anjungan.host.privacy.Masking;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.problem.Problem;
import id.anjungan.spi.platform.KioskClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds audit entries, newest first, to answer a resident's "who looked at my data?" (UU 27/2022, right of access):
 * by the person's NIK (through its keyed hash, never stored in clear), by who acted and by day.
 */
@ApplicationScoped
public class AuditTrail {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    @Inject
    Database db;
    @Inject
    HashChainedAudit audit;
    @Inject
    KioskClock clock;

    /** What to find; {@code null} means no restriction. Days are whole days in the kiosk's time zone. */
    public record Filter(String nik, String actor, LocalDate from, LocalDate to, Integer limit) {
    }

    public List<Map<String, Object>> find(Filter f) {
        String key = null;
        if (present(f.nik())) {
            key = audit.keyOf(f.nik().replaceAll("[\\s.-]", ""));
            if (key == null) {
                throw Problem.of(422, "nik-invalid", "NIK tidak valid", "Invalid NIK",
                        "NIK harus 16 angka.", "A NIK has 16 digits.");
            }
        }
        int limit = f.limit() == null ? DEFAULT_LIMIT : f.limit();
        if (limit < 1 || limit > MAX_LIMIT) {
            throw Problem.of(422, "limit-invalid", "Batas tidak valid", "Invalid limit",
                    "Batas harus antara 1 dan " + MAX_LIMIT + ".", "The limit must be between 1 and " + MAX_LIMIT + ".");
        }
        // reads are chained in batches; the search answers for every look at the person's data made before it
        audit.flush();
        StringBuilder jpql = new StringBuilder("select a from AuditRow a where 1 = 1");
        if (key != null) {
            jpql.append(" and a.subjectKey = :key");
        }
        if (present(f.actor())) {
            jpql.append(" and lower(a.actor) like :actor escape '!'");
        }
        if (f.from() != null) {
            jpql.append(" and a.recorded >= :from");
        }
        if (f.to() != null) {
            jpql.append(" and a.recorded < :to");
        }
        jpql.append(" order by a.sequence desc");
        String subjectKey = key;
        return db.read(em -> {
            TypedQuery<AuditRow> q = em.createQuery(jpql.toString(), AuditRow.class).setMaxResults(limit);
            if (subjectKey != null) {
                q.setParameter("key", subjectKey);
            }
            if (present(f.actor())) {
                q.setParameter("actor", "%" + f.actor().trim().toLowerCase(Locale.ROOT)
                        .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
            }
            if (f.from() != null) {
                q.setParameter("from", f.from().atStartOfDay(clock.zone()).toInstant());
            }
            if (f.to() != null) {
                q.setParameter("to", f.to().plusDays(1).atStartOfDay(clock.zone()).toInstant());
            }
            return q.getResultList().stream().map(AuditTrail::shown).toList();
        });
    }

    private static Map<String, Object> shown(AuditRow row) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sequence", row.sequence);
        m.put("at", row.recorded.toString());
        m.put("actor", Masking.scrub(row.actor));
        m.put("action", row.action);
        m.put("subject", Masking.scrub(row.subject));
        m.put("detail", Masking.scrub(row.detail));
        return m;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
