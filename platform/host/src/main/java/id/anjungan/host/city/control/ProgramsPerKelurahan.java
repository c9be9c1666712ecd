package id.anjungan.host.city.control;

import id.anjungan.host.city.entity.KelurahanPrograms;
import id.anjungan.host.city.entity.KioskSite;
import id.anjungan.host.downlink.control.Downlink;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.security.control.AccountChange;
import id.anjungan.host.security.control.AreaNames;
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
 * {@link Downlink#PROGRAMS}), as does a kiosk's (re)registration. Revisions grow across the city, so a kiosk moved to
 * another kelurahan still recognises the newer list.
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
        KelurahanPrograms row = of(em, name).orElse(null);
        Long newest = em.createQuery("select max(k.revision) from KelurahanPrograms k", Long.class).getSingleResult();
        long revision = (newest == null ? 0 : newest) + 1;
        if (row == null) {
            row = new KelurahanPrograms();
            row.kelurahan = name;
            em.persist(row);
        }
        row.programs = String.join(",", codes);
        row.revision = revision;
        row.changed = at;
        row.changedBy = by;
        for (KioskSite site : sites.inKelurahan(em, row.kelurahan)) {
            downlink.queue(em, site.id, Downlink.PROGRAMS, row.kelurahan);
        }
        return row;
    }

    /** A kiosk just (re)registered: its kelurahan's programs go down to it, if the city set them. */
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

    /** What goes to {@code kiosk} for a downlink row naming {@code kelurahan}: nothing once the kiosk moved away. */
    Optional<id.anjungan.host.sync.KelurahanPrograms> forKiosk(EntityManager em, String kiosk, String kelurahan) {
        return sites.of(em, kiosk).filter(site -> AreaNames.same(site.kelurahan, kelurahan))
                .flatMap(site -> of(em, site.kelurahan)).map(ProgramsPerKelurahan::message);
    }

    public static id.anjungan.host.sync.KelurahanPrograms message(KelurahanPrograms row) {
        return new id.anjungan.host.sync.KelurahanPrograms(row.kelurahan, codes(row.programs), row.revision);
    }

    public static List<String> codes(String stored) {
        return stored.isEmpty() ? List.of() : Arrays.asList(stored.split(","));
    }

    /** The duplicate id's key: one message per kelurahan, revision and kiosk, the same whichever node sends it. */
    static String key(id.anjungan.host.sync.KelurahanPrograms programs, String kiosk) {
        return programs.kelurahan() + ":" + programs.revision() + ":" + kiosk;
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
