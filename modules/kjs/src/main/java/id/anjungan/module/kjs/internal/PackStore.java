package id.anjungan.module.kjs.internal;

import id.anjungan.spi.Actor;
import id.anjungan.spi.ProgramException;
import id.anjungan.spi.platform.Claim;
import id.anjungan.spi.platform.Counters;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Packs kept as claims (the SPI has no module storage): numbered per round, never changed once made. */
final class PackStore {

    static final String SCOPE = "KJS:packs";

    /** A stored pack. */
    record Pack(String id, String round, String period, boolean collective, List<String> refs, String by,
                java.time.Instant at, Map<String, String> papers) {
    }

    /** Keys of the papers a pack was made with. */
    static final List<String> PAPERS = List.of("skNumber", "skIssued", "skValidUntil", "suratTugasNumber",
            "suratTugasDate");

    private final Counters counters;

    PackStore(Counters counters) {
        this.counters = counters;
    }

    Pack create(String round, String period, boolean collective, List<String> refs, Map<String, String> papers,
                Actor actor) {
        long seq = counters.add("KJS:pack-seq:" + round, 1, 0, Long.MAX_VALUE).orElseThrow();
        String id = String.format("PKT-%s-%03d", round, seq);
        Map<String, String> details = new java.util.LinkedHashMap<>(papers);
        details.putAll(Map.of("round", round, "period", period, "mode", collective ? "COLLECTIVE" : "INDIVIDUAL",
                "refs", String.join(",", refs), "by", actor.displayName()));
        Claim claim = counters.claimOnce(SCOPE, id, actor.username(), details);
        if (!claim.won()) {
            throw ProgramException.of("pack-conflict", "Nomor paket sudah dipakai; coba lagi.",
                    "The pack number is taken; try again.");
        }
        return toPack(id, claim);
    }

    Pack find(String id) {
        return counters.claimed(SCOPE, id).map(c -> toPack(id, c)).orElseThrow(() -> ProgramException.of(
                "unknown-pack", "Paket " + id + " tidak ditemukan.", "Pack " + id + " not found."));
    }

    List<String> ids(String round) {
        return counters.claims(SCOPE).stream().filter(id -> id.startsWith("PKT-" + round + "-")).sorted().toList();
    }

    private static Pack toPack(String id, Claim c) {
        Map<String, String> d = c.details();
        return new Pack(id, d.get("round"), d.get("period"), "COLLECTIVE".equals(d.get("mode")),
                Arrays.asList(d.get("refs").split(",")), d.get("by"), c.at(), PAPERS.stream()
                .filter(d::containsKey).collect(java.util.stream.Collectors.toMap(k -> k, d::get)));
    }
}
