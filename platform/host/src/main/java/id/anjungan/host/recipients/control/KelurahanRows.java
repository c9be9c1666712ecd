package id.anjungan.host.recipients.control;

import id.anjungan.host.persistence.Database;
import id.anjungan.host.recipients.entity.RecipientListRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/** Keeps, in every stored period of a program, only the rows of one kelurahan. */
@ApplicationScoped
public class KelurahanRows {

    @Inject
    Database db;

    /**
     * Removes the program's rows whose kelurahan {@code own} does not accept, in every period; returns how many. When
     * any went, {@code alsoThen} runs in the same transaction with their number.
     */
    public long keepOnly(String program, Predicate<String> own, BiConsumer<EntityManager, Long> alsoThen) {
        long removed = db.txRetrying(em -> {
            long gone = 0;
            for (RecipientListRow list : em.createQuery("select l from RecipientListRow l where l.program = :program",
                    RecipientListRow.class).setParameter("program", program).getResultList()) {
                long fromList = Database.jdbc(em, c -> remove(c, ListTables.checked(list.storedAs), own));
                list.rows -= fromList;
                gone += fromList;
            }
            if (gone > 0) {
                alsoThen.accept(em, gone);
            }
            return gone;
        });
        if (removed > 0) {
            StoredRecipientLists.forgetPointers();
        }
        return removed;
    }

    // names are compared as AreaNames does (letter case, look-alikes), which SQL cannot: each distinct one is asked
    private static long remove(java.sql.Connection c, String table, Predicate<String> own) throws java.sql.SQLException {
        List<String> others = new ArrayList<>();
        try (Statement names = c.createStatement();
             ResultSet rs = names.executeQuery("SELECT DISTINCT kelurahan FROM " + table)) {
            while (rs.next()) {
                String name = rs.getString(1);
                if (!own.test(name)) {
                    others.add(name);
                }
            }
        }
        long removed = 0;
        for (String name : others) {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + table
                    + (name == null ? " WHERE kelurahan IS NULL" : " WHERE kelurahan = ?"))) {
                if (name != null) {
                    delete.setString(1, name);
                }
                removed += delete.executeUpdate();
            }
        }
        return removed;
    }
}
