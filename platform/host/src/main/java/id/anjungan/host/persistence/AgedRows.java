package id.anjungan.host.persistence;

import java.time.Instant;
import java.util.List;

/**
 * Deletes the rows of one entity older than a cutoff, a bounded batch per transaction: pruning a table that grew
 * for months never holds a long transaction or many locks against the writers of new rows.
 *
 * @param entity the entity's name in JPQL
 * @param id its id field
 * @param time the field that dates a row; a row whose time is empty is never old
 */
public record AgedRows(String entity, String id, String time) {

    /** Rows deleted per transaction. */
    public static final int BATCH = 500;

    /** Deletes every row older than {@code cutoff}; how many. */
    public int deleteBefore(Database db, Instant cutoff) {
        int deleted = 0;
        while (true) {
            int n = db.tx(em -> {
                List<?> ids = em.createQuery("select r." + id + " from " + entity + " r where r." + time + " < :cutoff")
                        .setParameter("cutoff", cutoff).setMaxResults(BATCH).getResultList();
                return ids.isEmpty() ? 0 : em.createQuery("delete from " + entity + " r where r." + id + " in :ids"
                        + " and r." + time + " < :cutoff").setParameter("ids", ids).setParameter("cutoff", cutoff)
                        .executeUpdate();
            });
            deleted += n;
            if (n < BATCH) {
                return deleted;
            }
        }
    }
}
