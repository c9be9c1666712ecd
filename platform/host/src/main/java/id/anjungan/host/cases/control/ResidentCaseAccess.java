package id.anjungan.host.cases.control;

import id.anjungan.host.cases.entity.CaseRow;
import id.anjungan.host.catalog.control.Programs;
import id.anjungan.host.config.Setting;
import id.anjungan.host.config.Settings;
import id.anjungan.host.identity.control.Digits;
import id.anjungan.host.identity.control.StoredResidents;
import id.anjungan.host.persistence.JsonText;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.recipients.control.StoredRecipientLists;
import id.anjungan.host.security.control.LookupLimits;
import id.anjungan.host.security.control.ResidentSession;
import id.anjungan.host.security.control.RateLimits;
import id.anjungan.spi.FieldType;
import id.anjungan.spi.FormField;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.platform.KioskClock;
import id.anjungan.spi.platform.RecipientRecord;
import id.anjungan.spi.platform.Resident;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a resident may do with a case they hold only a tracking number of: look it up (counted like status lookups,
 * per session and device), and print its receipt only from the session that filed it or after proving the KK number
 * of the case's subject. A refused proof looks the same whether the number exists or not.
 */
@ApplicationScoped
public class ResidentCaseAccess {

    @Inject
    Programs programs;
    @Inject
    StoredResidents residents;
    @Inject
    StoredRecipientLists lists;
    @Inject
    KioskClock clock;

    final LookupLimits lookups = new LookupLimits(Setting.TRACKING_PER_SESSION_PER_MINUTE,
            Setting.TRACKING_PER_DEVICE_PER_MINUTE,
            "Terlalu banyak pengecekan nomor tanda terima dalam waktu singkat. Tunggu sebentar lalu coba lagi.",
            "Too many tracking number checks in a short time. Please wait a moment and try again.");
    final RateLimits proofsPerCase = new RateLimits(Settings.number(Setting.TRACKING_PROOFS_PER_CASE_PER_HOUR),
            Duration.ofHours(1));

    /** Counts a resident's look at a case by tracking number (staff see every case in their worklist anyway). */
    public void countLookup(ResidentSession resident) {
        lookups.count(resident, clock.now());
    }

    /** Lets the session print the case's receipt when {@code kk} is its subject's KK number; else a 403. */
    public void prove(ResidentSession resident, String tracking, Optional<CaseRow> row, String kk) {
        countLookup(resident);
        lookups.refuseAfter(proofsPerCase.retryAfter(tracking, clock.now()));
        String typed = kk == null ? "" : Digits.canonical(kk);
        if (row.isEmpty() || typed.length() != 16 || !kkNumbers(row.get()).contains(typed)) {
            throw refused();
        }
        resident.holds(row.get().tracking);
    }

    /** The receipt of a case the session neither filed nor proved: refused alike for unknown numbers. */
    public static Problem refused() {
        return Problem.of(403, "receipt-proof", "Tanda terima tidak dapat dibuka", "Receipt not available",
                "Tanda terima hanya dapat dibuka dari sesi yang mengajukannya, atau dengan nomor tanda terima dan "
                        + "nomor KK yang cocok.",
                "A receipt opens only in the session that filed it, or with its tracking number and the matching KK "
                        + "number.");
    }

    /** The KK numbers the case knows for its subject: its form's KK answers, the resident register, the lists. */
    Set<String> kkNumbers(CaseRow row) {
        Set<String> kks = new HashSet<>();
        Map<String, String> data = JsonText.readMap(row.data);
        kkFields(row).forEach(field -> Optional.ofNullable(data.get(field))
                .map(Digits::canonical).ifPresent(kks::add));
        if (row.subjectNik != null) {
            residents.find(row.subjectNik).map(Resident::kk).ifPresent(kks::add);
            lists.newestEntries(row.subjectNik).values().stream().map(RecipientRecord::kk).forEach(kks::add);
        }
        kks.remove(null);
        return kks;
    }

    private Set<String> kkFields(CaseRow row) {
        Set<String> names = new HashSet<>();
        try {
            ProgramDescriptor program = programs.descriptor(row.program);
            programs.service(program, row.service).form().fields().stream().filter(f -> f.type() == FieldType.KK)
                    .map(FormField::name).forEach(names::add);
        } catch (RuntimeException removedModule) {
            // the register and the lists still know the subject's KK
        }
        return names;
    }
}
