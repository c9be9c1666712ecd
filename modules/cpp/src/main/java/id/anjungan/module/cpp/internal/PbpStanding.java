package id.anjungan.module.cpp.internal;

import id.anjungan.spi.Text;
import id.anjungan.spi.platform.RecipientRecord;
import id.anjungan.spi.platform.Resident;
import id.anjungan.spi.platform.ResidentRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Whether the PBP named on a household's row can still receive, read from the resident standing that BPNT and KJS
 * retur and the death verification of Santunan Kematian write. The household itself may stay eligible under a
 * replacement PBP (Bapanas 2025: a PBP who died or moved is replaced).
 */
final class PbpStanding {

    private final ResidentRegistry residents;

    PbpStanding(ResidentRegistry residents) {
        this.residents = residents;
    }

    /** The standing that ends the PBP's entitlement, if the registry records one. */
    Optional<Resident.Standing> gone(RecipientRecord row) {
        return residents.find(row.nik()).map(Resident::standing)
                .filter(s -> s != Resident.Standing.ACTIVE);
    }

    /** A family member may take over when the PBP died or moved; a household declared able is replaced as a whole. */
    static boolean familyMayTakeOver(Resident.Standing standing) {
        return standing == Resident.Standing.DECEASED || standing == Resident.Standing.MOVED;
    }

    static Text why(Resident.Standing standing, String name) {
        String id = switch (standing) {
            case DECEASED -> "telah meninggal dunia";
            case MOVED -> "telah pindah";
            case DECLARED_ABLE -> "dinyatakan sudah mampu";
            case ACTIVE -> "masih aktif";
        };
        String en = switch (standing) {
            case DECEASED -> "has died";
            case MOVED -> "has moved away";
            case DECLARED_ABLE -> "was declared able to provide for themselves";
            case ACTIVE -> "is active";
        };
        boolean family = familyMayTakeOver(standing);
        return Text.of("PBP atas nama " + name + " tercatat " + id + ". Ganti PBP sebelum beras diserahkan: "
                        + (family ? "dengan anggota keluarga dalam KK yang sama, atau " : "")
                        + "dengan rumah tangga dari daftar cadangan.",
                "The PBP " + name + " " + en + ". Replace the PBP before handing over the rice: "
                        + (family ? "with a member of the same family card, or " : "")
                        + "with a household from the reserve list.");
    }

    /** The flag the desk shows, or an empty map when the PBP may receive. */
    Map<String, Object> flag(RecipientRecord row) {
        return gone(row).map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("standing", s.name());
            m.put("familyMayTakeOver", familyMayTakeOver(s));
            m.put("message", Formats.json(why(s, row.name())));
            return m;
        }).orElse(Map.of());
    }
}
