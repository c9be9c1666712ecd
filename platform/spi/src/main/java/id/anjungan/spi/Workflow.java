package id.anjungan.spi;

import java.util.List;
import java.util.Optional;

/**
 * The states a case goes through and who may move it.
 *
 * @param id referenced by {@link ServiceDefinition#workflow()}
 * @param initial state of a new case
 * @param states every state
 * @param transitions every allowed step
 */
public record Workflow(String id, String initial, List<State> states, List<Transition> transitions) {

    public Workflow {
        states = List.copyOf(states);
        transitions = List.copyOf(transitions);
        java.util.Set<String> ids = new java.util.HashSet<>();
        states.forEach(s -> ids.add(s.id()));
        if (!ids.contains(initial)) {
            throw new IllegalArgumentException("initial state " + initial + " is not a state of " + id);
        }
        for (Transition t : transitions) {
            if (!ids.contains(t.from()) || !ids.contains(t.to())) {
                throw new IllegalArgumentException("transition " + t.id() + " joins unknown states");
            }
        }
    }

    /**
     * A workflow starting in {@code initial}.
     *
     * @since 1.3
     */
    public static Workflow of(String id, String initial, List<State> states, List<Transition> transitions) {
        return new Workflow(id, initial, states, transitions);
    }

    public Optional<State> state(String stateId) {
        return states.stream().filter(s -> s.id().equals(stateId)).findFirst();
    }

    /** Steps that leave a state. */
    public List<Transition> from(String stateId) {
        return transitions.stream().filter(t -> t.from().equals(stateId)).toList();
    }

    public Optional<Transition> transition(String stateId, String transitionId) {
        return from(stateId).stream().filter(t -> t.id().equals(transitionId)).findFirst();
    }
}
