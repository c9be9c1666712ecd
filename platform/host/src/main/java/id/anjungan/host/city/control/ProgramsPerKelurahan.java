package id.anjungan.host.city.control;

import id.anjungan.host.city.entity.KelurahanPrograms;
import id.anjungan.host.city.entity.KioskSite;
import id.anjungan.host.downlink.control.Downlink;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.security.control.AccountChange;
import id.anjungan.host.security.control.AreaNames;
import id.anjungan.host.sync.ProgramsReleased;
import id.anjungan.host.sync.SyncProtocol;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The programs each kelurahan runs, set by the city's admin, and their way down to the kelurahan's kiosks: a change
 * announces itself to every kiosk registered there in its own transaction ({@link Downlink}, kind
 * {@link Downlink#PROGRAMS}), as does a kiosk's (re)registration. The city may hand a kelurahan back: its kiosks keep
 * what they run and their own admin switches programs again. Revisions grow across the city, the hand-back's included,
 * so the latest decision wins at a kiosk whatever order the messages arrive in, and a kiosk moved to another kelurahan
 * still recognises the newer list.
 */
@ApplicationScoped
public class ProgramsPerKelurahan {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,15}");
    static final int MOST = 50;

    @Inject
    KioskSites sites;
    @Inject
    Downlink downlink;
    @Inject
    KioskStatuses statuses;

    /** Sets the kelurahan's programs and announces them to its kiosks; answers the stored row. */
    public KelurahanPrograms set(EntityManager em, String kelurahan, List<String> programs, String by, Instant at) {
        String name = checkedName(kelurahan);
        List<String> codes = checkedCodes(em, programs);
        KelurahanPrograms row = changed(em, name, by, at);
        row.programs = String.join(",", codes);
        row.released = null;
        return row;
    }

    /**
     * Hands the kelurahan back to its kiosks and tells them; answers the stored row. Once handed back, again changes
     * nothing and sends nothing. A kelurahan the city never set is recorded as handed back too: a kiosk moved there
     * from a kelurahan the city sets is told so.
     */
    public KelurahanPrograms release(EntityManager em, String kelurahan, String by, Instant at) {
        String name = checkedName(kelurahan);
        Optional<KelurahanPrograms> released = of(em, name).filter(row -> row.released != null);
        if (released.isPresent()) {
            return released.get();
        }
        KelurahanPrograms row = changed(em, name, by, at);
        row.released = at;
        return row;
    }

    /** The kelurahan's row under the next revision, its kiosks told in this transaction; the caller sets the list. */
    private KelurahanPrograms changed(EntityManager em, String name, String by, Instant at) {
        KelurahanPrograms row = of(em, name).orElse(null);
        Long newest = em.createQuery("select max(k.revision) from KelurahanPrograms k", Long.class).getSingleResult();
        long revision = (newest == null ? 0 : newest) + 1;
        if (row == null) {
            row = new KelurahanPrograms();
            row.kelurahan = name;
            row.programs = "";
            em.persist(row);
        }
        row.revision = revision;
        row.changed = at;
        row.changedBy = by;
        for (KioskSite site : sites.inKelurahan(em, row.kelurahan)) {
            downlink.queue(em, site.id, Downlink.PROGRAMS, row.kelurahan);
        }
        return row;
    }

    /** Every kelurahan the city set or handed back, by name. */
    public List<KelurahanPrograms> all(EntityManager em) {
        return em.createQuery("select k from KelurahanPrograms k order by k.kelurahan", KelurahanPrograms.class)
                .getResultList();
    }

    /** A kiosk just (re)registered: its kelurahan's programs, or its hand-back, go down to it, if the city set them. */
    public void toRegistered(EntityManager em, String kiosk) {
        sites.of(em, kiosk).flatMap(site -> of(em, site.kelurahan))
                .ifPresent(row -> downlink.queue(em, kiosk, Downlink.PROGRAMS, row.kelurahan));
    }

    /** The kelurahan's programs, whatever the letter case its name is typed in. */
    public Optional<KelurahanPrograms> of(EntityManager em, String kelurahan) {
        return em.createQuery("select k from KelurahanPrograms k where lower(k.kelurahan) = :k",
                        KelurahanPrograms.class)
                .setParameter("k", AreaNames.canonical(kelurahan).orElse("").toLowerCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    /**
     * The kelurahan's row as it is now, for {@code kiosk} and a downlink row naming {@code kelurahan}: nothing once the
     * kiosk moved away.
     */
    Optional<KelurahanPrograms> forKiosk(EntityManager em, String kiosk, String kelurahan) {
        return sites.of(em, kiosk).filter(site -> AreaNames.same(site.kelurahan, kelurahan))
                .flatMap(site -> of(em, site.kelurahan));
    }

    /** The message kind that carries the row: its list, or its hand-back. */
    static String kind(KelurahanPrograms row) {
        return row.released == null ? SyncProtocol.KIND_PROGRAMS : SyncProtocol.KIND_PROGRAMS_RELEASED;
    }

    /** The message body that carries the row. */
    static Object body(KelurahanPrograms row) {
        return row.released == null ? message(row) : new ProgramsReleased(row.kelurahan, row.revision);
    }

    public static id.anjungan.host.sync.KelurahanPrograms message(KelurahanPrograms row) {
        return new id.anjungan.host.sync.KelurahanPrograms(row.kelurahan, codes(row.programs), row.revision);
    }

    public static List<String> codes(String stored) {
        return stored.isEmpty() ? List.of() : Arrays.asList(stored.split(","));
    }

    /** The duplicate id's key: one message per kelurahan, revision and kiosk, the same whichever node sends it. */
    static String key(KelurahanPrograms row, String kiosk) {
        return row.kelurahan + ":" + row.revision + ":" + kiosk;
    }

    /** The program codes the city knows: a jar in its module store, or a module a kiosk reports running. */
    public Set<String> known(EntityManager em) {
        Set<String> known = new TreeSet<>(em.createQuery("select distinct j.code from ModuleJarRow j", String.class)
                .getResultList());
        statuses.all(em).values().forEach(r -> r.status().modules().forEach(m -> known.add(m.code())));
        return known;
    }

    private static String checkedName(String kelurahan) {
        String name = AreaNames.checked("kelurahan", kelurahan);
        if (name == null) {
            throw AccountChange.invalid("kelurahan", "Isi nama kelurahan.", "Fill in the kelurahan's name.");
        }
        return name;
    }

    private List<String> checkedCodes(EntityManager em, List<String> programs) {
        if (programs == null || programs.size() > MOST || programs.stream().anyMatch(c -> c == null
                || !CODE.matcher(c).matches())) {
            throw Problem.of(422, "invalid-programs", "Daftar program tidak sah", "Invalid program list",
                    "Isi paling banyak " + MOST + " kode program, masing-masing 2–16 huruf besar atau angka, misalnya"
                            + " BPNT.",
                    "Give at most " + MOST + " program codes, each 2–16 upper-case letters or digits, e.g. BPNT.");
        }
        Set<String> known = known(em);
        List<String> unknown = programs.stream().filter(c -> !known.contains(c)).distinct().toList();
        if (!unknown.isEmpty()) {
            throw Problem.of(422, "unknown-program", "Program tidak dikenal", "Unknown program",
                    "Server kota tidak mengenal program " + String.join(", ", unknown)
                            + ": unggah modulnya atau pasang di anjungan dahulu.",
                    "The city does not know the program " + String.join(", ", unknown)
                            + ": upload its module or install it at a kiosk first.");
        }
        return List.copyOf(new LinkedHashSet<>(programs));
    }
}
