package id.anjungan.host.city.control;

import id.anjungan.host.city.entity.KioskSite;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.security.control.AccountChange;
import id.anjungan.host.security.control.AreaNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the city registered each kiosk. What travels down to a kiosk by place (its kelurahan's recipient list, the
 * programs its kelurahan runs, its rollout ring) goes by this registry, never by what the kiosk says of itself.
 */
@ApplicationScoped
public class KioskSites {

    private static final Pattern KIOSK_ID = Pattern.compile("K[0-9]{4}");

    /** A kiosk id as {@code KioskIdentity} makes them, {@code K0001} to {@code K9999}; anything else is refused. */
    public static String checkedId(String typed) {
        if (typed == null || !KIOSK_ID.matcher(typed).matches() || "K0000".equals(typed)) {
            throw Problem.of(422, "invalid-kiosk", "Nomor anjungan tidak sah", "Invalid kiosk id",
                    "Nomor anjungan ditulis K diikuti empat angka, K0001 sampai K9999.",
                    "A kiosk id is K followed by four digits, K0001 to K9999.");
        }
        return typed;
    }

    /** Registers the kiosk at the place or moves it there; true when it was not registered before. */
    public boolean register(EntityManager em, String kioskId, String kelurahan, String kecamatan, String by,
                            Instant at) {
        String kel = required("kelurahan", kelurahan);
        String kec = required("kecamatan", kecamatan);
        KioskSite site = em.find(KioskSite.class, checkedId(kioskId));
        boolean created = site == null;
        if (created) {
            site = new KioskSite();
            site.id = kioskId;
        }
        site.kelurahan = kel;
        site.kecamatan = kec;
        site.registered = at;
        site.registeredBy = by;
        if (created) {
            em.persist(site);
        }
        return created;
    }

    public Optional<KioskSite> of(EntityManager em, String kioskId) {
        return Optional.ofNullable(em.find(KioskSite.class, kioskId));
    }

    /** The kiosks registered in a kelurahan, whatever the letter case it was typed in. */
    public List<KioskSite> inKelurahan(EntityManager em, String kelurahan) {
        return em.createQuery("select s from KioskSite s where lower(s.kelurahan) = :k order by s.id", KioskSite.class)
                .setParameter("k", AreaNames.canonical(kelurahan).orElse("").toLowerCase(Locale.ROOT))
                .getResultList();
    }

    public List<KioskSite> all(EntityManager em) {
        return em.createQuery("select s from KioskSite s order by s.id", KioskSite.class).getResultList();
    }

    private static String required(String field, String typed) {
        String name = AreaNames.checked(field, typed);
        if (name == null) {
            throw AccountChange.invalid(field, "Isi nama " + field + " tempat anjungan berdiri.",
                    "Fill in the " + field + " where the kiosk stands.");
        }
        return name;
    }
}
