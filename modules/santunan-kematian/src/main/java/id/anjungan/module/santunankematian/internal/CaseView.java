package id.anjungan.module.santunankematian.internal;

import id.anjungan.spi.ProgramException;
import id.anjungan.spi.State;
import id.anjungan.spi.Text;
import id.anjungan.spi.Workflow;
import id.anjungan.spi.platform.CaseRecord;
import id.anjungan.spi.platform.CaseStep;
import id.anjungan.spi.platform.CaseStore;
import id.anjungan.spi.platform.ResidentRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the heir sees of an application by its receipt number: state, history with notes, amount paid. */
final class CaseView {

    private final CaseStore cases;
    private final ResidentRegistry residents;
    private final Workflow workflow;

    CaseView(CaseStore cases, ResidentRegistry residents, Workflow workflow) {
        this.cases = cases;
        this.residents = residents;
        this.workflow = workflow;
    }

    Map<String, Object> track(Object trackingInput) {
        String tracking = trackingInput instanceof String t ? t.strip().toUpperCase(java.util.Locale.ROOT) : "";
        CaseRecord c = (tracking.isEmpty() ? java.util.Optional.<CaseRecord>empty() : cases.find(tracking))
                .filter(r -> SantunanDescriptor.CODE.equals(r.program()))
                .orElseThrow(() -> ProgramException.of("unknown-case",
                        "Nomor tanda terima tidak ditemukan. Periksa kembali nomor pada tanda terima.",
                        "Receipt number not found. Check the number on your receipt."));
        State state = workflow.state(c.state()).orElse(State.open(c.state(), c.state(), c.state(), 0));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("tracking", c.tracking());
        view.put("state", c.state());
        view.put("stateLabel", text(state.label()));
        view.put("closed", state.terminal());
        view.put("deceasedNik", residents.mask(c.data().get(Fields.DECEASED_NIK)));
        view.put("createdAt", c.createdAt().toString());
        String paid = c.data().get(Fields.AMOUNT_PAID);
        if (paid != null) {
            view.put("amountPaid", Long.parseLong(paid));
            view.put("paidOn", c.data().get(Fields.PAID_ON));
        }
        List<Map<String, Object>> history = c.history().stream().map(this::step).toList();
        view.put("history", history);
        if (SantunanWorkflow.REJECTED.equals(c.state())) {
            view.put("reason", c.history().isEmpty() ? "" : c.history().get(c.history().size() - 1).note());
        }
        return view;
    }

    private Map<String, Object> step(CaseStep s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("at", s.at().toString());
        m.put("stateLabel", text(workflow.state(s.state()).map(State::label).orElse(Text.of(s.state(), s.state()))));
        // not who took the step: an account or role name ("RESIDENT", "dinsos") means nothing to the heir
        m.put("note", s.note() == null ? "" : s.note());
        return m;
    }

    static Map<String, String> text(Text t) {
        return Map.of("id", t.id(), "en", t.en());
    }
}
