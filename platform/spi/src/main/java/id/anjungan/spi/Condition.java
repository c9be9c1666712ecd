package id.anjungan.spi;

import java.util.Set;

/**
 * Shows a field only when another field holds one of some values, so a guided flow can branch
 * ("what happened to your card?" → only then ask for the police report).
 */
public record Condition(String field, Set<String> anyOf) {

    public Condition {
        anyOf = Set.copyOf(anyOf);
    }

    public boolean holds(java.util.Map<String, String> data) {
        String value = data.get(field);
        return value != null && anyOf.contains(value);
    }
}
