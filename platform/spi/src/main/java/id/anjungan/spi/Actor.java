package id.anjungan.spi;

import java.util.Objects;

/**
 * Who performs an action. In an assisted session a PSM acts on behalf of a resident.
 *
 * @param username account name, or {@code "kiosk"} for an anonymous resident
 * @param displayName name shown in histories
 * @param role the acting role
 * @param onBehalfOfNik the resident's NIK in an assisted session, else {@code null}
 */
public record Actor(String username, String displayName, Role role, String onBehalfOfNik) {

    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        displayName = displayName == null ? username : displayName;
    }

    /** An anonymous resident at the kiosk. */
    public static Actor resident() {
        return new Actor("kiosk", "Warga", Role.RESIDENT, null);
    }

    /** Whether this actor has any of the given roles. */
    public boolean hasAnyOf(java.util.Set<Role> roles) {
        return roles.contains(role) || role == Role.ADMIN && roles.contains(Role.ADMIN);
    }
}
