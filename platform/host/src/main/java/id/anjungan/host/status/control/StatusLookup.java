package id.anjungan.host.status.control;

import id.anjungan.host.audit.control.HashChainedAudit;
import id.anjungan.host.catalog.control.Programs;
import id.anjungan.host.config.Setting;
import id.anjungan.host.config.Settings;
import id.anjungan.host.privacy.Masking;
import id.anjungan.host.identity.control.Digits;
import id.anjungan.host.identity.control.NikValidator;
import id.anjungan.host.identity.control.Standings;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.recipients.control.ListAge;
import id.anjungan.host.recipients.control.StoredRecipientLists;
import id.anjungan.host.security.control.LookupLimits;
import id.anjungan.host.security.control.RateLimits;
import id.anjungan.host.security.control.ResidentSession;
import id.anjungan.spi.Actor;
import id.anjungan.spi.Program;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.ServiceKind;
import id.anjungan.spi.StatusReport;
import id.anjungan.spi.Text;
import id.anjungan.spi.platform.IdentityCheck;
import id.anjungan.spi.platform.KioskClock;
import id.anjungan.spi.platform.RecipientRecord;
import id.anjungan.spi.platform.Resident;
import id.anjungan.spi.platform.ResidentRegistry;
import id.anjungan.host.grid.Grid;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * "Cek status bantuan": the resident's status in every enabled program. The NIK must come with the matching KK number
 * (the birth date is no proof: it is written inside the NIK); a wrong pair is answered exactly like "not registered"
 * so the kiosk cannot be used to find out who receives aid. Lookups are counted per resident session, per device and
 * per staff account, and per NIK whoever asks, so that guessing KK numbers gets nowhere.
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
    @Inject
    ResidentRegistry residents;

    final LookupLimits limits = new LookupLimits(Setting.STATUS_PER_SESSION_PER_MINUTE, Setting.STATUS_PER_DEVICE_PER_MINUTE,
            "Terlalu banyak pengecekan dalam waktu singkat. Tunggu sebentar lalu coba lagi.",
            "Too many checks in a short time. Please wait a moment and try again.");
    final RateLimits perStaff = new RateLimits(Settings.number(Setting.STATUS_PER_STAFF_PER_MINUTE));
    final RateLimits perNik = new RateLimits(Settings.number(Setting.STATUS_PER_NIK_PER_HOUR), Duration.ofHours(1));
    @Inject
    Grid grid;

    /**
     * Staff and NIK limits hold across the city tier's nodes; a resident's session (and its limits) lives on the one
     * kiosk or node that issued it.
     */
    @PostConstruct
    void share() {
        perStaff.share(grid, "status-staff");
        perNik.share(grid, "status-nik");
    }

    /**
     * The status of the NIK in every program, for the KK number that proves it.
     *
     * @param resident the resident's session; {@code null} when {@code actor} is staff
     */
    public List<Map<String, Object>> lookup(String nik, String kk, Actor actor, ResidentSession resident, String lang) {
        return answer(nik, kk, actor, resident, lang).results();
    }

    /** The programs' answers, and the programs that could not answer now (left out, not fatal). */
    public record Answer(List<Map<String, Object>> results, List<Map<String, Object>> unavailable) {
    }

    /** As {@link #lookup}, with the programs that could not answer named. */
    public Answer answer(String nik, String kk, Actor actor, ResidentSession resident, String lang) {
        if (resident == null) {
            limits.refuseAfter(perStaff.retryAfter(actor.username(), clock.now()));
        } else {
            limits.count(resident, clock.now());
        }
        IdentityCheck check = NikValidator.nik(nik, clock.today());
        if (!check.valid()) {
            throw Problem.of(422, check.problems().get(0));
        }
        if (kk == null || kk.isBlank()) {
            throw Problem.of(422, "proof-required", "Data belum lengkap", "Incomplete",
                    "Masukkan nomor KK bersama NIK.", "Enter the KK number with the NIK.");
        }
        String cleanNik = Digits.canonical(nik);
        limits.refuseAfter(perNik.retryAfter(cleanNik, clock.now()));
        String cleanKk = Digits.canonical(kk);
        Map<String, RecipientRecord> entries = lists.newestEntries(cleanNik);
        KkProof proof = KkProof.of(cleanKk, entries, residents.find(cleanNik).map(Resident::kk));
        Map<String, ProgramDescriptor> asked = new LinkedHashMap<>();
        Map<String, Function<Program, StatusReport>> calls = new LinkedHashMap<>();
        for (ProgramDescriptor program : programs.descriptors()) {
            if (answersStatus(program)) {
                Optional<RecipientRecord> record = proof.match(program.code()).map(KkProof.Match::row);
                asked.put(program.code(), program);
                calls.put(program.code(), p -> p.status(record));
            }
        }
        Optional<Resident.Standing> stopped = stoppedStanding(cleanNik, proof);
        List<Map<String, Object>> results = new ArrayList<>();
        List<Map<String, Object>> unavailable = new ArrayList<>();
        programs.startAll(calls).forEach((code, report) -> {
            StatusReport answered;
            try {
                answered = report.get();
            } catch (RuntimeException failingModule) { // a module that is DOWN refuses at once
                unavailable.add(Programs.unavailable(asked.get(code), failingModule, lang));
                return;
            }
            Map<String, Object> result = withStanding(json(asked.get(code), answered, lang), stopped, lang);
            result.put("pairProven", proof.proven());
            result.put("otherKk", proof.match(code).map(KkProof.Match::otherKk).orElse(false));
            lists.newestList(code).ifPresent(list -> ListAge.describe(result, list, ListAge.refreshDays(code),
                    clock.today(), clock.zone()));
            results.add(result);
        });
        audit.record(actor, "read-recipient", Masking.mask(cleanNik), "status lookup, " + results.size() + " programs",
                cleanNik);
        return new Answer(results, unavailable);
    }

    /**
     * The retur standing recorded for the person, told only to whoever proved the NIK with its KK: deceased, moved
     * or declared able stops every program's aid, whatever a list still says.
     */
    private Optional<Resident.Standing> stoppedStanding(String nik, KkProof proof) {
        return residents.find(nik).filter(r -> proof.proven())
                .map(Resident::standing).filter(s -> s != null && s != Resident.Standing.ACTIVE);
    }

    private static Map<String, Object> withStanding(Map<String, Object> result, Optional<Resident.Standing> stopped,
                                                    String lang) {
        stopped.ifPresent(standing -> {
            result.put("standing", standing.name());
            String note = Standings.statusNote(standing).in(lang);
            result.put("note", result.get("note") == null ? note : note + " " + result.get("note"));
        });
        return result;
    }

    /** Programs with a status service, or with a recipient list to look in. */
    private boolean answersStatus(ProgramDescriptor program) {
        return program.services().stream().anyMatch(s -> s.kind() == ServiceKind.STATUS)
                || !lists.periods(program.code()).isEmpty();
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
}
