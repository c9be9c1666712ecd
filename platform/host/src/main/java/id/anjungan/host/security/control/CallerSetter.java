package id.anjungan.host.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Lets the access filter fill the request's {@link Caller}. */
@ApplicationScoped
public class CallerSetter {

    @Inject
    Caller caller;

    public void set(Authentication.Authenticated authenticated) {
        caller.set(authenticated.actor(), authenticated.bearer());
        if (authenticated.provided()) {
            caller.provided(authenticated.kecamatan(), authenticated.providedSession());
        }
    }
}
