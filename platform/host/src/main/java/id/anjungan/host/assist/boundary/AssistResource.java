package id.anjungan.host.assist.boundary;

import id.anjungan.host.attachments.control.Attachments;
import id.anjungan.host.identity.control.Digits;
import id.anjungan.host.privacy.Masking;
import id.anjungan.host.identity.control.NikValidator;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.security.control.Allowed;
import id.anjungan.host.security.control.Caller;
import id.anjungan.host.security.control.Sessions;
import id.anjungan.spi.Actor;
import id.anjungan.spi.Role;
import id.anjungan.spi.platform.AuditLog;
import id.anjungan.spi.platform.KioskClock;
import id.anjungan.spi.platform.IdentityCheck;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * An assisted session: a PSM or a TKSK names the resident and records their consent (checkbox read aloud plus the
 * resident's signature, thumbprint or photo); every later action of their login is attributed, the number masked,
 * "PSM X untuk 3374••••••••0003" or "TKSK X untuk 3374••••••••0003". A TKSK logged in through the identity provider
 * assists alike: the resident is kept on their provider session, so every refreshed token of that login acts for them
 * too. No other role assists, the admin included ({@link Sessions#requireAssistable}).
 */
@Path("assist")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed({Role.PSM, Role.TKSK})
public class AssistResource {

    /**
     * The resident and the evidence of their consent.
     *
     * @param evidenceKind what the evidence attachment shows: {@code signature} (the default), {@code thumbprint} (for
     *                     a resident who cannot sign) or {@code photo}
     */
    public record Consent(String nik, Boolean consent, String evidence, String evidenceKind) {
    }

    static final java.util.Set<String> EVIDENCE_KINDS = java.util.Set.of("signature", "thumbprint", "photo");

    @Inject
    Caller caller;
    @Inject
    Sessions sessions;
    @Inject
    Attachments attachments;
    @Inject
    AuditLog audit;
    @Inject
    KioskClock clock;

    @POST
    public Map<String, Object> start(Consent request) {
        if (caller.token() == null) {
            throw Problem.of(400, "token-required", "Perlu masuk", "Login required",
                    "Pendampingan memerlukan sesi masuk PSM atau TKSK di anjungan.",
                    "Assistance needs a PSM or TKSK login at the kiosk.");
        }
        sessions.requireAssistable(caller);
        if (request == null || !Boolean.TRUE.equals(request.consent())) {
            throw Problem.of(422, "consent-required", "Persetujuan diperlukan", "Consent needed",
                    "Warga harus menyetujui bahwa " + caller.actor().role() + " mengisi data untuknya.",
                    "The resident must agree that the " + caller.actor().role() + " fills in the data for them.");
        }
        IdentityCheck nik = NikValidator.nik(request.nik(), clock.today());
        if (!nik.valid()) {
            throw new Problem(422, nik.problems().get(0).code(), id.anjungan.spi.Text.of("NIK tidak valid", "Invalid NIK"),
                    nik.problems().get(0).message(), null);
        }
        if (request.evidence() == null || !attachments.exists(request.evidence())) {
            throw Problem.of(422, "evidence-required", "Bukti persetujuan diperlukan", "Proof of consent needed",
                    "Minta warga menandatangani atau menempelkan ibu jari di layar, atau ambil fotonya sebagai bukti "
                            + "persetujuan.", "Ask the resident to sign or press their thumb on the screen, or take "
                            + "their photo as proof of consent.");
        }
        String kind = request.evidenceKind() == null ? "signature" : request.evidenceKind();
        if (!EVIDENCE_KINDS.contains(kind)) {
            throw Problem.of(422, "unknown-evidence-kind", "Jenis bukti tidak dikenal", "Unknown kind of evidence",
                    "Bukti persetujuan berupa tanda tangan, cap jempol atau foto warga.",
                    "The proof of consent is the resident's signature, thumbprint or photo.");
        }
        String nikNumber = Digits.canonical(request.nik());
        Actor assisted = sessions.assist(caller, nikNumber);
        audit.record(assisted, "assist-start", Masking.mask(nikNumber), "consent evidence " + request.evidence()
                + " (" + kind + ")");
        return Map.of("nikMasked", Masking.mask(nikNumber), "banner", Sessions.banner(assisted), "evidenceKind", kind);
    }

    @DELETE
    public void end() {
        if (caller.token() != null && caller.actor().onBehalfOfNik() != null) {
            audit.record(caller.actor(), "assist-end", Masking.mask(caller.actor().onBehalfOfNik()), "");
            sessions.assist(caller, null);
        }
    }
}
