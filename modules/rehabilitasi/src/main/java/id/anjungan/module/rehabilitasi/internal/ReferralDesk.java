package id.anjungan.module.rehabilitasi.internal;

import id.anjungan.spi.Actor;
import id.anjungan.spi.OperationInput;
import id.anjungan.spi.ProgramException;
import id.anjungan.spi.Text;
import id.anjungan.spi.platform.CaseRecord;
import id.anjungan.spi.platform.CaseStore;
import id.anjungan.spi.platform.KioskClock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The TKSK's hospital referral and the two letters it needs: the kelurahan's cover letter, Dinsos' recommendation. */
final class ReferralDesk {

    private final RehabilitasiConfig config;
    private final CaseStore cases;
    private final CoverLetter coverLetter;
    private final KioskClock clock;

    ReferralDesk(RehabilitasiConfig config, CaseStore cases, CoverLetter coverLetter, KioskClock clock) {
        this.config = config;
        this.cases = cases;
        this.coverLetter = coverLetter;
        this.clock = clock;
    }

    Map<String, Object> refer(Map<String, Object> input, Actor actor) {
        OperationInput in = new OperationInput(input);
        CaseRecord c = Reports.find(cases, in);
        Reports.requireState(c, Set.of(RehabilitasiCatalog.REPORTED, RehabilitasiCatalog.HANDLED), "dirujuk",
                "referred");
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("referralHospital", in.optionalText("hospital", Text.of("Rumah sakit", "Hospital"), 3, 120)
                .orElse(config.hospitalName()));
        facts.put("referralReason", in.text("reason", Text.of("Keadaan orang yang dirujuk", "Condition"), 5, 300));
        facts.put("referralDate", clock.today().toString());
        in.optionalText("personName", Text.of("Nama (bila diketahui)", "Name (if known)"), 2, 80)
                .ifPresent(n -> facts.put("personName", n));
        in.optionalWhole("estimatedAge", Text.of("Perkiraan umur", "Estimated age"), 0, 120)
                .ifPresent(a -> facts.put("estimatedAge", a.toString()));
        if (input.get("sex") != null && !input.get("sex").toString().isBlank()) {
            facts.put("sex", in.code("sex", Text.of("Jenis kelamin", "Sex"), Set.of("L", "P")));
        }
        if (input.get("foundDate") != null && !input.get("foundDate").toString().isBlank()) {
            LocalDate found = in.date("foundDate", Text.of("Tanggal ditemukan", "Date found"));
            if (found.isAfter(clock.today())) {
                throw ProgramException.of("invalid-foundDate", "Tanggal ditemukan tidak boleh di masa depan.",
                        "The date found cannot be in the future.");
            }
            facts.put("foundDate", found.toString());
        }
        cases.annotate(c.tracking(), facts, "Data rujukan dicatat TKSK.", actor);
        CaseRecord referred = cases.transition(c.tracking(), "rujuk",
                "Dirujuk ke " + facts.get("referralHospital") + ". Surat pengantar kelurahan dan rekomendasi "
                        + config.dinsosName() + " sedang diurus.", actor);
        return Map.of("tracking", referred.tracking(), "state", referred.state(), "letters", letters(referred),
                "coverLetter", coverLetter.of(referred, clock.today()));
    }

    Map<String, Object> recordLetter(Map<String, Object> input, Actor actor) {
        OperationInput in = new OperationInput(input);
        CaseRecord c = Reports.find(cases, in);
        String letter = in.code("letter", Text.of("Jenis surat", "Letter"), Set.of("PENGANTAR", "REKOMENDASI"));
        String key = "PENGANTAR".equals(letter) ? "letterPengantar" : "letterRekomendasi";
        LocalDate date = in.date("date", Text.of("Tanggal surat", "Letter date"));
        Map<String, String> facts = Map.of(key + "Number", in.text("number", Text.of("Nomor surat", "Letter number"),
                1, 60), key + "Date", date.toString());
        CaseRecord updated = cases.annotate(c.tracking(), facts, ("PENGANTAR".equals(letter)
                ? "Surat pengantar kelurahan" : "Rekomendasi " + config.dinsosName()) + " sudah ada.", actor);
        return Map.of("tracking", updated.tracking(), "letters", letters(updated));
    }

    Map<String, Object> coverLetter(Map<String, Object> input) {
        return coverLetter.of(Reports.find(cases, new OperationInput(input)), clock.today());
    }

    List<Map<String, Object>> letters(CaseRecord c) {
        Map<String, String> d = c.data();
        return List.of(
                letter("PENGANTAR", Text.of("Surat pengantar kelurahan tempat ditemukan",
                        "Cover letter from the kelurahan where found"), "Kelurahan " + d.getOrDefault("kelurahan", ""),
                        d.get("letterPengantarNumber"), d.get("letterPengantarDate")),
                letter("REKOMENDASI", Text.of("Surat rekomendasi Dinas Sosial", "Recommendation of the social office"),
                        config.dinsosName(), d.get("letterRekomendasiNumber"), d.get("letterRekomendasiDate")));
    }

    private static Map<String, Object> letter(String id, Text label, String from, String number, String date) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("label", Map.of("id", label.id(), "en", label.en()));
        row.put("from", from);
        row.put("ready", number != null);
        row.put("number", number);
        row.put("date", date);
        return row;
    }
}
