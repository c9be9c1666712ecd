package id.anjungan.module.cpp.internal;

import id.anjungan.spi.Actor;
import id.anjungan.spi.OperationInput;
import id.anjungan.spi.ProgramException;
import id.anjungan.spi.Text;
import id.anjungan.spi.platform.AuditLog;
import id.anjungan.spi.platform.Claim;
import id.anjungan.spi.platform.Counters;
import id.anjungan.spi.platform.KioskClock;
import id.anjungan.spi.platform.RecipientRecord;
import id.anjungan.spi.platform.Resident;
import id.anjungan.spi.platform.ResidentRegistry;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The hand-over at the desk: one claim per household (KK) per event, even from two desks at the same second, and
 * never more rice out than came in. A PBP recorded as deceased, moved or able is flagged for replacement; someone
 * collecting for the PBP is in the same family card or brings a surat kuasa; each hand-over records its proof.
 */
final class HandOver {

    /** How the PBP acknowledged receipt on the daftar tanda terima: signature, thumbprint, or a photo with the rice. */
    static final Set<String> PROOFS = Set.of("TANDA_TANGAN", "CAP_JEMPOL", "FOTO");

    private final HouseholdFinder finder;
    private final Stock stock;
    private final Counters counters;
    private final ResidentRegistry residents;
    private final AuditLog audit;
    private final KioskClock clock;
    private final boolean proxyPickup;
    private final PbpStanding standing;

    HandOver(HouseholdFinder finder, PbpStanding standing, Stock stock, Counters counters, ResidentRegistry residents,
             AuditLog audit, KioskClock clock, boolean proxyPickup) {
        this.standing = standing;
        this.finder = finder;
        this.stock = stock;
        this.counters = counters;
        this.residents = residents;
        this.audit = audit;
        this.clock = clock;
        this.proxyPickup = proxyPickup;
    }

    Map<String, Object> lookup(Map<String, Object> input, Actor actor) {
        HouseholdFinder.Found found = finder.find(input);
        audit.record(actor, "read-recipient", residents.mask(found.household().kk()), "CPP " + found.event().id());
        Map<String, Object> answer = household(found);
        counters.claimed(found.event().claimScope(), found.household().kk())
                .ifPresent(c -> answer.put("claim", claim(c, found.event())));
        Map<String, Object> flag = standing.flag(found.household());
        if (!flag.isEmpty() && !answer.containsKey("claim")) {
            answer.put("replace", flag);
        }
        return answer;
    }

    Map<String, Object> claim(Map<String, Object> input, Actor actor) {
        HouseholdFinder.Found found = finder.find(input);
        DistributionEvent event = found.event();
        RecipientRecord row = found.household();
        Optional<Claim> earlier = counters.claimed(event.claimScope(), row.kk());
        if (earlier.isPresent()) {
            return refused(found, earlier.get());
        }
        standing.gone(row).ifPresent(s -> {
            Text why = PbpStanding.why(s, row.name());
            throw ProgramException.of("pbp-needs-replacement", why.id(), why.en());
        });
        OperationInput in = new OperationInput(input);
        String proof = in.code("proof", Text.of("Bukti serah terima", "Proof of hand-over"), PROOFS);
        String pickup = new OperationInput(input).optionalText("pickupNik", Labels.PICKUP_NIK, 1, 200)
                .orElse(found.presenterNik());
        String proxyBasis = null;
        if (pickup != null && !pickup.equals(row.nik())) {
            proxyBasis = proxyBasis(pickup, row, in);
        } else {
            pickup = null;
        }
        int kg = Households.kgFor(row, event);
        if (!stock.take(event.id(), kg)) {
            long left = stock.remainingKg(event.id());
            throw ProgramException.of("stock-empty", "Stok beras tidak cukup: sisa " + left + " kg, perlu " + kg
                    + " kg. Catat penerimaan stok baru dulu.", "Not enough rice in stock: " + left + " kg left, "
                    + kg + " kg needed. Record newly received stock first.");
        }
        Map<String, String> details = details(input, found, kg, pickup);
        details.put("proof", proof);
        if (proxyBasis != null) {
            details.put("proxyBasis", proxyBasis);
        }
        Claim claim = counters.claimOnce(event.claimScope(), row.kk(), actor.displayName(), details);
        if (!claim.won()) {
            stock.giveBack(event.id(), kg);
            return refused(found, claim);
        }
        audit.record(actor, "cpp-handover", residents.mask(row.kk()), "event " + event.id() + ", " + kg + " kg"
                + (pickup == null ? "" : ", diambil oleh " + residents.mask(pickup)));
        Map<String, Object> answer = household(found);
        answer.put("handedOver", true);
        answer.put("claim", claim(claim, event));
        answer.put("remainingKg", stock.remainingKg(event.id()));
        return answer;
    }

    /**
     * Bapanas practice: someone collecting for the PBP is a member of the same family card, or brings a surat kuasa
     * signed by the PBP. The registry's family card wins over the officer's tick; a letter needs the bearer's name.
     */
    private String proxyBasis(String pickup, RecipientRecord row, OperationInput in) {
        if (!proxyPickup) {
            throw ProgramException.of("proxy-not-allowed", "Beras hanya dapat diambil oleh " + row.name() + ".",
                    "Only " + row.name() + " may collect the rice.");
        }
        if (!residents.checkNik(pickup).valid()) {
            throw ProgramException.of("invalid-pickup-nik", "NIK pengambil tidak sah.",
                    "The NIK of the person collecting is not valid.");
        }
        Optional<String> kk = residents.find(pickup).map(Resident::kk);
        if (kk.isPresent() && kk.get().equals(row.kk())) {
            return "SATU_KK";
        }
        if (in.yes("suratKuasa")) {
            in.text("pickupName", Text.of("Nama penerima kuasa", "Name of the person holding the letter"), 3, 100);
            return "SURAT_KUASA";
        }
        if (kk.isEmpty() && in.yes("kkChecked")) {
            return "SATU_KK";
        }
        throw ProgramException.of("proxy-needs-kk-or-letter", "Pengambil harus anggota keluarga dalam KK yang sama "
                + "dengan PBP (tunjukkan Kartu Keluarga), atau membawa surat kuasa dari PBP.",
                "The person collecting must be on the PBP's family card (show it), or bring a letter of authority "
                        + "(surat kuasa) from the PBP.");
    }

    private static Map<String, String> details(Map<String, Object> input, HouseholdFinder.Found found, int kg,
                                               String pickup) {
        Map<String, String> d = new HashMap<>();
        d.put("nik", found.household().nik());
        d.put("kg", Integer.toString(kg));
        d.put("place", new OperationInput(input).optionalText("desk", Labels.DESK, 1, 200)
                .orElse(found.event().place()));
        d.put("via", found.via());
        if (pickup != null) {
            d.put("pickupNik", pickup);
            new OperationInput(input).optionalText("pickupName", Labels.PICKUP_NAME, 1, 200)
                    .ifPresent(n -> d.put("pickupName", n));
            new OperationInput(input).optionalText("relation", Labels.RELATION, 1, 200)
                    .ifPresent(r -> d.put("relation", r));
        }
        return d;
    }

    private Map<String, Object> refused(HouseholdFinder.Found found, Claim first) {
        Map<String, Object> answer = household(found);
        Map<String, Object> claim = claim(first, found.event());
        Text when = Text.moment(first.at(), clock.zone());
        String by = first.by();
        String pickup = (String) claim.get("pickupNik");
        answer.put("handedOver", false);
        answer.put("code", "already-claimed");
        answer.put("claim", claim);
        answer.put("message", Formats.json(Text.of(
                "Jatah rumah tangga (PBP) ini sudah diambil pada " + when.id() + " di " + claim.get("place")
                        + ", dicatat oleh " + by + (pickup == null ? "" : ", diambil oleh " + pickup) + ".",
                "This household's share was already collected on " + when.en() + " at " + claim.get("place")
                        + ", recorded by " + by + (pickup == null ? "" : ", collected by " + pickup) + ".")));
        return answer;
    }

    private Map<String, Object> claim(Claim c, DistributionEvent event) {
        Map<String, Object> m = new LinkedHashMap<>();
        Text when = Text.moment(c.at(), clock.zone());
        m.put("at", c.at().toString());
        m.put("when", Formats.json(when));
        m.put("by", c.by());
        m.put("place", c.details().getOrDefault("place", event.place()));
        m.put("kg", Integer.parseInt(c.details().getOrDefault("kg", Integer.toString(event.kgPerHousehold()))));
        m.put("via", c.details().getOrDefault("via", ""));
        String pickup = c.details().get("pickupNik");
        m.put("pickupNik", pickup == null ? null : residents.mask(pickup));
        m.put("pickupName", c.details().get("pickupName"));
        m.put("relation", c.details().get("relation"));
        m.put("proxyBasis", c.details().get("proxyBasis"));
        m.put("proof", c.details().get("proof"));
        return m;
    }

    private Map<String, Object> household(HouseholdFinder.Found found) {
        RecipientRecord r = found.household();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event", found.event().json());
        m.put("name", r.name());
        m.put("nik", residents.mask(r.nik()));
        m.put("kk", residents.mask(r.kk()));
        m.put("rt", r.rt());
        m.put("rw", r.rw());
        m.put("kelurahan", r.kelurahan());
        m.put("kg", Households.kgFor(r, found.event()));
        m.put("via", found.via());
        return m;
    }
}
