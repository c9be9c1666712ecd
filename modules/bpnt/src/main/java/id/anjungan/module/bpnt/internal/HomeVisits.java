package id.anjungan.module.bpnt.internal;

import id.anjungan.spi.Actor;
import id.anjungan.spi.OperationInput;
import id.anjungan.spi.ProgramException;
import id.anjungan.spi.Text;
import id.anjungan.spi.platform.CaseRecord;
import id.anjungan.spi.platform.CaseStore;
import id.anjungan.spi.platform.KioskClock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The home visit of a BPNT usul, sanggah or change report: the PSM and TKSK survey each house "supaya pengecekan real"
 * (000:L3818-3824, L4642-4656), so what was found, whether it confirms the case and a photo are recorded as facts of
 * the case before it moves on, instead of a bare "checked". For an usul the visitor also rates its urgency, from which
 * the replacement priority list is built.
 */
final class HomeVisits {

    static final String CONFIRMED = "kunjunganSesuai";
    static final String DATE = "kunjunganTanggal";
    static final String PHOTO = "kunjunganFoto";
    static final String URGENCY = "urgensi";
    static final Set<String> URGENCIES = Set.of("TINGGI", "SEDANG", "RENDAH");
    static final Set<String> SERVICES = Set.of(ProposalFlow.SERVICE, ObjectionFlow.SERVICE, ConditionChangeFlow.SERVICE);

    private final CaseStore cases;
    private final KioskClock clock;

    HomeVisits(CaseStore cases, KioskClock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    Map<String, Object> record(Map<String, Object> input, Actor actor) {
        OperationInput in = new OperationInput(input);
        String tracking = in.text("tracking", Text.of("Nomor tanda terima", "Receipt number"), 5, 40);
        CaseRecord c = cases.find(tracking).filter(r -> BpntCatalog.CODE.equals(r.program())
                && SERVICES.contains(r.service())).orElseThrow(() -> ProgramException.of("unknown-case",
                "Usulan, sanggah atau laporan BPNT " + tracking + " tidak ditemukan.", "BPNT proposal, objection or "
                        + "report " + tracking + " not found."));
        String findings = in.text("findings", Text.of("Hasil kunjungan", "Findings"), 20, 1000);
        String photo = in.text("photo", Text.of("Foto keluarga dan rumahnya", "Photo of the family and the house"), 8,
                80);
        if (!photo.matches("[A-Za-z0-9_-]+")) {
            throw ProgramException.of("invalid-photo", "Foto kunjungan tidak dikenal.", "Unknown visit photo.");
        }
        if (input.get("confirmed") == null) {
            throw ProgramException.of("missing-confirmed", "Pilih apakah keadaan di rumah sesuai dengan usulan atau "
                    + "laporan.", "Choose whether what you found matches the proposal or report.");
        }
        Map<String, String> facts = new LinkedHashMap<>();
        if (ProposalFlow.SERVICE.equals(c.service())) {
            facts.put(URGENCY, in.code("urgency", Text.of("Tingkat kebutuhan", "Urgency"), URGENCIES));
        }
        facts.put(DATE, clock.today().toString());
        facts.put(CONFIRMED, Boolean.toString(in.yes("confirmed")));
        facts.put(PHOTO, photo);
        // the transition checks state and role, so an officer who may not visit, or a second visit, records nothing
        CaseRecord moved = cases.transition(tracking, Workflows.VISIT, findings, actor);
        cases.annotate(tracking, facts, "Kunjungan rumah oleh " + actor.displayName(), actor);
        return Map.of("tracking", moved.tracking(), "state", moved.state(), "confirmed", in.yes("confirmed"));
    }
}
