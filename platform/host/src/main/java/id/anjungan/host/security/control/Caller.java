package id.anjungan.host.security.control;

import id.anjungan.spi.Actor;
import jakarta.enterprise.context.RequestScoped;

/** Who makes the current request: a resident at the kiosk unless a staff token says otherwise. */
@RequestScoped
public class Caller {

    private Actor actor = Actor.resident();
    private String token;

    public Actor actor() {
        return actor;
    }

    public String token() {
        return token;
    }

    public boolean isStaff() {
        return token != null;
    }

    void set(Actor who, String bearer) {
        this.actor = who;
        this.token = bearer;
    }
}
