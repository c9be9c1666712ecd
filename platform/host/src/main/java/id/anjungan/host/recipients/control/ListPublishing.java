package id.anjungan.host.recipients.control;

import jakarta.persistence.EntityManager;

/**
 * Told of a recipient list inside the transaction that publishes it, so that what it records (the city's list
 * version, the version a kiosk loaded) commits or rolls back with the list itself.
 */
@FunctionalInterface
public interface ListPublishing {

    ListPublishing NONE = (em, program, period, source, rows) -> { };

    void publishing(EntityManager em, String program, String period, String source, long rows);

    /** This, then {@code next}, in the same transaction. */
    default ListPublishing andThen(ListPublishing next) {
        return (em, program, period, source, rows) -> {
            publishing(em, program, period, source, rows);
            next.publishing(em, program, period, source, rows);
        };
    }
}
