package id.anjungan.host.recipients.control;

import id.anjungan.host.identity.control.Standings;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.persistence.JsonText;
import id.anjungan.host.recipients.entity.ListOverlap;
import id.anjungan.host.recipients.entity.RecipientListRow;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.Text;
import id.anjungan.spi.platform.Resident;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who the newest recipient lists hold although they should not: a person on two lists the programs' descriptors
 * declare exclusive ({@code exclusiveWith}), and a person still on a list although the kelurahan recorded them as
 * deceased, moved or declared able (retur), or a list names them as the deceased in its {@code nik_almarhum} column (a
 * santunan kematian list). Lists arrive from different offices at different times, so after each import the TKSK
 * sees whom to report for retur or replacement.
 */
@ApplicationScoped
public class ListOverlaps {

    /** The column of a recipient list that names a deceased person (the death benefit's list). */
    public static final String DECEASED_COLUMN = "nik_almarhum";
    private static final int CHUNK = 500;

    @Inject
    Database db;

    /** The report over the newest list of every program, exclusive pairs first, each part ordered by name. */
    public List<ListOverlap> report(Collection<ProgramDescriptor> programs) {
        return db.read(em -> {
            Map<String, RecipientListRow> newest = new TreeMap<>(StoredRecipientLists.newestLists(em));
            List<ListOverlap> found = new ArrayList<>();
            java.util.SortedSet<List<String>> pairs = new java.util.TreeSet<>(
                    java.util.Comparator.comparing((List<String> pair) -> pair.get(0)).thenComparing(p -> p.get(1)));
            for (ProgramDescriptor program : programs) {
                program.exclusiveWith().stream().filter(other -> !other.equals(program.code()))
                        .map(other -> program.code().compareTo(other) < 0 ? List.of(program.code(), other)
                                : List.of(other, program.code()))
                        .forEach(pairs::add);
            }
            for (List<String> pair : pairs) {
                if (newest.containsKey(pair.get(0)) && newest.containsKey(pair.get(1))) {
                    found.addAll(exclusive(em, newest.get(pair.get(0)), newest.get(pair.get(1))));
                }
            }
            Map<String, String> recorded = recordedNotEntitled(em, newest);
            newest.forEach((code, list) -> found.addAll(notEntitled(em, list, recorded)));
            return found;
        });
    }

    private static List<ListOverlap> exclusive(EntityManager em, RecipientListRow a, RecipientListRow b) {
        List<ListOverlap> found = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT a.nik, a.full_name, a.kelurahan FROM "
                + ListTables.checked(a.storedAs) + " a JOIN " + ListTables.checked(b.storedAs)
                + " b ON a.nik = b.nik ORDER BY a.full_name").getResultList()) {
            Object[] c = (Object[]) row;
            found.add(new ListOverlap(ListOverlap.Kind.EXCLUSIVE, List.of(a.program, b.program),
                    ((String) c[0]).trim(), (String) c[1], (String) c[2], null, Text.of("Terdaftar di " + a.program
                    + " dan " + b.program + ", padahal penerima salah satunya tidak dapat menerima yang lain. "
                    + "Usulkan retur bantuan ganda untuk salah satunya.", "On both " + a.program + " and "
                    + b.program + ", which exclude each other. Propose a double-aid retur for one of them.")));
        }
        return found;
    }

    /** NIK → what was recorded: non-active standings in the register, deceased named by any list. */
    private static Map<String, String> recordedNotEntitled(EntityManager em, Map<String, RecipientListRow> newest) {
        Map<String, String> recorded = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("SELECT nik, standing FROM resident WHERE standing IS NOT NULL "
                + "AND standing <> 'ACTIVE'").getResultList()) {
            Object[] c = (Object[]) row;
            recorded.put(((String) c[0]).trim(), (String) c[1]);
        }
        newest.forEach((code, list) -> {
            for (Object json : em.createNativeQuery("SELECT fields_json FROM " + ListTables.checked(list.storedAs)
                    + " WHERE fields_json LIKE '%\"" + DECEASED_COLUMN + "\"%'").getResultList()) {
                String nik = JsonText.readMap((String) json).get(DECEASED_COLUMN);
                if (nik != null && !nik.isBlank()) {
                    recorded.putIfAbsent(nik.trim(), Resident.Standing.DECEASED.name() + " (" + code + ")");
                }
            }
        });
        return recorded;
    }

    private static List<ListOverlap> notEntitled(EntityManager em, RecipientListRow list, Map<String, String> recorded) {
        List<String> niks = List.copyOf(recorded.keySet());
        Map<String, ListOverlap> found = new TreeMap<>();
        for (int from = 0; from < niks.size(); from += CHUNK) {
            List<String> chunk = niks.subList(from, Math.min(niks.size(), from + CHUNK));
            jakarta.persistence.Query query = em.createNativeQuery("SELECT nik, full_name, kelurahan FROM "
                    + ListTables.checked(list.storedAs) + " WHERE nik IN ("
                    + String.join(",", java.util.Collections.nCopies(chunk.size(), "?")) + ")");
            for (int i = 0; i < chunk.size(); i++) {
                query.setParameter(i + 1, chunk.get(i));
            }
            for (Object row : query.getResultList()) {
                Object[] c = (Object[]) row;
                String nik = ((String) c[0]).trim();
                String what = recorded.get(nik);
                Text standing = Standings.of(Resident.Standing.valueOf(what.split(" ")[0]));
                found.put(c[1] + "|" + nik, new ListOverlap(ListOverlap.Kind.NOT_ENTITLED, List.of(list.program), nik,
                        (String) c[1], (String) c[2], what, Text.of("Masih ada di daftar " + list.program
                        + ", padahal tercatat " + standing.id() + ". Laporkan untuk retur atau penggantian.",
                        "Still on the " + list.program + " list although the records say this person "
                                + standing.en() + ". Report for retur or replacement.")));
            }
        }
        return List.copyOf(found.values());
    }
}
