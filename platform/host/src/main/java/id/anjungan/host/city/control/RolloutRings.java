package id.anjungan.host.city.control;

import id.anjungan.host.city.entity.KioskSite;
import id.anjungan.host.city.entity.Rollout;
import id.anjungan.host.city.entity.RolloutRing;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.security.control.AreaNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The rings a rollout goes through, as the city's admin configured them: say a test kiosk, then three kelurahan, then
 * a kecamatan, then the whole city. A kiosk belongs to the first ring that takes it, by the city's registry of where it
 * stands ({@link KioskSites}), never by what the kiosk says.
 */
@ApplicationScoped
public class RolloutRings {

    static final int MAX_RINGS = 10;

    @Inject
    KioskSites sites;

    /** A ring as the admin writes it. */
    public record Ring(String name, List<String> kiosks, List<String> kelurahan, List<String> kecamatan,
                       boolean wholeCity) {
    }

    public List<Ring> all(EntityManager em) {
        return em.createQuery("select r from RolloutRing r order by r.number", RolloutRing.class).getResultList()
                .stream().map(r -> new Ring(r.name, lines(r.kiosks), lines(r.kelurahan), lines(r.kecamatan),
                        r.wholeCity)).toList();
    }

    /** Replaces the rings; refused while a rollout runs, whose later rings would change under it. */
    public List<Ring> replace(EntityManager em, List<Ring> rings) {
        if (rings == null || rings.isEmpty() || rings.size() > MAX_RINGS) {
            throw invalid("Tentukan 1 sampai " + MAX_RINGS + " cincin.", "Give 1 to " + MAX_RINGS + " rings.");
        }
        List<RolloutRing> checked = new ArrayList<>();
        for (int i = 0; i < rings.size(); i++) {
            checked.add(checked(i, rings.get(i)));
        }
        if (!em.createQuery("select r.id from Rollout r where r.state = :s", Long.class)
                .setParameter("s", Rollout.RUNNING).getResultList().isEmpty()) {
            throw Problem.of(409, "rollout-running", "Peluncuran sedang berjalan", "A rollout is running",
                    "Cincin tidak dapat diubah selama peluncuran modul berjalan.",
                    "The rings cannot change while a module rollout runs.");
        }
        em.createQuery("delete from RolloutRing r").executeUpdate();
        checked.forEach(em::persist);
        return all(em);
    }

    private static RolloutRing checked(int position, Ring ring) {
        if (ring == null || ring.name() == null || ring.name().isBlank() || ring.name().length() > 80) {
            throw invalid("Setiap cincin perlu nama (paling banyak 80 huruf).",
                    "Every ring needs a name (80 characters at most).");
        }
        RolloutRing row = new RolloutRing();
        row.number = position + 1;
        row.name = ring.name().strip();
        row.kiosks = join(names(ring.kiosks()).stream().map(KioskSites::checkedId).toList());
        row.kelurahan = join(names(ring.kelurahan()).stream().map(n -> AreaNames.checked("kelurahan", n))
                .filter(java.util.Objects::nonNull).toList());
        row.kecamatan = join(names(ring.kecamatan()).stream().map(n -> AreaNames.checked("kecamatan", n))
                .filter(java.util.Objects::nonNull).toList());
        row.wholeCity = ring.wholeCity();
        if (!row.wholeCity && row.kiosks == null && row.kelurahan == null && row.kecamatan == null) {
            throw invalid("Cincin " + row.name + " tidak mencakup anjungan apa pun.",
                    "Ring " + row.name + " takes no kiosk.");
        }
        if (java.util.stream.Stream.of(row.kiosks, row.kelurahan, row.kecamatan)
                .anyMatch(list -> list != null && list.length() > 2000)) {
            throw invalid("Cincin " + row.name + " terlalu panjang.", "Ring " + row.name + " is too long.");
        }
        return row;
    }

    /** The kiosks of ring {@code position}: registered kiosks it takes that no earlier ring took. */
    public List<String> members(EntityManager em, int position) {
        List<Ring> rings = all(em);
        List<String> members = new ArrayList<>();
        for (KioskSite site : sites.all(em)) {
            for (int i = 0; i < rings.size(); i++) {
                if (takes(rings.get(i), site)) {
                    if (i == position) {
                        members.add(site.id);
                    }
                    break;
                }
            }
        }
        return members;
    }

    public int count(EntityManager em) {
        return ((Number) em.createQuery("select count(r) from RolloutRing r").getSingleResult()).intValue();
    }

    private static boolean takes(Ring ring, KioskSite site) {
        return ring.wholeCity() || ring.kiosks().contains(site.id)
                || ring.kelurahan().stream().anyMatch(k -> AreaNames.same(k, site.kelurahan))
                || ring.kecamatan().stream().anyMatch(k -> AreaNames.same(k, site.kecamatan));
    }

    private static List<String> names(List<String> typed) {
        return typed == null ? List.of() : typed;
    }

    private static String join(List<String> names) {
        Set<String> distinct = new LinkedHashSet<>(names);
        return distinct.isEmpty() ? null : String.join("\n", distinct);
    }

    private static List<String> lines(String joined) {
        return joined == null ? List.of() : Arrays.asList(joined.split("\n"));
    }

    private static Problem invalid(String id, String en) {
        return Problem.of(422, "invalid-rings", "Cincin peluncuran tidak sah", "Invalid rollout rings", id, en);
    }
}
