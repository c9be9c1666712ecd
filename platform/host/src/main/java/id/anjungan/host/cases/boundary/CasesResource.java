package id.anjungan.host.cases.boundary;

import id.anjungan.host.cases.control.CaseAccess;
import id.anjungan.host.cases.control.CaseViews;
import id.anjungan.host.cases.control.CityStatus;
import id.anjungan.host.cases.control.EarlyCheck;
import id.anjungan.host.cases.control.Intake;
import id.anjungan.host.cases.control.ResidentCaseAccess;
import id.anjungan.host.cases.control.ReceiptContent;
import id.anjungan.host.cases.control.StoredCaseStore;
import id.anjungan.host.cases.control.TrackingNumbers;
import id.anjungan.host.cases.entity.CaseRow;
import id.anjungan.host.identity.control.Digits;
import id.anjungan.host.identity.control.NikValidator;
import id.anjungan.host.problem.Localized;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.problem.ProblemMapper;
import id.anjungan.host.security.control.Allowed;
import id.anjungan.host.security.control.Caller;
import id.anjungan.host.security.control.ResidentContext;
import id.anjungan.spi.Role;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Submitting applications, reports and complaints; following them by tracking number; moving them (staff). */
@Path("cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CasesResource {

    /** A filled kiosk form. */
    public record CaseRequest(String program, String service, Map<String, String> data, String subjectNik) {
    }

    /** The length of a step's note column. */
    static final int MAX_NOTE = 2000;

    /** A workflow step taken by an officer. */
    public record Step(String transition, String note) {
    }

    @Inject
    Intake intake;
    @Inject
    EarlyCheck early;
    @Inject
    id.anjungan.spi.platform.KioskClock clock;
    @Inject
    StoredCaseStore cases;
    @Inject
    CityStatus cityStatus;
    @Inject
    CaseViews views;
    @Inject
    CaseAccess access;
    @Inject
    Caller caller;
    @Inject
    ResidentContext resident;
    @Inject
    ResidentCaseAccess residentAccess;
    @Context
    HttpHeaders headers;

    @POST
    public Response submit(CaseRequest request) {
        if (request == null || request.program() == null || request.service() == null) {
            throw Problem.of(400, "bad-request", "Permintaan tidak lengkap", "Incomplete request",
                    "Program dan layanan harus disebutkan.", "Program and service are required.");
        }
        Intake.Opened opened = intake.submit(request.program(), request.service(), request.data(),
                request.subjectNik(), caller.actor());
        String lang = lang();
        CaseRow row = opened.row();
        if (!resident.isStaff()) {
            resident.sessionIfAny().ifPresent(session -> session.holds(row.tracking));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("tracking", row.tracking);
        body.put("state", row.state);
        body.put("stateLabel", lang.startsWith("en") ? row.stateLabelEn : row.stateLabelId);
        body.put("checklist", ReceiptContent.checklist(row.receipt, lang));
        body.put("nextSteps", ReceiptContent.nextSteps(row.receipt, lang));
        body.put("receipt", Map.of("a6", "/api/cases/" + row.tracking + "/receipt?format=a6",
                "roll58", "/api/cases/" + row.tracking + "/receipt?format=roll58"));
        return Response.status(201).entity(body).build();
    }

    /**
     * Whether the answers given so far already rule the application out (asked after each answer, nothing stored):
     * {@code refused}, and with it the {@code reasons} and the services that may help {@code instead}.
     */
    @POST
    @Path("precheck")
    public Map<String, Object> precheck(CaseRequest request) {
        if (request == null || request.program() == null || request.service() == null) {
            throw Problem.of(400, "bad-request", "Permintaan tidak lengkap", "Incomplete request",
                    "Program dan layanan harus disebutkan.", "Program and service are required.");
        }
        String lang = lang();
        return early.refusal(request.program(), request.service(), request.data(), caller.actor())
                .<Map<String, Object>>map(refusal -> Map.of("refused", true,
                        "reasons", refusal.reasons().stream().map(r -> Map.of("code", r.code(),
                                "message", r.message().in(lang))).toList(),
                        "instead", refusal.instead().stream().map(i -> Map.of("program", i.program(),
                                "service", i.service(), "why", i.why().in(lang))).toList()))
                .orElse(Map.of("refused", false));
    }

    @GET
    @Path("{tracking}")
    public Map<String, Object> status(@PathParam("tracking") String typed) {
        if (!resident.isStaff()) {
            residentAccess.countLookup(resident.session());
        }
        String tracking = TrackingNumbers.normalise(typed);
        if (TrackingNumbers.valid(tracking) && cases.row(tracking).isEmpty()) { // filed at another kiosk of the city
            Optional<JsonObject> atCity = cityStatus.of(tracking, lang());
            if (atCity.isPresent()) {
                Map<String, Object> view = new LinkedHashMap<>(atCity.get());
                view.put("answeredBy", "city");
                return view;
            }
        }
        return views.publicView(known(typed), lang());
    }

    /** The KK number of a case's subject, which lets a resident session print the case's receipt. */
    public record Proof(String kk) {
    }

    @POST
    @Path("{tracking}/proof")
    public Map<String, Object> prove(@PathParam("tracking") String typed, Proof proof) {
        if (resident.isStaff()) {
            return Map.of("tracking", known(typed).tracking, "mayPrint", true);
        }
        String tracking = TrackingNumbers.normalise(typed);
        residentAccess.prove(resident.session(), tracking,
                TrackingNumbers.valid(tracking) ? cases.row(tracking) : java.util.Optional.empty(),
                proof == null ? null : proof.kk());
        return Map.of("tracking", tracking, "mayPrint", true);
    }

    @GET
    @Path("{tracking}/detail")
    @Allowed({Role.TKSK, Role.PSM, Role.KASI_KESOS, Role.CAMAT, Role.DINSOS})
    public Map<String, Object> detail(@PathParam("tracking") String typed) {
        return views.staffView(opened(typed), caller.actor(), lang());
    }

    @POST
    @Path("{tracking}/transitions")
    @Allowed({Role.TKSK, Role.PSM, Role.KASI_KESOS, Role.CAMAT, Role.DINSOS})
    public Map<String, Object> transition(@PathParam("tracking") String typed, Step step) {
        if (step == null || step.transition() == null) {
            throw Problem.of(400, "bad-request", "Langkah belum dipilih", "No step chosen",
                    "Pilih langkah yang akan dilakukan.", "Choose the step to take.");
        }
        if (step.note() != null && step.note().length() > MAX_NOTE) {
            throw Problem.of(422, "too-long", "Catatan terlalu panjang", "Note too long",
                    "Catatan paling banyak " + MAX_NOTE + " karakter.", "A note has at most " + MAX_NOTE + " characters.");
        }
        CaseRow row = opened(typed);
        cases.transition(row.tracking, step.transition(), step.note(), caller.actor());
        return views.staffView(known(row.tracking), caller.actor(), lang());
    }

    /** A NIK issued later to a person filed for without an identity card. */
    public record Identity(String nik) {
    }

    @POST
    @Path("{tracking}/identity")
    @Allowed({Role.TKSK, Role.PSM, Role.KASI_KESOS})
    public Map<String, Object> identity(@PathParam("tracking") String typed, Identity identity) {
        CaseRow row = opened(typed);
        if (row.subjectNik != null) {
            throw Problem.of(409, "has-nik", "Sudah ada NIK", "Already has a NIK",
                    "Kasus ini sudah mencatat NIK.", "This case already records a NIK.");
        }
        var check = NikValidator.nik(identity == null ? null : identity.nik(), clock.today());
        if (!check.valid()) {
            throw new Problem(422, check.problems().get(0).code(), id.anjungan.spi.Text.of("NIK tidak valid",
                    "Invalid NIK"), check.problems().get(0).message(), null);
        }
        cases.annotate(row.tracking, Map.of("nik", Digits.canonical(identity.nik())),
                "NIK diterbitkan / NIK issued", caller.actor());
        return views.staffView(known(row.tracking), caller.actor(), lang());
    }

    /** A case the caller may open beyond its public view. */
    private CaseRow opened(String typed) {
        return access.opened(caller.actor(), known(typed));
    }

    private CaseRow known(String typed) {
        String tracking = TrackingNumbers.normalise(typed);
        if (!TrackingNumbers.valid(tracking)) {
            throw Problem.of(404, "tracking-invalid", "Nomor tidak valid", "Invalid number",
                    "Nomor tanda terima tidak valid. Periksa kembali setiap huruf dan angka.",
                    "The tracking number is not valid. Check every letter and digit.");
        }
        return cases.row(tracking).orElseThrow(CaseAccess::unknown);
    }

    private String lang() {
        return ProblemMapper.language(headers);
    }

    static Object localized(Object value, String lang) {
        return Localized.of(value, lang);
    }
}
