package id.anjungan.host.security.control;

import id.anjungan.host.config.Setting;
import id.anjungan.host.config.Settings;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.security.entity.Account;
import id.anjungan.spi.Actor;
import id.anjungan.spi.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;

/**
 * Which cases a caller may see, from the kecamatan on their account. A TKSK serves one kecamatan (one TKSK per
 * kecamatan, PROGRAMS.md) and a camat heads one: on the city tier, which holds every kiosk's cases, they see their
 * kecamatan's cases only, and nothing until the admin has set it (an account made before this rule must not see the
 * whole city). Kasi Kesos, Dinas Sosial and the admin see the city as before; a PSM keeps the limits of
 * {@code CaseAccess}. On a kiosk every case is of the kiosk's own kecamatan: a kecamatan officer sees them all unless
 * the account names another kecamatan, then none (an officer of a neighbouring kecamatan). The account is read on each request, so a change by the admin
 * holds at once, also for sessions already open.
 */
@ApplicationScoped
public class StaffAreas {

    /** The roles a kecamatan limits. */
    static final Set<Role> KECAMATAN_OFFICERS = Set.of(Role.TKSK, Role.CAMAT);

    @Inject
    Database db;
    @Inject
    Caller caller;
    @Inject
    IdentityProvider provider;
    @Inject
    CachedCredentials cached;

    boolean city = "city".equalsIgnoreCase(Settings.value(Setting.ROLE));
    String kioskKecamatan = Settings.value(Setting.KELURAHAN_KECAMATAN);

    public CaseArea of(Actor actor) {
        if (!KECAMATAN_OFFICERS.contains(actor.role())) {
            return CaseArea.EVERYTHING;
        }
        String kecamatan = kecamatanOf(actor);
        if (city) {
            return kecamatan == null ? CaseArea.NOTHING : CaseArea.of(kecamatan);
        }
        // a kiosk's own cases carry no kecamatan: limited to another one, the officer sees none of them
        return kecamatan == null || AreaNames.same(kecamatan, kioskKecamatan) ? CaseArea.EVERYTHING
                : CaseArea.of(kecamatan);
    }

    /**
     * The kecamatan of an account: the identity provider's token says it for its caller (a group of the realm), a
     * kiosk's cached credential for an officer logged in while the provider was unreachable, the account row for a
     * local account.
     */
    private String kecamatanOf(Actor actor) {
        if (provider.configured()) {
            if (calledBy(actor)) {
                return caller.providedKecamatan();
            }
            Optional<String> offline = city ? Optional.empty() : cached.kecamatan(actor.username());
            if (offline.isPresent()) {
                return offline.get();
            }
        }
        return db.read(em -> {
            Account account = em.find(Account.class, actor.username());
            return account == null ? null : account.kecamatan;
        });
    }

    private boolean calledBy(Actor actor) {
        try {
            return caller.provided() && caller.actor().username().equals(actor.username());
        } catch (ContextNotActiveException outsideRequest) {
            return false;
        }
    }

    /** Whether this node is the city tier, where a kecamatan officer's account must name a kecamatan. */
    public boolean city() {
        return city;
    }
}
