package id.anjungan.module.kjs.internal;

import id.anjungan.spi.Actor;
import id.anjungan.spi.OperationInput;
import id.anjungan.spi.ProgramException;
import id.anjungan.spi.Text;
import id.anjungan.spi.platform.CaseStore;
import id.anjungan.spi.platform.Claim;
import id.anjungan.spi.platform.KioskClock;
import id.anjungan.spi.platform.Ledger;
import id.anjungan.spi.platform.RecipientLists;
import id.anjungan.spi.platform.RecipientRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The pendamping's "Paket pencairan" desk: choose recipients, make the pack, record each disbursement. */
final class DisbursementDesk {

    private static final Text MODE = Text.of("Cara pencairan", "Disbursement mode");
    private static final Text PACK = Text.of("Nomor paket", "Pack number");
    private static final Text RECIPIENT = Text.of("Penerima", "Recipient");
    private static final Text RECIPIENTS = Text.of("Daftar penerima", "The list of recipients");

    private final RecipientLists lists;
    private final CaseStore cases;
    private final Ledger ledger;
    private final KioskClock clock;
    private final KjsConfig config;
    private final PackStore packs;
    private final PackSheet sheet;
    private final Disbursements disbursements;
    private final Entitlement entitlement;
    private final Mandates mandates;
    private final HandOvers handOvers;

    DisbursementDesk(RecipientLists lists, CaseStore cases, Ledger ledger, KioskClock clock, KjsConfig config,
                     PackStore packs, PackSheet sheet, Disbursements disbursements, Entitlement entitlement,
                     Mandates mandates, HandOvers handOvers) {
        this.lists = lists;
        this.cases = cases;
        this.ledger = ledger;
        this.clock = clock;
        this.config = config;
        this.packs = packs;
        this.sheet = sheet;
        this.disbursements = disbursements;
        this.entitlement = entitlement;
        this.mandates = mandates;
        this.handOvers = handOvers;
    }

    /**
     * Recipients of the newest list with their card path, whether this round is paid and handed over, and why a
     * recipient may not be paid; with the pendamping's SK valid today, if recorded.
     */
    Map<String, Object> recipients(Map<String, Object> input, Actor actor) {
        String round = round(input);
        Roster roster = Roster.load(lists, cases, null);
        Map<String, Object> out = header(round, roster.period());
        mandates.current(actor).ifPresent(sk -> out.put("sk", sk.json()));
        out.put("recipients", sheet.rows(roster, roster.refs(), paid(roster, roster.refs(), round),
                handedOver(roster, roster.refs(), round), blocked(roster, roster.refs())));
        return out;
    }

    Map<String, Object> pack(Map<String, Object> input, Actor actor) {
        String round = round(input);
        OperationInput in = new OperationInput(input);
        boolean collective = mode(in.text("mode", MODE, 1, 20));
        List<String> refs = List.copyOf(refs(in));
        if (!collective && refs.size() != 1) {
            throw ProgramException.of("individual-one", "Pencairan perorangan untuk tepat satu penerima; pilih "
                    + "Kolektif untuk beberapa.", "An individual disbursement is for exactly one recipient; choose "
                    + "Collective for several.");
        }
        if (collective && refs.size() < config.minCollective()) {
            throw ProgramException.of("collective-min", "Pencairan kolektif minimal " + config.minCollective()
                    + " penerima.", "A collective disbursement needs at least " + config.minCollective()
                    + " recipients.");
        }
        Roster roster = Roster.load(lists, cases, null);
        List<String> already = new ArrayList<>();
        for (String ref : refs) {
            RecipientRecord r = roster.get(ref);
            disbursements.of(round, r.nik()).ifPresent(c -> already.add(r.name()));
        }
        if (!already.isEmpty()) {
            throw ProgramException.of("already-disbursed", "Sudah dicairkan untuk " + round + ": " + already,
                    "Already disbursed for " + round + ": " + already);
        }
        refuseBlocked(roster, refs);
        Mandates.Sk sk = mandates.requireSk(actor);
        Map<String, String> papers = new LinkedHashMap<>(Map.of("skNumber", sk.number(),
                "skIssued", sk.issued().toString(), "skValidUntil", sk.validUntil().toString()));
        if (collective) {
            Mandates.SuratTugas letter = mandates.requireSuratTugas(input, round, actor);
            papers.put("suratTugasNumber", letter.number());
            papers.put("suratTugasDate", letter.date().toString());
        }
        return render(packs.create(round, roster.period(), collective, refs, papers, actor));
    }

    Map<String, Object> detail(Map<String, Object> input) {
        return render(packs.find(new OperationInput(input).text("packId", PACK, 1, 60)));
    }

    Map<String, Object> record(Map<String, Object> input, Actor actor) {
        OperationInput in = new OperationInput(input);
        PackStore.Pack pack = packs.find(in.text("packId", PACK, 1, 60));
        Set<String> refs = refs(in);
        Roster roster = Roster.load(lists, cases, pack.period());
        for (String ref : refs) {
            if (!pack.refs().contains(ref)) {
                throw ProgramException.of("not-in-pack", "Penerima " + ref + " tidak ada di paket " + pack.id() + ".",
                        "Recipient " + ref + " is not in pack " + pack.id() + ".");
            }
            roster.get(ref);
        }
        refuseBlocked(roster, List.copyOf(refs));
        List<Object> results = new ArrayList<>();
        for (String ref : refs) {
            RecipientRecord r = roster.get(ref);
            Claim claim = disbursements.record(pack, r, actor);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("ref", ref);
            row.put("name", r.name());
            row.put("status", claim.won() ? "RECORDED" : "ALREADY");
            row.put("at", claim.at().toString());
            row.put("by", claim.by());
            row.put("notice", disbursements.notice(pack.round()));
            results.add(row);
        }
        Map<String, Object> out = render(pack);
        out.put("results", results);
        return out;
    }

    /** Records that money collected for a recipient of the pack reached them or their family. */
    Map<String, Object> handOver(Map<String, Object> input, Actor actor) {
        OperationInput in = new OperationInput(input);
        PackStore.Pack pack = packs.find(in.text("packId", PACK, 1, 60));
        String ref = in.text("ref", RECIPIENT, 1, 60);
        if (!pack.refs().contains(ref)) {
            throw ProgramException.of("not-in-pack", "Penerima " + ref + " tidak ada di paket " + pack.id() + ".",
                    "Recipient " + ref + " is not in pack " + pack.id() + ".");
        }
        RecipientRecord r = Roster.load(lists, cases, pack.period()).get(ref);
        Claim disbursed = disbursements.of(pack.round(), r.nik()).orElseThrow(() -> ProgramException.of(
                "not-disbursed", "Dana " + r.name() + " belum dicatat dicairkan di bank.", "The funds of " + r.name()
                        + " are not recorded as collected at the bank yet."));
        Claim claim = handOvers.record(pack, r, LocalDate.ofInstant(disbursed.at(), clock.zone()), input, actor);
        Map<String, Object> out = render(pack);
        out.put("handOver", Map.of("ref", ref, "status", claim.won() ? "RECORDED" : "ALREADY",
                "record", HandOvers.json(claim)));
        return out;
    }

    Map<String, Object> summary(Map<String, Object> input) {
        String round = round(input);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("round", round);
        out.put("disbursed", disbursements.count(round));
        long total = ledger.balance(Disbursements.ledgerOf(round));
        out.put("total", total);
        out.put("totalText", Text.rupiah(total));
        out.put("ledgerIntact", ledger.verify(Disbursements.ledgerOf(round)).intact());
        out.put("packs", packs.ids(round));
        return out;
    }

    private Map<String, Object> render(PackStore.Pack pack) {
        Roster roster = Roster.load(lists, cases, pack.period());
        Map<String, Object> out = header(pack.round(), pack.period());
        out.put("packId", pack.id());
        out.put("mode", pack.collective() ? "COLLECTIVE" : "INDIVIDUAL");
        out.put("title", pack.collective()
                ? PackSheet.text("Paket Pencairan Kolektif KJS", "KJS Collective Disbursement Pack")
                : PackSheet.text("Paket Pencairan Perorangan KJS", "KJS Individual Disbursement Pack"));
        out.put("pendamping", pack.by());
        out.put("createdAt", pack.at().toString());
        out.put("date", PackSheet.text(Text.dateWithDay(clock.today()).id(), Text.dateWithDay(clock.today()).en()));
        List<Object> rows = sheet.rows(roster, pack.refs(), paid(roster, pack.refs(), pack.round()),
                handedOver(roster, pack.refs(), pack.round()), blocked(roster, pack.refs()));
        out.put("papers", pack.papers());
        out.put("rows", rows);
        out.put("count", rows.size());
        out.put("total", config.amountPerPayment() * rows.size());
        out.put("totalText", Text.rupiah(config.amountPerPayment() * rows.size()));
        out.put("checklist", sheet.checklist(roster, pack.refs(), pack.collective(), pack.papers()));
        out.put("complete", rows.stream().allMatch(r -> Boolean.TRUE.equals(((Map<?, ?>) r).get("handedOver"))));
        out.put("document", sheet.document(out));
        return out;
    }

    private Map<String, Object> header(String round, String period) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("round", round);
        out.put("period", period);
        out.put("bank", config.bank());
        out.put("branch", config.bankBranch());
        out.put("amountEach", config.amountPerPayment());
        out.put("amountEachText", Text.rupiah(config.amountPerPayment()));
        return out;
    }

    private Map<String, Map<String, Object>> paid(Roster roster, List<String> refs, String round) {
        Map<String, Map<String, Object>> paid = new LinkedHashMap<>();
        for (String ref : refs) {
            disbursements.of(round, roster.get(ref).nik()).ifPresent(c -> paid.put(ref, Map.of(
                    "at", c.at().toString(), "by", c.by(), "pack", c.details().getOrDefault("pack", ""))));
        }
        return paid;
    }

    private Map<String, Map<String, Object>> handedOver(Roster roster, List<String> refs, String round) {
        Map<String, Map<String, Object>> given = new LinkedHashMap<>();
        for (String ref : refs) {
            handOvers.of(round, roster.get(ref).nik()).ifPresent(c -> given.put(ref, HandOvers.json(c)));
        }
        return given;
    }

    private Map<String, Entitlement.Block> blocked(Roster roster, List<String> refs) {
        Map<String, String> refOf = new LinkedHashMap<>();
        refs.forEach(ref -> refOf.put(roster.get(ref).nik(), ref));
        Map<String, Entitlement.Block> byRef = new LinkedHashMap<>();
        entitlement.of(refOf.keySet()).forEach((nik, block) -> byRef.put(refOf.get(nik), block));
        return byRef;
    }

    /** Retur is enforced here: nobody recorded as deceased, moved, able or double-aided goes into a pack or is paid. */
    private void refuseBlocked(Roster roster, List<String> refs) {
        Map<String, Entitlement.Block> blocked = blocked(roster, refs);
        if (blocked.isEmpty()) {
            return;
        }
        StringBuilder id = new StringBuilder("Tidak dapat dicairkan:");
        StringBuilder en = new StringBuilder("Cannot be paid:");
        blocked.forEach((ref, b) -> {
            String name = roster.get(ref).name();
            id.append(' ').append(name).append(" (").append(b.reason().id()).append(')');
            en.append(' ').append(name).append(" (").append(b.reason().en()).append(')');
        });
        throw ProgramException.of("payment-stopped", id.toString(), en.toString());
    }

    private String round(Map<String, Object> input) {
        String round = new OperationInput(input).optionalText("round", Text.of("Tahap", "Round"), 1, 20)
                .orElse(null);
        if (round == null) {
            return new Rounds(config).funds(clock.today());
        }
        if (!Rounds.valid(round)) {
            throw ProgramException.of("invalid-round", "Triwulan harus ditulis seperti 2026-Q4.",
                    "The quarter must be written like 2026-Q4.");
        }
        return round;
    }

    /** The recipients chosen: a list under {@code refs}, or one under {@code ref}; at least one. */
    private static Set<String> refs(OperationInput in) {
        Set<String> refs = new LinkedHashSet<>(in.texts("refs", RECIPIENTS, 2000, 60));
        in.optionalText("ref", RECIPIENT, 1, 60).ifPresent(refs::add);
        if (refs.isEmpty()) {
            throw ProgramException.of("no-recipients", "Pilih minimal satu penerima.", "Choose at least one recipient.");
        }
        return refs;
    }

    private static boolean mode(String mode) {
        return switch (mode) {
            case "COLLECTIVE" -> true;
            case "INDIVIDUAL" -> false;
            default -> throw ProgramException.of("invalid-mode", "Pilih Perorangan atau Kolektif.",
                    "Choose Individual or Collective.");
        };
    }
}
