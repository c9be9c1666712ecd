package id.anjungan.module.santunankematian.internal;

import id.anjungan.spi.Text;
import id.anjungan.spi.Reason;
import id.anjungan.spi.State;
import id.anjungan.spi.Workflow;
import id.anjungan.spi.platform.CaseRecord;
import id.anjungan.spi.platform.CaseStore;
import id.anjungan.spi.platform.Claim;
import id.anjungan.spi.platform.Counters;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Finds an earlier application for the same deceased. One benefit per deceased: the platform claims the key
 * atomically with opening the case; this class refuses early, saying when and where the first claim was made.
 */
final class EarlierClaims {

    private final Counters counters;
    private final CaseStore cases;
    private final Workflow workflow;
    private final ZoneId zone;

    EarlierClaims(Counters counters, CaseStore cases, Workflow workflow, ZoneId zone) {
        this.counters = counters;
        this.cases = cases;
        this.workflow = workflow;
        this.zone = zone;
    }

    /**
     * The claim key for a new application. A rejected application keeps its claim (claims are never released),
     * so after each rejection the heir may apply once more under the next key: {@code nik}, {@code nik#2}, …
     */
    String keyFor(String deceasedNik) {
        long rejected = casesFor(deceasedNik).stream()
                .filter(c -> SantunanWorkflow.REJECTED.equals(c.state())).count();
        return rejected == 0 ? deceasedNik : deceasedNik + "#" + (rejected + 1);
    }

    /** The open or paid case for this deceased, newest first. */
    Optional<CaseRecord> liveCase(String deceasedNik) {
        return casesFor(deceasedNik).stream().filter(c -> !SantunanWorkflow.REJECTED.equals(c.state())).findFirst();
    }

    Optional<Claim> claim(String deceasedNik) {
        return counters.claimed(SantunanDescriptor.CODE, keyFor(deceasedNik));
    }

    /** Why a new application for this deceased cannot go ahead, if an earlier one stands. */
    Optional<Reason> refusal(String deceasedNik) {
        Optional<CaseRecord> live = liveCase(deceasedNik);
        Optional<Claim> claim = claim(deceasedNik);
        if (live.isEmpty() && claim.isEmpty()) {
            return Optional.empty();
        }
        Instant at = live.map(CaseRecord::createdAt).orElseGet(() -> claim.get().at());
        String by = claim.map(Claim::by).orElse(null);
        String place = claim.map(c -> c.details().getOrDefault("kelurahan", c.details().get("place"))).orElse(null);
        StringBuilder id = new StringBuilder("Santunan untuk almarhum/almarhumah ini sudah diajukan pada ")
                .append(Text.moment(at, zone).id());
        StringBuilder en = new StringBuilder("The benefit for this deceased person was already applied for on ")
                .append(Text.moment(at, zone).en());
        if (place != null) {
            id.append(" di ").append(place);
            en.append(" at ").append(place);
        }
        if (by != null) {
            id.append(" oleh ").append(by);
            en.append(" by ").append(by);
        }
        live.ifPresent(c -> {
            Optional<State> state = workflow.state(c.state());
            id.append(" (nomor ").append(c.tracking()).append(", status: ")
                    .append(state.map(s -> s.label().id()).orElse(c.state())).append(')');
            en.append(" (number ").append(c.tracking()).append(", status: ")
                    .append(state.map(s -> s.label().en()).orElse(c.state())).append(')');
        });
        id.append(". Satu almarhum/almarhumah hanya mendapat satu santunan. Tanyakan nomor tanda terima ke keluarga.");
        en.append(". Only one benefit is paid per deceased person. Ask your family for the receipt number.");
        return Optional.of(Reason.of("already-claimed", id.toString(), en.toString()));
    }

    private List<CaseRecord> casesFor(String deceasedNik) {
        return cases.list(SantunanDescriptor.CODE, SantunanDescriptor.APPLY, null).stream()
                .filter(c -> deceasedNik.equals(c.data().get(Fields.DECEASED_NIK))).toList();
    }
}
