package id.anjungan.host.security.control;

import id.anjungan.host.persistence.Database;
import id.anjungan.host.security.entity.Account;
import id.anjungan.spi.Actor;
import id.anjungan.spi.Role;

/** Staff for tests of other components: accounts with an area, the caller of a request, the areas of a tier. */
public final class TestStaff {

    /** The kecamatan the test kiosk stands in. */
    public static final String KIOSK_KECAMATAN = "Semarang Tengah";

    private TestStaff() {
    }

    /** An account (no secrets) of {@code role} bound to {@code kecamatan} (null: none), as the actor logging in. */
    public static Actor account(Database db, String username, Role role, String kecamatan) {
        db.tx(em -> {
            Account a = new Account();
            a.username = username;
            a.displayName = username;
            a.role = role.name();
            a.kecamatan = kecamatan;
            em.merge(a);
            return null;
        });
        return new Actor(username, username, role, null);
    }

    /** The areas as the city tier ({@code city}) or a kiosk in {@link #KIOSK_KECAMATAN} decides them. */
    public static StaffAreas areas(Database db, boolean city) {
        StaffAreas areas = new StaffAreas();
        areas.db = db;
        areas.city = city;
        areas.kioskKecamatan = KIOSK_KECAMATAN;
        areas.provider = new IdentityProvider();
        return areas;
    }

    /** The caller of a request made with a staff token. */
    public static Caller caller(Actor actor) {
        Caller caller = new Caller();
        caller.set(actor, "token-of-" + actor.username());
        return caller;
    }
}
