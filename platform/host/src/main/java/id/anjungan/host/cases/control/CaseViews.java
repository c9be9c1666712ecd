package id.anjungan.host.cases.control;

import id.anjungan.host.audit.control.HashChainedAudit;
import id.anjungan.host.cases.entity.CaseRow;
import id.anjungan.host.cases.entity.CaseStepRow;
import id.anjungan.host.cases.entity.CityCaseState;
import id.anjungan.host.catalog.control.Programs;
import id.anjungan.host.privacy.Masking;
import id.anjungan.host.persistence.JsonText;
import id.anjungan.spi.Actor;
import id.anjungan.spi.FieldType;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.ServiceDefinition;
import id.anjungan.spi.Text;
import id.anjungan.spi.Workflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a resident may see of a case (state and dated history, masked NIK only) and what staff see (data, notes). */
@ApplicationScoped
public class CaseViews {

    @Inject
    StoredCaseStore cases;
    @Inject
    Programs programs;
    @Inject
    HashChainedAudit audit;

    /** Case data: the case whose claim stands when the city found this one's household already claimed elsewhere. */
    public static final String CLAIM_CONFLICT = "klaimDitinjauTksk";

    /** What the resident and staff read about a claim the city found made at another kiosk first. */
    public static Text claimConflict(String otherTracking) {
        return Text.of("Pengajuan ini sedang ditinjau TKSK: rumah tangga yang sama sudah diajukan di anjungan lain"
                + " dengan nomor " + otherTracking + ".", "This application is being reviewed by the TKSK: the same"
                + " household was already applied for at another kiosk under number " + otherTracking + ".");
    }

    public Map<String, Object> publicView(CaseRow row, String lang) {
        boolean en = lang.startsWith("en");
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("tracking", row.tracking);
        v.put("program", row.program);
        v.put("programName", en ? row.programNameEn : row.programNameId);
        v.put("service", row.service);
        v.put("serviceTitle", en ? row.serviceTitleEn : row.serviceTitleId);
        v.put("state", row.state);
        v.put("stateLabel", en ? row.stateLabelEn : row.stateLabelId);
        v.put("closed", row.closed);
        v.put("subjectNik", Masking.mask(row.subjectNik));
        v.put("category", row.category);
        v.put("createdAt", row.created.toString());
        v.put("dueAt", row.due == null ? null : row.due.toString());
        v.put("overdue", cases.overdue(row));
        v.put("checklist", ReceiptContent.checklist(row.receipt, lang));
        v.put("nextSteps", ReceiptContent.nextSteps(row.receipt, lang));
        v.put("history", cases.steps(row.tracking).stream().map(s -> publicStep(s, en)).toList());
        String conflict = JsonText.readMap(row.data).get(CLAIM_CONFLICT);
        if (conflict != null) {
            v.put("notice", claimConflict(conflict).in(lang));
        }
        cases.cityState(row.tracking).ifPresent(city -> v.put("fromCity", fromCity(city, cases.now(), lang)));
        return v;
    }

    /**
     * On a kiosk, a case the city works: the state shown is the city's as last received (also while the kiosk is cut
     * off), and how old it is, counted from the city's latest step.
     */
    static Map<String, Object> fromCity(CityCaseState city, Instant now, String lang) {
        Instant updated = city.stepAt == null ? city.received : city.stepAt;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("updatedAt", updated.toString());
        m.put("receivedAt", city.received.toString());
        m.put("note", Text.of("Status terakhir dari server kota, diperbarui " + age(updated, now, false) + ".",
                "Latest status from the city, updated " + age(updated, now, true) + ".").in(lang));
        return m;
    }

    /** "3 jam yang lalu" / "3 hours ago": the largest whole unit, a clock a little behind the city's as "just now". */
    static String age(Instant then, Instant now, boolean en) {
        long minutes = Math.max(0, Duration.between(then, now).toMinutes());
        if (minutes < 1) {
            return en ? "just now" : "baru saja";
        }
        long amount = minutes < 60 ? minutes : minutes < 24 * 60 ? minutes / 60 : minutes / (24 * 60);
        String unit = minutes < 60 ? (en ? "minute" : "menit") : minutes < 24 * 60 ? (en ? "hour" : "jam")
                : (en ? "day" : "hari");
        return en ? amount + " " + unit + (amount == 1 ? "" : "s") + " ago" : amount + " " + unit + " yang lalu";
    }

    public Map<String, Object> staffView(CaseRow row, Actor actor, String lang) {
        Map<String, Object> v = publicView(row, lang);
        v.put("history", cases.steps(row.tracking).stream().map(s -> staffStep(s, lang)).toList());
        Optional<ProgramDescriptor> program = descriptor(row.program);
        Optional<ServiceDefinition> service = program.flatMap(p -> p.service(row.service));
        Map<String, String> data = JsonText.readMap(row.data);
        Map<String, Object> shown = new LinkedHashMap<>();
        data.forEach((k, value) -> {
            FieldType type = service.flatMap(s -> s.form().field(k)).map(f -> f.type()).orElse(FieldType.TEXT);
            Text label = service.flatMap(s -> s.form().field(k)).map(f -> f.label()).orElse(Text.of(k, k));
            Object shownValue = type == FieldType.NIK || type == FieldType.KK ? Masking.mask(value) : value;
            shown.put(k, Map.of("label", label.in(lang), "type", type.name(), "value", shownValue));
        });
        v.put("data", shown);
        Optional<Workflow> workflow = program.flatMap(p -> service.flatMap(s -> p.workflow(s.workflow())));
        v.put("transitions", workflow.map(w -> w.from(row.state).stream().filter(t -> actor.hasAnyOf(t.roles()))
                .map(t -> Map.<String, Object>of("id", t.id(), "label", t.label().in(lang), "noteRequired",
                        t.noteRequired(), "to", t.to())).toList()).orElse(List.of()));
        audit.record(actor, "read-case", row.tracking, "staff view", row.subjectNik);
        return v;
    }

    private Optional<ProgramDescriptor> descriptor(String code) {
        try {
            return Optional.of(programs.descriptor(code));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * What anyone holding the tracking number sees of a step: the state, its public label and the date. Never the
     * officer's note (a note holding a full NIK was returned to an anonymous caller) nor who took the step.
     */
    static Map<String, Object> publicStep(CaseStepRow s, boolean en) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("at", s.recorded.toString());
        m.put("state", s.state);
        m.put("stateLabel", en ? s.stateLabelEn : s.stateLabelId);
        return m;
    }

    private static Map<String, Object> staffStep(CaseStepRow s, String lang) {
        Map<String, Object> m = publicStep(s, lang.startsWith("en"));
        m.put("transition", s.transition);
        m.put("actor", ActorWords.of(s.actor, lang));
        m.put("note", s.note);
        return m;
    }

    static String describe(Actor actor) {
        return HashChainedAudit.describe(actor);
    }
}
