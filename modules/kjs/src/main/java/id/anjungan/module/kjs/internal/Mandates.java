package id.anjungan.module.kjs.internal;

import id.anjungan.spi.Actor;
import id.anjungan.spi.OperationInput;
import id.anjungan.spi.ProgramException;
import id.anjungan.spi.Text;
import id.anjungan.spi.platform.AuditLog;
import id.anjungan.spi.platform.Claim;
import id.anjungan.spi.platform.Counters;
import id.anjungan.spi.platform.KioskClock;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The papers that let a pendamping take money for others: the SK Pendamping from the Kepala Dinas Sosial Kota
 * (000:L3988-3992), recorded once and valid between two dates, and the Surat Tugas that a collective disbursement
 * needs (000:L4944-4947), checked before the pack is made. Kept as claims, so a recorded paper is never changed.
 */
final class Mandates {

    static final String SK_SCOPE = "KJS:sk-pendamping";
    static final String SURAT_TUGAS_SCOPE = "KJS:surat-tugas";

    /** An SK Pendamping: who holds it, its number and when it is valid. */
    record Sk(String number, LocalDate issued, LocalDate validUntil, String holder) {
        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("number", number);
            m.put("issued", issued.toString());
            m.put("validUntil", validUntil.toString());
            m.put("holder", holder);
            return m;
        }
    }

    /** A Surat Tugas for a collective disbursement. */
    record SuratTugas(String number, LocalDate date) {
    }

    private final Counters counters;
    private final AuditLog audit;
    private final KioskClock clock;
    private final KjsConfig config;

    Mandates(Counters counters, AuditLog audit, KioskClock clock, KjsConfig config) {
        this.counters = counters;
        this.audit = audit;
        this.clock = clock;
        this.config = config;
    }

    /** Records the pendamping's own SK; the same SK recorded again is answered, a different one under its number refused. */
    Map<String, Object> recordSk(Map<String, Object> input, Actor actor) {
        OperationInput in = new OperationInput(input);
        String number = number(in.text("number", Text.of("Nomor SK Pendamping", "SK number"), 3, 80));
        LocalDate issued = in.date("issued", Text.of("Tanggal SK", "Date of the SK"));
        LocalDate validUntil = in.date("validUntil", Text.of("SK berlaku sampai", "SK valid until"));
        LocalDate today = clock.today();
        if (issued.isAfter(today)) {
            throw ProgramException.of("invalid-issued", "Tanggal SK tidak boleh sesudah hari ini.",
                    "The SK cannot be dated after today.");
        }
        if (validUntil.isBefore(today) || validUntil.isBefore(issued)) {
            throw ProgramException.of("sk-expired", "SK ini sudah tidak berlaku. Mintalah SK baru dari "
                    + config.dinasSosial() + ".", "This SK has expired. Ask " + config.dinasSosial() + " for a new one.");
        }
        Claim claim = counters.claimOnce(SK_SCOPE, actor.username() + "|" + number, actor.displayName(), Map.of(
                "number", number, "issued", issued.toString(), "validUntil", validUntil.toString(),
                "holder", actor.displayName()));
        Sk sk = sk(claim);
        if (!claim.won() && (!sk.issued().equals(issued) || !sk.validUntil().equals(validUntil))) {
            throw ProgramException.of("sk-recorded", "SK nomor " + number + " sudah tercatat dengan tanggal lain ("
                    + sk.issued() + " s.d. " + sk.validUntil() + "). SK yang tercatat tidak diubah.", "SK number "
                    + number + " is already recorded with other dates (" + sk.issued() + " to " + sk.validUntil()
                    + "). A recorded SK is not changed.");
        }
        if (claim.won()) {
            audit.record(actor, "kjs-sk-pendamping", number, issued + " " + validUntil);
        }
        return sk.json();
    }

    /** The actor's SK valid today, the one valid longest when there are several. */
    Optional<Sk> current(Actor actor) {
        LocalDate today = clock.today();
        String prefix = actor.username() + "|";
        return counters.claims(SK_SCOPE).stream().filter(k -> k.startsWith(prefix))
                .flatMap(k -> counters.claimed(SK_SCOPE, k).stream()).map(Mandates::sk)
                .filter(sk -> !sk.issued().isAfter(today) && !sk.validUntil().isBefore(today))
                .max(Comparator.comparing(Sk::validUntil));
    }

    Sk requireSk(Actor actor) {
        return current(actor).orElseThrow(() -> ProgramException.of("sk-missing", "Catat dulu SK Pendamping KJS "
                + "yang masih berlaku (nomor, tanggal, masa berlaku). Tanpa SK, pendamping tidak dapat mencairkan "
                + "untuk penerima.", "Record a valid SK Pendamping KJS first (number, date, validity). Without it "
                + "the pendamping cannot collect for recipients."));
    }

    /** Checks the Surat Tugas of a collective pack: dated, recent, and not used in another round or by another TKSK. */
    SuratTugas requireSuratTugas(Map<String, Object> input, String round, Actor actor) {
        OperationInput in = new OperationInput(input);
        String number = number(in.optionalText("suratTugasNumber", Text.of("Nomor Surat Tugas", "Surat Tugas number"),
                3, 80).orElseThrow(() -> ProgramException.of("surat-tugas-missing", "Pencairan kolektif memerlukan "
                + "Surat Tugas dari " + config.dinasSosial() + ": tulis nomor dan tanggalnya.", "A collective "
                + "disbursement needs a Surat Tugas from " + config.dinasSosial() + ": enter its number and date.")));
        LocalDate date = in.date("suratTugasDate", Text.of("Tanggal Surat Tugas", "Date of the Surat Tugas"));
        LocalDate today = clock.today();
        if (date.isAfter(today) || date.plusDays(config.suratTugasValidDays()).isBefore(today)) {
            throw ProgramException.of("surat-tugas-date", "Surat Tugas harus bertanggal antara "
                    + today.minusDays(config.suratTugasValidDays()) + " dan hari ini.", "The Surat Tugas must be "
                    + "dated between " + today.minusDays(config.suratTugasValidDays()) + " and today.");
        }
        Claim claim = counters.claimOnce(SURAT_TUGAS_SCOPE, number, actor.username(), Map.of("round", round,
                "date", date.toString()));
        Map<String, String> d = claim.details();
        if (!claim.won() && (!round.equals(d.get("round")) || !actor.username().equals(claim.by())
                || !date.toString().equals(d.get("date")))) {
            throw ProgramException.of("surat-tugas-used", "Surat Tugas nomor " + number + " sudah dipakai untuk "
                    + "pencairan lain (triwulan " + d.get("round") + "). Setiap pencairan kolektif memakai Surat "
                    + "Tugasnya sendiri.", "Surat Tugas number " + number + " was already used for another "
                    + "disbursement (quarter " + d.get("round") + "). Each collective disbursement has its own.");
        }
        return new SuratTugas(number, date);
    }

    /** Letter numbers as written on paper, with look-alike characters folded and spaces removed. */
    static String number(String raw) {
        String folded = Normalizer.normalize(raw, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
        if (!folded.matches("[A-Z0-9./\\-]+")) {
            throw ProgramException.of("invalid-number", "Nomor surat hanya berisi huruf latin, angka, titik, garis "
                    + "miring, dan tanda hubung.", "A letter number has only Latin letters, digits, dots, slashes and "
                    + "hyphens.");
        }
        return folded;
    }

    private static Sk sk(Claim c) {
        Map<String, String> d = c.details();
        return new Sk(d.get("number"), LocalDate.parse(d.get("issued")), LocalDate.parse(d.get("validUntil")),
                d.get("holder"));
    }
}
