package id.anjungan.host.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Indexes an older build created and this one no longer declares. Schema generation only adds ({@code
 * create-or-extend-tables}), so they are dropped here, after it ran: an index nobody reads still costs every insert.
 */
final class RetiredIndexes {

    private static final Logger LOG = Logger.getLogger(RetiredIndexes.class.getName());

    /** recipient_nik: status lookups probe (program, period, nik) instead; it doubled the cost of an import. */
    static final List<String> NAMES = List.of("recipient_nik");

    private RetiredIndexes() {
    }

    static void drop(EntityManagerFactory factory, boolean derby) {
        for (String index : NAMES) {
            EntityManager em = factory.createEntityManager();
            try {
                em.getTransaction().begin();
                if (em.createNativeQuery(derby ? "SELECT 1 FROM SYS.SYSCONGLOMERATES WHERE CONGLOMERATENAME = ?"
                        : "SELECT 1 FROM pg_indexes WHERE indexname = ? AND schemaname = current_schema()")
                        .setParameter(1, derby ? index.toUpperCase(Locale.ROOT) : index).getResultList().isEmpty()) {
                    continue;
                }
                em.createNativeQuery("DROP INDEX " + index).executeUpdate();
                em.getTransaction().commit();
                LOG.info(() -> "Dropped the retired index " + index);
            } catch (PersistenceException e) {
                LOG.log(Level.WARNING, "Could not drop the retired index " + index, e);
            } finally {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                em.close();
            }
        }
    }
}
