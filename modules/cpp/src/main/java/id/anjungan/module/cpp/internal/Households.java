package id.anjungan.module.cpp.internal;

import id.anjungan.spi.Reason;
import id.anjungan.spi.platform.RecipientLists;
import id.anjungan.spi.platform.RecipientRecord;
import id.anjungan.spi.platform.ResidentRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The households invited to an event: a recipient list of program CPP whose period is the event id. A household is
 * a family card (KK); its row carries the NIK of the person named on the invitation (the PBP, penerima bantuan
 * pangan). The same list keeps the reserve households (cadangan) and the rows of PBPs who were replaced, marked by a
 * field, so a replacement never loses who was there before.
 */
final class Households {

    static final String PROGRAM = "CPP";
    /** Field set on a reserve household (Bapanas: replacements come from the reserve data). */
    static final String RESERVE = "cadangan";
    /** Field set on a replaced PBP's row: why the PBP was replaced. */
    static final String REPLACED = "diganti";
    /** Field set on a replacement's row: the NIK of the PBP replaced. */
    static final String REPLACES = "menggantikan";

    private final RecipientLists lists;
    private final ResidentRegistry residents;

    Households(RecipientLists lists, ResidentRegistry residents) {
        this.lists = lists;
        this.residents = residents;
    }

    /** The invited households: neither reserves nor replaced PBPs. */
    List<RecipientRecord> all(String eventId) {
        return lists.list(PROGRAM, eventId).stream().filter(Households::invited).toList();
    }

    List<RecipientRecord> reserves(String eventId) {
        return lists.list(PROGRAM, eventId).stream().filter(r -> r.field(REPLACED) == null && reserve(r)).toList();
    }

    /** PBPs replaced at this event, with the rows of who replaced them. */
    List<RecipientRecord> replaced(String eventId) {
        return lists.list(PROGRAM, eventId).stream().filter(r -> r.field(REPLACED) != null).toList();
    }

    static boolean invited(RecipientRecord r) {
        return !reserve(r) && r.field(REPLACED) == null;
    }

    /** A list imported by the platform keeps the column as typed, so "tidak" must not make a reserve. */
    static boolean reserve(RecipientRecord r) {
        return yes(r.field(RESERVE));
    }

    private static boolean yes(String value) {
        return value != null && Set.of("ya", "y", "true", "1").contains(value.strip().toLowerCase(Locale.ROOT));
    }

    Optional<RecipientRecord> byKk(String eventId, String kk) {
        return all(eventId).stream().filter(r -> kk.equals(r.kk())).findFirst();
    }

    /** The listed person, or else a family member whose KK the registry knows. */
    Optional<RecipientRecord> byNik(String eventId, String nik) {
        return lists.find(PROGRAM, eventId, nik).filter(Households::invited)
                .or(() -> residents.find(nik).flatMap(r -> r.kk() == null ? Optional.empty() : byKk(eventId, r.kk())));
    }

    /** Marks the PBP replaced and lists the replacement in the same event. */
    void replace(String eventId, RecipientRecord old, RecipientRecord replacement, String cause) {
        Map<String, String> fields = new HashMap<>(old.fields());
        fields.put(REPLACED, cause);
        lists.put(PROGRAM, eventId, List.of(new RecipientRecord(PROGRAM, eventId, old.nik(), old.kk(), old.name(),
                old.address(), old.rt(), old.rw(), old.kelurahan(), fields), replacement));
    }

    /** Stores valid rows, rejecting bad numbers, missing names and a second row for a household already listed. */
    Map<String, Object> importRows(String eventId, List<Map<String, Object>> rows) {
        Map<String, String> nikByKk = new HashMap<>();
        Set<String> replaced = new HashSet<>();
        for (RecipientRecord r : lists.list(PROGRAM, eventId)) {
            if (r.field(REPLACED) == null) {
                nikByKk.put(r.kk(), r.nik());
            } else {
                replaced.add(r.nik());
            }
        }
        List<RecipientRecord> accepted = new ArrayList<>();
        List<Map<String, Object>> rejected = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = rows.get(i);
            String nik = ImportRows.text(row, "nik");
            String kk = ImportRows.text(row, "kk");
            Optional<Reason> problem = replaced.contains(nik) ? Optional.of(Reason.of("pbp-replaced",
                    "PBP ini sudah diganti pada pembagian ini; daftar tidak mengembalikannya.",
                    "This PBP was already replaced at this distribution; a list does not bring them back."))
                    : problem(nik, kk, ImportRows.text(row, "name"), nikByKk);
            if (problem.isPresent()) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("row", i + 1);
                r.put("nik", nik == null ? "" : residents.mask(nik));
                r.put("code", problem.get().code());
                r.put("reason", Formats.json(problem.get().message()));
                rejected.add(r);
                continue;
            }
            nikByKk.put(kk, nik);
            accepted.add(record(eventId, row));
        }
        if (!accepted.isEmpty()) {
            lists.put(PROGRAM, eventId, accepted);
        }
        return Map.of("accepted", accepted.size(), "rejected", rejected, "households", all(eventId).size(),
                "reserves", reserves(eventId).size());
    }

    private Optional<Reason> problem(String nik, String kk, String name, Map<String, String> nikByKk) {
        if (nik == null || !residents.checkNik(nik).valid()) {
            return Optional.of(Reason.of("invalid-nik", "NIK tidak sah.", "Invalid NIK."));
        }
        if (kk == null || !residents.checkKk(kk).valid()) {
            return Optional.of(Reason.of("invalid-kk", "Nomor KK tidak sah.", "Invalid family card number."));
        }
        if (name == null) {
            return Optional.of(Reason.of("missing-name", "Nama kosong.", "Name is missing."));
        }
        String listed = nikByKk.get(kk);
        if (listed != null && !listed.equals(nik)) {
            return Optional.of(Reason.of("household-listed", "KK ini sudah terdaftar atas NIK "
                    + residents.mask(listed) + "; satu KK satu jatah.", "This family card is already listed under NIK "
                    + residents.mask(listed) + "; one share per family card."));
        }
        return Optional.empty();
    }

    private static RecipientRecord record(String eventId, Map<String, Object> row) {
        Map<String, String> fields = new HashMap<>();
        String kg = ImportRows.text(row, "kg");
        if (kg != null && kg.matches("\\d{1,3}") && Integer.parseInt(kg) > 0) {
            fields.put("kg", kg);
        }
        if (yes(ImportRows.text(row, RESERVE))) {
            fields.put(RESERVE, "ya");
        }
        return new RecipientRecord(PROGRAM, eventId, ImportRows.text(row, "nik"), ImportRows.text(row, "kk"),
                ImportRows.text(row, "name"), ImportRows.text(row, "address"), ImportRows.text(row, "rt"),
                ImportRows.text(row, "rw"),
                ImportRows.text(row, "kelurahan"), fields);
    }

    /** Kilograms for this household: its own row's {@code kg} column when present, else the event's. */
    static int kgFor(RecipientRecord row, DistributionEvent event) {
        String kg = row.field("kg");
        return kg != null && kg.matches("\\d{1,3}") && Integer.parseInt(kg) > 0 ? Integer.parseInt(kg)
                : event.kgPerHousehold();
    }
}
