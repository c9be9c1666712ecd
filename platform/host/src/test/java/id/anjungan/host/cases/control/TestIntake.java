package id.anjungan.host.cases.control;

import id.anjungan.host.audit.control.HashChainedAudit;
import id.anjungan.host.catalog.control.Programs;
import id.anjungan.host.counters.control.StoredCounters;
import id.anjungan.host.outbox.control.Outbox;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.platform.control.ConfiguredKelurahan;
import id.anjungan.spi.Assessment;
import id.anjungan.spi.FieldType;
import id.anjungan.spi.FormDefinition;
import id.anjungan.spi.FormField;
import id.anjungan.spi.Program;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.Role;
import id.anjungan.spi.ServiceDefinition;
import id.anjungan.spi.ServiceKind;
import id.anjungan.spi.State;
import id.anjungan.spi.Text;
import id.anjungan.spi.Transition;
import id.anjungan.spi.Workflow;
import id.anjungan.spi.platform.KioskClock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Intake and the case store on a test database, with one program (BANSOS): an application with a NIK, an optional
 * photo and an optional KK that it claims once, as CPP does; officers move it from "baru" to "diproses".
 */
public final class TestIntake {

    public static final String PROGRAM = "BANSOS";
    public static final String SERVICE = "ajukan";
    static final Workflow WORKFLOW = new Workflow("alur", "baru", List.of(State.open("baru", "Baru", "New", 3),
            State.open("diproses", "Diproses", "In progress", 7)), List.of(
            Transition.of("proses", "baru", "diproses", Text.of("Proses", "Process"), Role.TKSK)));
    static final ProgramDescriptor DESCRIPTOR = new ProgramDescriptor(PROGRAM, Text.of("Bansos", "Social aid"), null,
            "icon.svg", List.of(ServiceDefinition.builder(SERVICE, ServiceKind.APPLICATION, Text.of("Ajukan", "Apply"))
            .startedBy(Role.RESIDENT).workflow("alur").form(FormDefinition.of(
                    FormField.of("nik", FieldType.NIK, Text.of("NIK", "NIK")),
                    FormField.of("foto", FieldType.TEXT, Text.of("Foto", "Photo")).optional(),
                    FormField.of("kk", FieldType.TEXT, Text.of("KK", "KK")).optional())).build()),
            List.of(WORKFLOW), Set.of(), Set.of(), List.of(), List.of());

    public final Intake intake = new Intake();
    public final StoredCaseStore cases = new StoredCaseStore();

    public TestIntake(Database db, KioskClock clock, HashChainedAudit audit, StoredCounters counters, Outbox outbox) {
        Program program = new Program() {
            @Override
            public ProgramDescriptor descriptor() {
                return DESCRIPTOR;
            }

            @Override
            public Assessment assess(id.anjungan.spi.Submission s) {
                Assessment accepted = Assessment.accept(List.of(), Text.of("Tunggu", "Wait"));
                String kk = s.data().get("kk");
                return kk == null || kk.isBlank() ? accepted : accepted.claimOnce(kk);
            }
        };
        Programs programs = new Programs() {
            @Override
            public ProgramDescriptor descriptor(String code) {
                return DESCRIPTOR;
            }

            @Override
            public <T> T call(String code, Function<Program, T> work) {
                return work.apply(program);
            }
        };
        cases.db = db;
        cases.clock = clock;
        cases.programs = programs;
        cases.audit = audit;
        cases.outbox = outbox;
        intake.programs = programs;
        intake.db = db;
        intake.clock = clock;
        intake.kelurahan = new ConfiguredKelurahan();
        intake.attachments = new id.anjungan.host.attachments.control.Attachments() {
            @Override
            public boolean exists(String id) { // the form has no attachment field: the photo's id is a text answer
                return false;
            }
        };
        intake.checks = new PlatformChecks();
        intake.counters = counters;
        intake.cases = cases;
        intake.audit = audit;
        intake.outbox = outbox;
    }

    /** The store as a city node's: a step on a kiosk's case goes down to that kiosk through {@code downlink}. */
    public void onTheCityTier(id.anjungan.host.downlink.control.Downlink downlink) {
        cases.downlink = downlink;
    }

    /** Files an application for {@code nik}; {@code photo} and {@code kk} may be null. Answers its tracking number. */
    public String file(String nik, String photo, String kk) {
        Map<String, String> answers = new java.util.HashMap<>(Map.of("nik", nik));
        if (photo != null) {
            answers.put("foto", photo);
        }
        if (kk != null) {
            answers.put("kk", kk);
        }
        return intake.submit(PROGRAM, SERVICE, answers, null, id.anjungan.spi.Actor.resident()).row().tracking;
    }
}
