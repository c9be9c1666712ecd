package id.anjungan.host.cases.control;

import id.anjungan.host.attachments.control.Attachments;
import id.anjungan.host.audit.control.HashChainedAudit;
import id.anjungan.host.cases.entity.CaseRow;
import id.anjungan.host.catalog.control.Programs;
import id.anjungan.host.config.KioskIdentity;
import id.anjungan.host.counters.control.StoredCounters;
import id.anjungan.host.identity.control.Digits;
import id.anjungan.host.outbox.control.Outbox;
import id.anjungan.host.privacy.Masking;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.persistence.JsonText;
import id.anjungan.host.persistence.KeyLocks;
import id.anjungan.host.problem.Problem;
import id.anjungan.spi.Actor;
import id.anjungan.spi.Assessment;
import id.anjungan.spi.FieldType;
import id.anjungan.spi.FormField;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.Role;
import id.anjungan.spi.Reason;
import id.anjungan.spi.ServiceDefinition;
import id.anjungan.spi.Submission;
import id.anjungan.spi.Text;
import id.anjungan.spi.Workflow;
import id.anjungan.spi.platform.Claim;
import id.anjungan.spi.platform.Kelurahan;
import id.anjungan.spi.platform.KioskClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Takes a kiosk submission to an open case: form rules, the program's declared platform checks, the program's own
 * assessment, a claim-once key if the program asks for one, then the case with its tracking number.
 */
@ApplicationScoped
public class Intake {

    /** A case opened with what the receipt shows. */
    public record Opened(CaseRow row, Assessment assessment, ServiceDefinition service) {
    }

    @Inject
    Programs programs;
    @Inject
    Database db;
    @Inject
    KioskClock clock;
    @Inject
    Kelurahan kelurahan;
    @Inject
    Attachments attachments;
    @Inject
    PlatformChecks checks;
    @Inject
    StoredCounters counters;
    @Inject
    StoredCaseStore cases;
    @Inject
    HashChainedAudit audit;
    @Inject
    Outbox outbox;

    public Opened submit(String code, String serviceId, Map<String, String> answers, String subjectNik, Actor actor) {
        outbox.refuseFilingsWhenOffline();
        ProgramDescriptor program = programs.descriptor(code);
        ServiceDefinition service = programs.service(program, serviceId);
        if (!service.opensCase()) {
            throw Problem.of(400, "no-case", "Layanan ini tidak membuat kasus", "This service opens no case",
                    "Layanan ini tidak dapat diajukan.", "This service cannot be submitted.");
        }
        if (!service.isPublic() && !actor.hasAnyOf(service.startedBy())) {
            throw Problem.of(actor.role() == id.anjungan.spi.Role.RESIDENT ? 401 : 403, "forbidden", "Tidak diizinkan",
                    "Not allowed", "Layanan ini hanya dapat diajukan oleh petugas.", "Only staff may submit this service.");
        }
        boolean identityWaived = service.withoutIdentity() && actor.role() != Role.RESIDENT && !hasNik(service, answers);
        FormValidator.Result form = FormValidator.validate(service.form(), answers, clock.today(), attachments::exists,
                identityWaived, actor.role());
        if (!form.valid()) {
            throw new Problem(422, "invalid-form", Text.of("Data belum benar", "Please check your answers"),
                    form.errors().get(0).message(), List.of(Map.of("errors", form.errors().stream()
                    .map(e -> Map.<String, Object>of("field", e.field(), "code", e.code(), "message", e.message()))
                    .toList())));
        }
        String subject = subject(service, form.data(), subjectNik, actor);
        if (subject == null && !identityWaived && hasNikField(service)) {
            throw refused(List.of(Reason.of("nik-required", "NIK diperlukan untuk layanan ini.",
                    "A NIK is needed for this service.")));
        }
        List<Reason> platformReasons = checks.check(program, service, form.data(), subject);
        if (!platformReasons.isEmpty()) {
            throw refused(platformReasons);
        }
        Map<String, String> data = new java.util.LinkedHashMap<>(form.data());
        if (identityWaived) {
            data.put(NO_IDENTITY, "true");
        }
        Submission submission = new Submission(code, serviceId, data, actor, subject);
        Assessment assessed = programs.call(code, p -> p.assess(submission));
        if (!assessed.accepted()) {
            throw refused(assessed.refusals());
        }
        Assessment assessment = identityWaived ? withNoIdentityLetter(assessed) : assessed;
        Workflow workflow = program.workflow(service.workflow()).orElseThrow();
        CaseRow row = open(program, service, workflow, data, subject, assessment, actor);
        return new Opened(row, assessment, service);
    }

    private CaseRow open(ProgramDescriptor program, ServiceDefinition service, Workflow workflow,
                         Map<String, String> data, String subject, Assessment assessment, Actor actor) {
        String tracking = newTracking(program.code());
        if (assessment.claimKey() == null) {
            return persist(program, service, workflow, data, subject, assessment, actor, tracking);
        }
        String scope = "case:" + program.code();
        synchronized (KeyLocks.of(scope + "|" + assessment.claimKey())) {
            counters.claimed(scope, assessment.claimKey()).ifPresent(first -> {
                throw alreadyClaimed(first);
            });
            try {
                return persist(program, service, workflow, data, subject, assessment, actor, tracking);
            } catch (PersistenceException e) { // another kiosk on the same database claimed it a moment ago
                throw alreadyClaimed(counters.claimed(scope, assessment.claimKey()).orElseThrow(() -> e));
            }
        }
    }

    /** A random number no case has yet (the primary key still refuses the rare draw another kiosk just made). */
    private String newTracking(String program) {
        LocalDate today = clock.today();
        java.util.Optional<Integer> kiosk = KioskIdentity.number();
        for (int attempt = 0; attempt < 8; attempt++) {
            String tracking = TrackingNumbers.next(program, today, kiosk);
            if (cases.row(tracking).isEmpty()) {
                return tracking;
            }
        }
        throw Problem.of(503, "tracking-busy", "Nomor belum tersedia", "No number available",
                "Nomor tanda terima belum dapat dibuat. Silakan kirim lagi.",
                "No tracking number could be made. Please send again.");
    }

    private CaseRow persist(ProgramDescriptor program, ServiceDefinition service, Workflow workflow,
                            Map<String, String> data, String subject, Assessment assessment, Actor actor,
                            String tracking) {
        return db.tx(em -> {
            if (assessment.claimKey() != null) {
                counters.insertClaim(em, "case:" + program.code(), assessment.claimKey(), tracking,
                        Map.of("tracking", tracking));
            }
            CaseRow row = new CaseRow();
            row.tracking = tracking;
            row.program = program.code();
            row.service = service.id();
            row.programNameId = program.name().id();
            row.programNameEn = program.name().en();
            row.serviceTitleId = service.title().id();
            row.serviceTitleEn = service.title().en();
            row.subjectNik = subject;
            row.category = assessment.category();
            row.kelurahan = kelurahan.name();
            row.data = JsonText.write(data);
            row.receipt = ReceiptContent.json(assessment);
            row.created = clock.now();
            row.createdBy = actor.username();
            em.persist(row);
            cases.enter(em, row, workflow.state(workflow.initial()).orElseThrow(), "submit", null, actor);
            outbox.queue(em, tracking);
            // with the case, not after it: a case acknowledged to the resident always has its entry, also after a crash
            audit.record(em, actor, HashChainedAudit.CASE_OPEN, tracking, program.code() + "/" + service.id(), subject);
            return row;
        });
    }

    private static Problem alreadyClaimed(Claim first) {
        return refused(List.of(Reason.of("already-claimed", "Sudah pernah diajukan dengan nomor " + first.by()
                + ". Cek status dengan nomor itu.", "Already applied for under number " + first.by()
                + ". Check the status with that number.")));
    }

    /** Marks, in the case data, a person filed for without an identity card; a NIK can be added later. */
    public static final String NO_IDENTITY = "tanpaIdentitas";

    private static boolean hasNik(ServiceDefinition service, Map<String, String> answers) {
        return answers != null && service.form().fields().stream().filter(f -> f.type() == FieldType.NIK)
                .map(f -> answers.get(f.name())).anyMatch(v -> !Digits.canonical(v).isEmpty());
    }

    /** The platform's rule for a person without KTP/KK: the kelurahan's letter stating so goes on the checklist. */
    private static Assessment withNoIdentityLetter(Assessment a) {
        boolean asked = a.checklist().stream().anyMatch(d -> d.label().id().toLowerCase(java.util.Locale.ROOT)
                .contains("tidak mempunyai kartu identitas"));
        if (asked) {
            return a; // the program asks for it already
        }
        List<id.anjungan.spi.Document> checklist = new java.util.ArrayList<>(a.checklist());
        checklist.add(0, id.anjungan.spi.Document.of("surat-tidak-punya-identitas",
                "Surat Keterangan Tidak Mempunyai Kartu Identitas", "Letter stating the person has no identity card")
                .at("Kantor kelurahan", "Kelurahan office"));
        return new Assessment(a.refusals(), checklist, a.nextSteps(), a.claimKey(), a.category());
    }

    /**
     * The person the case is about: the answer to the first NIK question the service declares, never a field the
     * client names (a {@code subjectNik} pointing at the KK answer moved the double-aid check onto another number).
     * Without a NIK answer, the resident of an assisted session. In an assisted session the consented resident must
     * be the subject or answer another NIK question (the heir applying for a death benefit), never only a KK or text
     * answer: a PSM files for the resident who consented, not for anyone.
     *
     * @param named what the client sent as {@code subjectNik}: refused unless it is that same NIK
     */
    static String subject(ServiceDefinition service, Map<String, String> data, String named, Actor actor) {
        List<String> niks = service.form().fields().stream().filter(f -> f.type() == FieldType.NIK)
                .map(FormField::name).map(data::get).filter(v -> v != null).toList();
        String consented = actor.onBehalfOfNik();
        String subject = niks.isEmpty() ? consented : niks.get(0);
        if (consented != null && !consented.equals(subject) && !niks.contains(consented)) {
            throw refused(List.of(Reason.of("assisted-subject", "Dalam pendampingan, pengajuan hanya untuk warga yang "
                    + "memberi persetujuan (NIK " + Masking.mask(consented) + "): NIK itu harus ada di formulir. "
                    + "Akhiri pendampingan untuk membantu warga lain.", "In an assisted session, applications are "
                    + "only for the resident who consented (NIK " + Masking.mask(consented) + "): that NIK must be in "
                    + "the form. End the session to help someone else.")));
        }
        if (named != null && !named.isBlank() && !Digits.canonical(named).equals(subject)) {
            throw refused(List.of(Reason.of("subject-mismatch", "NIK yang diajukan tidak sama dengan NIK pada formulir.",
                    "The NIK the application is for differs from the NIK in the form.")));
        }
        return subject;
    }

    private static boolean hasNikField(ServiceDefinition service) {
        return service.form().fields().stream().anyMatch(f -> f.type() == FieldType.NIK && f.required());
    }

    static Problem refused(List<Reason> reasons) {
        return new Problem(422, "refused", Text.of("Pengajuan belum dapat diproses", "The application cannot go ahead"),
                reasons.get(0).message(), List.of(Map.of("reasons", reasons.stream()
                .map(r -> Map.<String, Object>of("code", r.code(), "message", r.message())).toList())));
    }
}
