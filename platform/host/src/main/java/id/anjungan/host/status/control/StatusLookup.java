package id.anjungan.host.status.control;

import id.anjungan.host.audit.control.HashChainedAudit;
import id.anjungan.host.catalog.control.Programs;
import id.anjungan.host.config.Settings;
import id.anjungan.host.identity.control.Masking;
import id.anjungan.host.identity.control.NikValidator;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.recipients.control.StoredRecipientLists;
import id.anjungan.spi.Actor;
import id.anjungan.spi.Program;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.ServiceKind;
import id.anjungan.spi.StatusReport;
import id.anjungan.spi.Text;
import id.anjungan.spi.platform.IdentityCheck;
import id.anjungan.spi.platform.KioskClock;
import id.anjungan.spi.platform.RecipientRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * "Cek status bantuan": the resident's status in every enabled program. The NIK must come with the matching KK number
 * or birth date; a wrong pair is answered exactly like "not registered" so the kiosk cannot be used to find out who
 * receives aid.
 */
@ApplicationScoped
public class StatusLookup {

    @Inject
    Programs programs;
    @Inject
    StoredRecipientLists lists;
    @Inject
    KioskClock clock;
    @Inject
    HashChainedAudit audit;

    final RateLimits perSession = new RateLimits(Integer.parseInt(Settings.get("anjungan.status.per.minute", "10")));
    final RateLimits perNik = new RateLimits(Integer.parseInt(Settings.get("anjungan.status.per.minute", "10")));

    /** The second proof of identity: the KK number or the birth date. */
    public record Proof(String kk, LocalDate birthDate) {
    }

    public List<Map<String, Object>> lookup(String nik, Proof proof, String session, Actor actor, String lang) {
        if (!perSession.allow(session == null ? "?" : session, clock.now())) {
            throw tooOften();
        }
        IdentityCheck check = NikValidator.nik(nik, clock.today());
        if (!check.valid()) {
            throw Problem.of(422, check.problems().get(0));
        }
        if (proof == null || (proof.kk() == null || proof.kk().isBlank()) && proof.birthDate() == null) {
            throw Problem.of(422, "proof-required", "Data belum lengkap", "Incomplete",
                    "Masukkan nomor KK atau tanggal lahir bersama NIK.", "Enter the KK number or the birth date with the NIK.");
        }
        String cleanNik = NikValidator.stripSeparators(nik);
        if (!perNik.allow(cleanNik, clock.now())) {
            throw tooOften();
        }
        Map<String, RecipientRecord> entries = lists.newestEntries(cleanNik);
        Map<String, ProgramDescriptor> asked = new LinkedHashMap<>();
        Map<String, Function<Program, StatusReport>> calls = new LinkedHashMap<>();
        for (ProgramDescriptor program : programs.descriptors()) {
            if (answersStatus(program)) {
                Optional<RecipientRecord> record = Optional.ofNullable(entries.get(program.code()))
                        .filter(r -> matches(r, check.birthDate(), proof));
                asked.put(program.code(), program);
                calls.put(program.code(), p -> p.status(record));
            }
        }
        List<Map<String, Object>> results = new ArrayList<>();
        programs.startAll(calls).forEach((code, report) -> {
            try {
                results.add(json(asked.get(code), report.get(), lang));
            } catch (RuntimeException failingModule) {
                // left out: the other programs still answer
            }
        });
        audit.record(actor, "read-recipient", Masking.mask(cleanNik), "status lookup, " + results.size() + " programs",
                cleanNik);
        return results;
    }

    /** Programs with a status service, or with a recipient list to look in. */
    private boolean answersStatus(ProgramDescriptor program) {
        return program.services().stream().anyMatch(s -> s.kind() == ServiceKind.STATUS)
                || !lists.periods(program.code()).isEmpty();
    }

    static boolean matches(RecipientRecord r, LocalDate bornFromNik, Proof proof) {
        if (proof.kk() != null && !proof.kk().isBlank()) {
            return NikValidator.stripSeparators(proof.kk()).equals(r.kk());
        }
        return proof.birthDate().equals(bornFromNik);
    }

    private static Map<String, Object> json(ProgramDescriptor program, StatusReport report, String lang) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("program", program.code());
        m.put("programName", program.name().in(lang));
        m.put("registered", report.registered());
        m.put("period", report.period());
        m.put("amount", report.amount());
        m.put("rhythm", in(report.rhythm(), lang));
        m.put("channel", in(report.channel(), lang));
        m.put("schedule", in(report.schedule(), lang));
        m.put("note", in(report.note(), lang));
        return m;
    }

    private static String in(Text text, String lang) {
        return text == null ? null : text.in(lang);
    }

    private static Problem tooOften() {
        return Problem.of(429, "rate-limited", "Terlalu sering", "Too many requests",
                "Terlalu banyak pengecekan dalam satu menit. Tunggu sebentar lalu coba lagi.",
                "Too many checks in one minute. Please wait a moment and try again.");
    }
}
