package id.anjungan.host.security.control;

import id.anjungan.spi.Actor;
import jakarta.enterprise.context.RequestScoped;

/** Who makes the current request: a resident at the kiosk unless a staff token says otherwise. */
@RequestScoped
public class Caller {

    private Actor actor = Actor.resident();
    private String token;
    /** The kecamatan the identity provider's token gives the caller; null for a local account. */
    private String providedKecamatan;
    private boolean provided;
    /** The identity provider's session of the caller ({@link AccessTokens.Claims#providedSession()}); may be null. */
    private String providedSession;

    public Actor actor() {
        return actor;
    }

    public String token() {
        return token;
    }

    public boolean isStaff() {
        return token != null;
    }

    /** Whether the caller came with an access token of the identity provider (no session of this node). */
    public boolean provided() {
        return provided;
    }

    String providedKecamatan() {
        return providedKecamatan;
    }

    String providedSession() {
        return providedSession;
    }

    void set(Actor who, String bearer) {
        this.actor = who;
        this.token = bearer;
    }

    void provided(String kecamatan, String session) {
        this.provided = true;
        this.providedKecamatan = kecamatan;
        this.providedSession = session;
    }
}
