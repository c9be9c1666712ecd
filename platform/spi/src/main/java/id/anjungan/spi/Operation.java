package id.anjungan.spi;

import java.util.Set;

/**
 * A module-specific operation its screens call through {@code POST /api/programs/{code}/operations/{id}}
 * (a ledger entry, a claim at a distribution desk, a placement within a quota).
 *
 * @param id stable key
 * @param roles who may call it ({@link Role#RESIDENT} for everyone)
 * @param readOnly whether it only reads (then it may be retried and needs no audit entry)
 */
public record Operation(String id, Set<Role> roles, boolean readOnly) {

    public Operation {
        roles = Set.copyOf(roles);
    }

    /**
     * An operation that only reads: it may be retried and needs no audit entry.
     *
     * @since 1.3
     */
    public static Operation reading(String id, Set<Role> roles) {
        return new Operation(id, roles, true);
    }

    /**
     * An operation that changes something: it is audited and not retried.
     *
     * @since 1.3
     */
    public static Operation changing(String id, Set<Role> roles) {
        return new Operation(id, roles, false);
    }
}
