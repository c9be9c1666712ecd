package id.anjungan.module.cpp.internal;

import id.anjungan.spi.Actor;
import id.anjungan.spi.OperationInput;
import id.anjungan.spi.ProgramException;
import id.anjungan.spi.Text;
import id.anjungan.spi.platform.AuditLog;
import id.anjungan.spi.platform.Counters;
import id.anjungan.spi.platform.RecipientRecord;
import id.anjungan.spi.platform.Resident;
import id.anjungan.spi.platform.ResidentRegistry;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Replacing a PBP who died, moved, cannot be found or was declared able (Bapanas 2025): by a member of the same
 * family card, who keeps the household's share, or by a household from the event's reserve list (cadangan). Each PBP
 * and each reserve household is used once, also from two desks at the same second.
 */
final class Replacements {

    static final Set<String> CAUSES = Set.of("MENINGGAL", "PINDAH", "TIDAK_DITEMUKAN", "MAMPU");
    private static final Set<String> FAMILY_CAUSES = Set.of("MENINGGAL", "PINDAH");

    private final Events events;
    private final Households households;
    private final PbpStanding standing;
    private final Counters counters;
    private final ResidentRegistry residents;
    private final AuditLog audit;

    Replacements(Events events, Households households, PbpStanding standing, Counters counters,
                 ResidentRegistry residents, AuditLog audit) {
        this.events = events;
        this.households = households;
        this.standing = standing;
        this.counters = counters;
        this.residents = residents;
        this.audit = audit;
    }

    Map<String, Object> replace(Map<String, Object> input, Actor actor) {
        OperationInput in = new OperationInput(input);
        DistributionEvent event = events.require(new OperationInput(input).text("eventId", Labels.EVENT, 1, 200));
        String kk = new OperationInput(input).text("kk", Labels.HOUSEHOLD_KK, 1, 200);
        RecipientRecord old = households.byKk(event.id(), kk).orElseThrow(() -> ProgramException.of("not-listed",
                "Rumah tangga ini tidak ada dalam daftar pembagian ini.",
                "This household is not on this distribution's list."));
        String cause = in.code("reason", Text.of("Alasan penggantian", "Reason for the replacement"), CAUSES);
        String reserveKk = new OperationInput(input).optionalText("reserveKk", Labels.RESERVE_KK, 1, 200).orElse(null);
        RecipientRecord replacement = reserveKk != null ? fromReserve(event, reserveKk, old)
                : fromFamily(old, cause, input, in);
        if (standing.gone(replacement).isPresent()) {
            throw ProgramException.of("replacement-not-entitled", "Pengganti juga tercatat meninggal, pindah, atau "
                    + "sudah mampu.", "The replacement is also recorded as deceased, moved or able.");
        }
        String pbpLock = "CPP-ganti|" + event.id() + "|" + old.nik();
        if (counters.add(pbpLock, 1, 0, 1).isEmpty()) {
            throw ProgramException.of("already-replaced", "PBP ini sudah diganti.", "This PBP was already replaced.");
        }
        String reserveLock = "CPP-cadangan|" + event.id() + "|" + replacement.kk();
        if (reserveKk != null && counters.add(reserveLock, 1, 0, 1).isEmpty()) {
            counters.add(pbpLock, -1, 0, 1);
            throw ProgramException.of("reserve-used", "Rumah tangga cadangan ini sudah menjadi pengganti.",
                    "This reserve household already replaced someone.");
        }
        if (counters.claimed(event.claimScope(), old.kk()).isPresent()) {
            counters.add(pbpLock, -1, 0, 1);
            if (reserveKk != null) {
                counters.add(reserveLock, -1, 0, 1);
            }
            throw ProgramException.of("already-collected", "Jatah rumah tangga ini sudah diambil; PBP tidak dapat "
                    + "diganti pada pembagian ini.", "This household's share was already collected; the PBP cannot "
                    + "be replaced at this distribution.");
        }
        households.replace(event.id(), old, replacement, cause);
        audit.record(actor, "cpp-replace", residents.mask(old.nik()), "event " + event.id() + ", " + cause + ", "
                + (reserveKk != null ? "cadangan KK " : "anggota KK ") + residents.mask(replacement.kk()));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("replaced", residents.mask(old.nik()));
        answer.put("replacedName", old.name());
        answer.put("reason", cause);
        answer.put("name", replacement.name());
        answer.put("nik", residents.mask(replacement.nik()));
        answer.put("kk", residents.mask(replacement.kk()));
        answer.put("fromReserve", reserveKk != null);
        return answer;
    }

    private RecipientRecord fromReserve(DistributionEvent event, String reserveKk, RecipientRecord old) {
        RecipientRecord reserve = households.reserves(event.id()).stream().filter(r -> reserveKk.equals(r.kk()))
                .findFirst().orElseThrow(() -> ProgramException.of("not-in-reserve",
                        "KK ini tidak ada dalam daftar cadangan pembagian ini.",
                        "This family card is not on this distribution's reserve list."));
        return moved(reserve, reserve.nik(), reserve.name(), reserve.kk(), old.nik());
    }

    private RecipientRecord fromFamily(RecipientRecord old, String cause, Map<String, Object> input,
                                       OperationInput in) {
        if (!FAMILY_CAUSES.contains(cause)) {
            throw ProgramException.of("reserve-needed", "Untuk alasan ini rumah tangga diganti dengan rumah tangga "
                    + "dari daftar cadangan.", "For this reason the household is replaced by one from the reserve "
                    + "list.");
        }
        String nik = new OperationInput(input).text("nik", Labels.REPLACEMENT_NIK, 1, 200);
        if (!residents.checkNik(nik).valid() || nik.equals(old.nik())) {
            throw ProgramException.of("invalid-nik", "NIK PBP pengganti tidak sah.",
                    "The replacement PBP's NIK is not valid.");
        }
        String name = in.text("name", Text.of("Nama PBP pengganti", "Name of the replacement PBP"), 3, 100);
        Optional<String> registeredKk = residents.find(nik).map(Resident::kk);
        if (registeredKk.isPresent() && !registeredKk.get().equals(old.kk())) {
            throw ProgramException.of("not-same-kk", "Pengganti tercatat dalam KK lain. Anggota keluarga pengganti "
                    + "harus satu KK dengan PBP; selain itu pilih dari daftar cadangan.",
                    "The replacement is registered in another family card. A family replacement must share the "
                            + "PBP's family card; otherwise choose from the reserve list.");
        }
        if (registeredKk.isEmpty() && !in.yes("kkChecked")) {
            throw ProgramException.of("kk-not-checked", "Periksa Kartu Keluarga: pengganti harus tercantum dalam KK "
                    + "yang sama dengan PBP.", "Check the family card: the replacement must be listed on the PBP's "
                    + "family card.");
        }
        return moved(old, nik, name, old.kk(), old.nik());
    }

    private static RecipientRecord moved(RecipientRecord row, String nik, String name, String kk, String replaces) {
        Map<String, String> fields = new HashMap<>(row.fields());
        fields.remove(Households.RESERVE);
        fields.put(Households.REPLACES, replaces);
        return new RecipientRecord(Households.PROGRAM, row.period(), nik, kk, name, row.address(), row.rt(), row.rw(),
                row.kelurahan(), fields);
    }
}
