package id.anjungan.module.kjs.internal;

import id.anjungan.spi.Text;
import id.anjungan.spi.platform.CaseRecord;
import id.anjungan.spi.platform.CaseStore;
import id.anjungan.spi.platform.RecipientLists;
import id.anjungan.spi.platform.Resident;
import id.anjungan.spi.platform.ResidentRegistry;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a listed recipient may still be paid. Retur ends aid (000:L466-470, L4749-4752): a person recorded as
 * deceased, moved or declared able, by any program, or whose KJS retur was decided, is no longer paid; while a retur
 * checked at home awaits the decision, or while the person is also on an exclusive program's list (double aid,
 * 000:L4735-4739), the payment is held.
 */
final class Entitlement {

    /** Stopped for good, or held until someone decides. */
    enum Kind { STOPPED, HELD }

    /** Why a recipient is not paid now. */
    record Block(Kind kind, String code, Text reason) {
    }

    private final ResidentRegistry residents;
    private final CaseStore cases;
    private final RecipientLists lists;
    private final KjsConfig config;

    Entitlement(ResidentRegistry residents, CaseStore cases, RecipientLists lists, KjsConfig config) {
        this.residents = residents;
        this.cases = cases;
        this.lists = lists;
        this.config = config;
    }

    Optional<Block> of(String nik) {
        return Optional.ofNullable(of(Set.of(nik)).get(nik));
    }

    /** The blocked among {@code niks}; reads the retur cases and the death list once. */
    Map<String, Block> of(Collection<String> niks) {
        Map<String, CaseRecord> returs = new HashMap<>();
        for (CaseRecord c : cases.list(Recipients.PROGRAM, ReturFlow.SERVICE, null)) {
            if (Workflows.RETUR_DECIDED.equals(c.state()) || Workflows.RETUR_PROPOSED.equals(c.state())) {
                returs.merge(Roster.nikOf(c), c, (a, b) -> Workflows.RETUR_DECIDED.equals(a.state()) ? a : b);
            }
        }
        Set<String> died = deceasedInDeathList();
        Map<String, Block> blocked = new HashMap<>();
        for (String nik : niks) {
            block(nik, returs.get(nik), died.contains(nik)).ifPresent(b -> blocked.put(nik, b));
        }
        return blocked;
    }

    private Optional<Block> block(String nik, CaseRecord retur, boolean died) {
        Resident.Standing standing = residents.find(nik).map(Resident::standing).orElse(Resident.Standing.ACTIVE);
        if (standing != Resident.Standing.ACTIVE) {
            return Optional.of(stopped("standing-" + standing.name().toLowerCase(java.util.Locale.ROOT),
                    standingId(standing), standingEn(standing)));
        }
        if (died) {
            return Optional.of(stopped("death-list", "tercatat meninggal dunia di daftar Santunan Kematian",
                    "is recorded as deceased in the Santunan Kematian list"));
        }
        if (retur != null && Workflows.RETUR_DECIDED.equals(retur.state())) {
            return Optional.of(stopped("retur-decided", "telah dikeluarkan dari daftar KJS (" + retur.tracking()
                    + ")", "was removed from the KJS list (" + retur.tracking() + ")"));
        }
        if (retur != null) {
            return Optional.of(new Block(Kind.HELD, "retur-pending", Text.of("Pencairan ditahan: laporan bahwa "
                    + "penerima meninggal, pindah, atau sudah mampu sudah dicek ke rumah dan menunggu keputusan "
                    + "Dinas Sosial (" + retur.tracking() + ").", "Payment held: a report that the recipient died, "
                    + "moved or is now able was checked at home and awaits the social office's decision ("
                    + retur.tracking() + ").")));
        }
        return lists.programsOf(nik).stream().filter(KjsCatalog.EXCLUSIVE::contains).sorted().findFirst()
                .map(other -> new Block(Kind.HELD, "double-aid", Text.of("Pencairan ditahan: penerima juga "
                        + "terdaftar sebagai penerima " + other + " (bantuan ganda). Pendamping mengusulkan agar "
                        + "salah satu bantuan dihentikan.", "Payment held: the recipient is also on the " + other
                        + " list (double aid). The pendamping proposes ending one of them.")));
    }

    private Set<String> deceasedInDeathList() {
        String program = config.deathListProgram();
        if (program == null || program.isBlank()) {
            return Set.of();
        }
        // a death stays true in every later period, so every period counts, not only the newest
        return lists.periods(program).stream().flatMap(p -> lists.list(program, p).stream())
                .map(r -> r.field(config.deathListColumn())).filter(n -> n != null && !n.isBlank())
                .collect(Collectors.toSet());
    }

    private static Block stopped(String code, String id, String en) {
        return new Block(Kind.STOPPED, code, Text.of("Pencairan KJS dihentikan: penerima " + id + ".",
                "KJS payments stopped: the recipient " + en + "."));
    }

    private static String standingId(Resident.Standing s) {
        return switch (s) {
            case DECEASED -> "tercatat meninggal dunia";
            case MOVED -> "tercatat pindah domisili";
            case DECLARED_ABLE -> "tercatat sudah mampu";
            case ACTIVE -> "masih berhak";
        };
    }

    private static String standingEn(Resident.Standing s) {
        return switch (s) {
            case DECEASED -> "is recorded as deceased";
            case MOVED -> "is recorded as having moved away";
            case DECLARED_ABLE -> "is recorded as no longer in need";
            case ACTIVE -> "is still entitled";
        };
    }
}
