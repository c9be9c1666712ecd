package id.anjungan.spi;

import java.util.Set;

/**
 * A step of a case workflow.
 *
 * @param id stable key, e.g. {@code "verify"}
 * @param from state the case must be in
 * @param to state the case moves to
 * @param roles roles that may take the step
 * @param label the button a TKSK or officer presses
 * @param noteRequired whether the officer must write a note (always for a rejection)
 */
public record Transition(String id, String from, String to, Set<Role> roles, Text label, boolean noteRequired) {

    public Transition {
        roles = Set.copyOf(roles);
    }

    public static Transition of(String id, String from, String to, Text label, Role... roles) {
        return new Transition(id, from, to, Set.of(roles), label, false);
    }

    public Transition withNoteRequired() {
        return new Transition(id, from, to, roles, label, true);
    }
}
