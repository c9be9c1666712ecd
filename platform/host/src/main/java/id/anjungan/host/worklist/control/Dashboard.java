package id.anjungan.host.worklist.control;

import id.anjungan.host.persistence.Database;
import id.anjungan.host.recipients.control.StoredRecipientLists;
import id.anjungan.spi.platform.KioskClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Figures for staff: cases per ISO week and program over 8 weeks, open and overdue cases, recipients per kelurahan. */
@ApplicationScoped
public class Dashboard {

    static final int WEEKS = 8;

    @Inject
    Database db;
    @Inject
    KioskClock clock;
    @Inject
    StoredRecipientLists lists;

    public Map<String, Object> figures() {
        return figures(null);
    }

    /** The figures of one kecamatan's cases ({@code null}: every case); the recipient lists are not narrowed. */
    public Map<String, Object> figures(String kecamatan) {
        Instant now = clock.now();
        String kec = kecamatan == null ? null : kecamatan.trim().toLowerCase(Locale.ROOT);
        return Map.of("casesPerWeek", casesPerWeek(kec), "openPerPlace", openPerPlace(kec),
                "open", count("select count(c) from CaseRow c where c.closed = false", kec, null),
                "overdue", count("select count(c) from CaseRow c where c.closed = false and c.due < :now", kec, now),
                "recipients", lists.newestPerKelurahan().stream().map(c -> Map.<String, Object>of("program", c.program(),
                        "kelurahan", c.kelurahan() == null ? "" : c.kelurahan(), "count", c.count())).toList());
    }

    List<Map<String, Object>> casesPerWeek(String kecamatan) {
        LocalDate firstMonday = clock.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(WEEKS - 1L);
        Instant since = firstMonday.atStartOfDay(clock.zone()).toInstant();
        List<Object[]> rows = db.read(em -> in(em.createQuery("select c.program, c.created from CaseRow c "
                + "where c.created >= :since" + where(kecamatan), Object[].class), kecamatan)
                .setParameter("since", since).getResultList());
        Map<String, Map<String, Long>> perWeek = new TreeMap<>();
        for (Object[] row : rows) {
            LocalDate day = LocalDate.ofInstant((Instant) row[1], clock.zone());
            perWeek.computeIfAbsent(week(day), w -> new TreeMap<>()).merge((String) row[0], 1L, Long::sum);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        perWeek.forEach((week, programs) -> programs.forEach((program, n) -> out.add(Map.of("week", week,
                "program", program, "count", n))));
        return out;
    }

    /** Open cases per kecamatan and kelurahan: across the city on the city tier, the kiosk's own at a kiosk. */
    List<Map<String, Object>> openPerPlace(String kecamatan) {
        List<Object[]> rows = db.read(em -> in(em.createQuery("select c.kecamatan, c.kelurahan, count(c) from CaseRow c"
                + " where c.closed = false" + where(kecamatan) + " group by c.kecamatan, c.kelurahan", Object[].class),
                kecamatan).getResultList());
        return rows.stream().map(r -> Map.<String, Object>of("kecamatan", r[0] == null ? "" : r[0],
                "kelurahan", r[1] == null ? "" : r[1], "open", r[2])).sorted(java.util.Comparator.comparing(
                        (Map<String, Object> m) -> m.get("kecamatan") + "/" + m.get("kelurahan"))).toList();
    }

    /** ISO week label, e.g. {@code 2026-W47}. */
    static String week(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static String where(String kecamatan) {
        return kecamatan == null ? "" : " and lower(c.kecamatan) = :kec";
    }

    private static <T> TypedQuery<T> in(TypedQuery<T> query, String kecamatan) {
        return kecamatan == null ? query : query.setParameter("kec", kecamatan);
    }

    private long count(String jpql, String kecamatan, Instant now) {
        return db.read(em -> {
            var q = in(em.createQuery(jpql + where(kecamatan), Long.class), kecamatan);
            if (now != null) {
                q.setParameter("now", now);
            }
            return q.getSingleResult();
        });
    }
}
