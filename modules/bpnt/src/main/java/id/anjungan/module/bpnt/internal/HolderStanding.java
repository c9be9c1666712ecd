package id.anjungan.module.bpnt.internal;

import id.anjungan.spi.Actor;
import id.anjungan.spi.Transition;
import id.anjungan.spi.platform.AuditLog;
import id.anjungan.spi.platform.CaseRecord;
import id.anjungan.spi.platform.ResidentRegistry;
import java.util.Set;

/**
 * Once a reported change is decided (Kemensos removed the recipient, or a new holder took over), the holder's
 * standing changes so every program stops paying them; a mere proposal changes nothing.
 */
final class HolderStanding {

    private static final Set<String> DECISIONS = Set.of(Workflows.REMOVED, "ganti-pengurus");

    private HolderStanding() {
    }

    static void apply(CaseRecord record, Transition step, Actor actor, ResidentRegistry residents, AuditLog audit) {
        if (!ConditionChangeFlow.SERVICE.equals(record.service()) || !DECISIONS.contains(step.to())
                || record.data().get("change") == null) {
            return;
        }
        var standing = ConditionChange.valueOf(record.data().get("change")).standing();
        String holder = record.subjectNik() != null ? record.subjectNik() : record.data().get("nik");
        if (standing == null || holder == null) {
            return;
        }
        residents.changeStanding(holder, standing);
        audit.record(actor, "bpnt-holder-standing", residents.mask(holder), standing + " " + record.tracking());
    }
}
