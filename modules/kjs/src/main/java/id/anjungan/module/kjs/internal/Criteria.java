package id.anjungan.module.kjs.internal;

import id.anjungan.spi.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/** The KJS criteria: who may be proposed, the same for a new recipient and for a replacement after a retur. */
final class Criteria {

    static final Set<String> CENTRAL_AID = Set.of("BPNT", "PKH");

    /**
     * What is known of a candidate; while a form is being filled, {@code category} and {@code neglected} are
     * {@code null} until asked, and a criterion that reads them is not judged yet.
     */
    record Candidate(PpksCategory category, Boolean neglected, OptionalInt age, Set<String> aid) {
    }

    private final int elderlyAge;

    Criteria(int elderlyAge) {
        this.elderlyAge = elderlyAge;
    }

    /** Reasons the candidate does not qualify; empty when they do. */
    List<Reason> refusals(Candidate c) {
        List<Reason> reasons = new ArrayList<>();
        if (c.aid().contains("KJS")) {
            reasons.add(Reason.of("already-kjs", "Orang ini sudah terdaftar sebagai penerima KJS.",
                    "This person is already a KJS recipient."));
        }
        c.aid().stream().filter(CENTRAL_AID::contains).sorted().forEach(program -> reasons.add(Reason.of(
                "central-aid-" + program.toLowerCase(java.util.Locale.ROOT), "Orang ini menerima " + program
                        + " dari pemerintah pusat. KJS hanya untuk yang belum menerima bantuan pusat.",
                "This person receives " + program + " from the central government. KJS is only for people "
                        + "without central aid.")));
        if (c.category() != null && c.category().rule() == PpksCategory.Rule.NONE) {
            reasons.add(Reason.of("category-not-covered", c.category().labelId() + " tidak termasuk kriteria KJS "
                    + "(disabilitas mental, intelektual, fisik berat, sakit menahun, atau lansia terlantar). "
                    + "Tanyakan rujukan alat bantu.", "This category is not covered by KJS (mental, intellectual or "
                    + "severe physical disability, chronic illness, neglected elderly). Ask about a referral for "
                    + "disability aids."));
        }
        if (c.category() == PpksCategory.LANSIA_TERLANTAR) {
            elderly(c, reasons);
        }
        return reasons;
    }

    private void elderly(Candidate c, List<Reason> reasons) {
        if (Boolean.FALSE.equals(c.neglected())) {
            reasons.add(Reason.of("not-neglected", "Lansia diusulkan bila terlantar (tidak ada yang merawat).",
                    "Elderly people qualify when neglected (no one cares for them)."));
        }
        if (c.age().isPresent() && c.age().getAsInt() < elderlyAge) {
            reasons.add(Reason.of("not-elderly", "Menurut NIK, usianya belum " + elderlyAge + " tahun.",
                    "According to the NIK the person is not yet " + elderlyAge + "."));
        }
    }
}
