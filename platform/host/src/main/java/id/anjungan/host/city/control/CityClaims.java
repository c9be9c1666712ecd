package id.anjungan.host.city.control;

import id.anjungan.host.city.entity.CityClaim;
import id.anjungan.host.city.entity.ClaimConflict;
import id.anjungan.host.counters.entity.ClaimRow;
import id.anjungan.host.sync.CaseSnapshot;
import id.anjungan.host.sync.Outcome;
import id.anjungan.spi.platform.KioskClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.logging.Logger;

/**
 * Claim-once across kiosks, which no kiosk can decide offline: the first case the city receives with a key holds it;
 * a later case with the same key goes to the TKSK's conflict worklist, and both kiosks learn the outcome. Nothing else
 * is held up: the later case is stored and worked like any other.
 */
@ApplicationScoped
public class CityClaims {

    private static final Logger LOG = Logger.getLogger(CityClaims.class.getName());

    @Inject
    KioskClock clock;

    /** Settles the snapshot's claim, once per case; the outcomes of a new conflict, else none. */
    public List<Outcome> settle(EntityManager em, CaseSnapshot s) {
        if (s.claimScope() == null || s.claimKey() == null || em.find(ClaimConflict.class, s.tracking()) != null) {
            return List.of();
        }
        CityClaim held = em.find(CityClaim.class, new ClaimRow.Id(s.claimScope(), s.claimKey()),
                LockModeType.PESSIMISTIC_WRITE);
        if (held == null) {
            CityClaim claim = new CityClaim();
            claim.scope = s.claimScope();
            claim.claimKey = s.claimKey();
            claim.tracking = s.tracking();
            claim.kiosk = s.kiosk();
            claim.claimed = clock.now();
            em.persist(claim);
            em.flush(); // a case claiming the same key at once waits here, then retries and finds this one
            return List.of();
        }
        if (held.tracking.equals(s.tracking())) {
            return List.of();
        }
        ClaimConflict conflict = new ClaimConflict();
        conflict.tracking = s.tracking();
        conflict.kiosk = s.kiosk();
        conflict.scope = s.claimScope();
        conflict.claimKey = s.claimKey();
        conflict.heldBy = held.tracking;
        conflict.heldKiosk = held.kiosk;
        conflict.kelurahan = s.kelurahan();
        conflict.kecamatan = s.kecamatan();
        conflict.listed = clock.now();
        em.persist(conflict);
        LOG.info(() -> "Claim conflict: " + s.tracking() + " (" + s.kiosk() + ") claims what " + held.tracking + " ("
                + held.kiosk + ") holds in " + s.claimScope());
        return outcomes(conflict);
    }

    /** The later case's kiosk hears of the conflict, the holder's kiosk that its claim stands. */
    static List<Outcome> outcomes(ClaimConflict c) {
        return List.of(new Outcome(c.kiosk, c.tracking, Outcome.CLAIM_CONFLICT, c.heldBy),
                new Outcome(c.heldKiosk, c.heldBy, Outcome.CLAIM_STANDS, c.tracking));
    }

    /** The conflict worklist, oldest first; {@code kecamatan} and {@code kelurahan} narrow it (null: all). */
    public List<ClaimConflict> conflicts(EntityManager em, String kecamatan, String kelurahan) {
        String jpql = "select c from ClaimConflict c where 1 = 1"
                + (lower(kecamatan) == null ? "" : " and lower(c.kecamatan) = :kec")
                + (lower(kelurahan) == null ? "" : " and lower(c.kelurahan) = :kel") + " order by c.listed";
        var query = em.createQuery(jpql, ClaimConflict.class).setMaxResults(5000);
        if (lower(kecamatan) != null) {
            query.setParameter("kec", lower(kecamatan));
        }
        if (lower(kelurahan) != null) {
            query.setParameter("kel", lower(kelurahan));
        }
        return query.getResultList();
    }

    private static String lower(String text) {
        return text == null || text.isBlank() ? null : text.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
