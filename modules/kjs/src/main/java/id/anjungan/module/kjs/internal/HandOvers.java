package id.anjungan.module.kjs.internal;

import id.anjungan.spi.Actor;
import id.anjungan.spi.OperationInput;
import id.anjungan.spi.ProgramException;
import id.anjungan.spi.Text;
import id.anjungan.spi.platform.AuditLog;
import id.anjungan.spi.platform.Claim;
import id.anjungan.spi.platform.Counters;
import id.anjungan.spi.platform.KioskClock;
import id.anjungan.spi.platform.RecipientRecord;
import id.anjungan.spi.platform.ResidentRegistry;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Money the pendamping collected reaches the recipient: each hand-over is recorded once per round (who received it,
 * when, how it was acknowledged), the step where cash is in a third party's hands (REVIEW-2026-12 K8). The seed
 * gives no form, so a signature or thumbprint on the pack and, optionally, a photo are what is recorded.
 */
final class HandOvers {

    static final Set<String> RECEIVERS = Set.of("PENERIMA", "KELUARGA");
    static final Set<String> ACKNOWLEDGED = Set.of("TANDA_TANGAN", "CAP_JEMPOL");

    private final Counters counters;
    private final AuditLog audit;
    private final ResidentRegistry residents;
    private final KioskClock clock;

    HandOvers(Counters counters, AuditLog audit, ResidentRegistry residents, KioskClock clock) {
        this.counters = counters;
        this.audit = audit;
        this.residents = residents;
        this.clock = clock;
    }

    static String scope(String round) {
        return "KJS:diserahkan:" + round;
    }

    Optional<Claim> of(String round, String nik) {
        return counters.claimed(scope(round), nik);
    }

    /** Records the hand-over of money disbursed at {@code disbursedOn}; a second record answers with the first. */
    Claim record(PackStore.Pack pack, RecipientRecord r, LocalDate disbursedOn, Map<String, Object> input,
                 Actor actor) {
        OperationInput in = new OperationInput(input);
        String receiver = in.code("receiver", Text.of("Diterima oleh", "Received by"), RECEIVERS);
        String how = in.code("acknowledgement", Text.of("Bukti terima", "Acknowledgement"), ACKNOWLEDGED);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("pack", pack.id());
        details.put("receiver", receiver);
        if ("KELUARGA".equals(receiver)) {
            details.put("receiverName", in.text("receiverName", Text.of("Nama anggota keluarga",
                    "Family member's name"), 2, 100));
            details.put("relation", in.text("relation", Text.of("Hubungan dengan penerima", "Relation to the "
                    + "recipient"), 3, 40));
        }
        details.put("acknowledgement", how);
        in.optionalText("photo", Text.of("Foto serah terima", "Hand-over photo"), 8, 80).ifPresent(p -> {
            if (!p.matches("[A-Za-z0-9_-]+")) {
                throw ProgramException.of("invalid-photo", "Foto serah terima tidak dikenal.",
                        "Unknown hand-over photo.");
            }
            details.put("photo", p);
        });
        LocalDate on = input.get("date") == null ? clock.today() : in.date("date", Text.of("Tanggal serah terima",
                "Hand-over date"));
        if (on.isBefore(disbursedOn) || on.isAfter(clock.today())) {
            throw ProgramException.of("invalid-date", "Tanggal serah terima antara tanggal pencairan (" + disbursedOn
                    + ") dan hari ini.", "The hand-over date is between the disbursement (" + disbursedOn
                    + ") and today.");
        }
        details.put("date", on.toString());
        Claim claim = counters.claimOnce(scope(pack.round()), r.nik(), actor.displayName(), details);
        if (claim.won()) {
            audit.record(actor, "kjs-handed-over", residents.mask(r.nik()), pack.id() + " " + pack.round() + " "
                    + receiver + " " + how);
        }
        return claim;
    }

    /** The hand-over as shown on the pack. */
    static Map<String, Object> json(Claim c) {
        Map<String, Object> m = new LinkedHashMap<>(c.details());
        m.put("by", c.by());
        m.put("at", c.at().toString());
        return m;
    }
}
