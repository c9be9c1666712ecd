package id.anjungan.module.kjs.internal;

import id.anjungan.spi.Actor;
import id.anjungan.spi.Text;
import id.anjungan.spi.platform.AuditLog;
import id.anjungan.spi.platform.CaseStore;
import id.anjungan.spi.platform.Claim;
import id.anjungan.spi.platform.Counters;
import id.anjungan.spi.platform.KioskClock;
import id.anjungan.spi.platform.Ledger;
import id.anjungan.spi.platform.RecipientRecord;
import id.anjungan.spi.platform.ResidentRegistry;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Records a disbursement once per recipient and round: claim, ledger entry, counter, audit, case note. */
final class Disbursements {

    private final Counters counters;
    private final Ledger ledger;
    private final CaseStore cases;
    private final AuditLog audit;
    private final ResidentRegistry residents;
    private final KioskClock clock;
    private final KjsConfig config;

    Disbursements(Counters counters, Ledger ledger, CaseStore cases, AuditLog audit, ResidentRegistry residents,
                  KioskClock clock, KjsConfig config) {
        this.counters = counters;
        this.ledger = ledger;
        this.cases = cases;
        this.audit = audit;
        this.residents = residents;
        this.clock = clock;
        this.config = config;
    }

    static String scope(String round) {
        return "KJS:disbursed:" + round;
    }

    static String ledgerOf(String round) {
        return "KJS-PENCAIRAN-" + round;
    }

    static String countOf(String round) {
        return "KJS:disbursed-count:" + round;
    }

    long count(String round) {
        return counters.value(countOf(round));
    }

    Optional<Claim> of(String round, String nik) {
        return counters.claimed(scope(round), nik);
    }

    /** Records the disbursement; only the first of any concurrent attempts writes the ledger. */
    Claim record(PackStore.Pack pack, RecipientRecord r, Actor actor) {
        String masked = residents.mask(r.nik());
        Claim claim = counters.claimOnce(scope(pack.round()), r.nik(), actor.displayName(), Map.of("pack", pack.id()));
        if (!claim.won()) {
            return claim;
        }
        ledger.append(ledgerOf(pack.round()), config.amountPerPayment(), "disbursement",
                "Pencairan KJS " + pack.round() + " " + masked + " (" + pack.id() + ")", actor);
        counters.add(countOf(pack.round()), 1, 0, Long.MAX_VALUE);
        audit.record(actor, "kjs-disbursed", masked, pack.id() + " " + pack.round());
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("pencairan-" + pack.round(), LocalDate.ofInstant(claim.at(), clock.zone()).toString());
        cases.list(Recipients.PROGRAM, CardFlow.SERVICE, Workflows.ACCOUNT_PATH).stream()
                .filter(c -> r.nik().equals(Roster.nikOf(c)))
                .forEach(c -> cases.annotate(c.tracking(), facts, notice(pack.round()).get("id").toString(), actor));
        return claim;
    }

    Map<String, Object> notice(String round) {
        return PackSheet.text("Dana KJS " + round + " sebesar " + Text.rupiah(config.amountPerPayment())
                        + " sudah dicairkan oleh pendamping di " + config.bank() + ".",
                "KJS funds for " + round + " of " + Text.rupiah(config.amountPerPayment())
                        + " were disbursed by the pendamping at " + config.bank() + ".");
    }
}
