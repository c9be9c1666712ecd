package id.anjungan.host.security.control;

import id.anjungan.spi.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** The current request's resident session, unless staff make the request. */
@RequestScoped
public class ResidentContext {

    @Inject
    Caller caller;
    @Inject
    ResidentSessions sessions;
    @Inject
    HttpServletRequest request;

    public boolean isStaff() {
        return caller.actor().role() != Role.RESIDENT;
    }

    /** The resident's live session; a 401 without one. */
    public ResidentSession session() {
        return sessions.require(request);
    }

    /** The resident's live session, if the request sends one. */
    public Optional<ResidentSession> sessionIfAny() {
        return sessions.find(request);
    }
}
