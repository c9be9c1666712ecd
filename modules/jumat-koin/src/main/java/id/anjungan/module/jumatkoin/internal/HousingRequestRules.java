package id.anjungan.module.jumatkoin.internal;

import id.anjungan.spi.Assessment;
import id.anjungan.spi.Document;
import id.anjungan.spi.Reason;
import id.anjungan.spi.Submission;
import id.anjungan.spi.Text;
import id.anjungan.spi.platform.KioskClock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The program's own rules for a housing-repair request, after the platform validated the form. */
final class HousingRequestRules {

    /** Rumah tidak layak huni: a poor family's house needing renovation or rebuilding, no disaster involved. */
    static final String RTLH = "RTLH";

    private final JumatKoinConfig config;
    private final KioskClock clock;

    HousingRequestRules(JumatKoinConfig config, KioskClock clock) {
        this.config = config;
        this.clock = clock;
    }

    Assessment assess(Submission s) {
        List<Reason> refusals = new ArrayList<>();
        boolean rtlh = RTLH.equals(s.get("cause"));
        LocalDate disaster = s.date("disasterDate").orElse(clock.today());
        if (rtlh && !config.uninhabitableHomes()) {
            refusals.add(Reason.of("rtlh-not-covered",
                    "Kas Jum'at Koin saat ini hanya membantu rumah yang rusak karena bencana. Tanyakan program "
                            + "rumah tidak layak huni kepada TKSK.",
                    "The Jum'at Koin fund currently helps only houses damaged by a disaster. Ask the TKSK about "
                            + "programmes for uninhabitable houses."));
        }
        if (!rtlh && disaster.isBefore(clock.today().minusMonths(config.maxMonthsSinceDisaster()))) {
            refusals.add(Reason.of("disaster-too-old",
                    "Kejadian lebih dari " + config.maxMonthsSinceDisaster() + " bulan yang lalu; untuk kerusakan "
                            + "karena bencana, Jum'at Koin membantu yang baru terjadi. Jika rumah kini tidak layak "
                            + "huni, ajukan sebagai rumah tidak layak huni.",
                    "The disaster was more than " + config.maxMonthsSinceDisaster() + " months ago; for disaster "
                            + "damage Jum'at Koin helps with recent events. If the house is now uninhabitable, apply "
                            + "for an uninhabitable house."));
        }
        if (Arrays.stream(config.kelurahan()).noneMatch(k -> k.equalsIgnoreCase(s.get("kelurahan")))) {
            refusals.add(Reason.of("outside-kecamatan", "Rumah harus berada di kelurahan dalam kecamatan ini.",
                    "The house must be in a kelurahan of this kecamatan."));
        }
        int members = count(s, "householdSize");
        if (count(s, "children") + count(s, "elderly") > members || count(s, "disabled") > members) {
            refusals.add(Reason.of("household-mismatch",
                    "Jumlah anak, lansia atau penyandang disabilitas lebih banyak dari anggota keluarga. Periksa lagi.",
                    "There are more children, elderly or disabled people than household members. Please check."));
        }
        if (!refusals.isEmpty()) {
            return Assessment.refuse(refusals);
        }
        return Assessment.accept(checklist(s.get("cause"), "true".equals(s.get("dtks"))), Text.of(
                "TKSK akan mensurvei rumah dalam " + config.surveySlaDays() + " hari. Permohonan diurutkan menurut "
                        + "tingkat kebutuhan; Camat menyetujui dana sesuai saldo kas Jum'at Koin.",
                "The TKSK will survey the house within " + config.surveySlaDays() + " days. Requests are ranked by "
                        + "need; the camat approves funds within the Jum'at Koin balance."))
                .claimOnce(claimKey(s, rtlh ? "rtlh" : disaster.toString())).inCategory(s.get("cause"));
    }

    private static List<Document> checklist(String cause, boolean dtks) {
        List<Document> list = new ArrayList<>(JumatKoinCatalog.CHECKLIST);
        // the fund is for families who cannot afford the work themselves (000:L5732-5734: "warga kurang mampu")
        if (RTLH.equals(cause) && !dtks) {
            list.add(Document.of("sktm", "Surat Keterangan Tidak Mampu (SKTM) dari kelurahan",
                    "Letter from the kelurahan stating the family is poor (SKTM)").at("Kantor kelurahan",
                    "Kelurahan office"));
        }
        if ("KEBAKARAN".equals(cause)) {
            list.add(Document.of("keterangan-kebakaran", "Surat keterangan kebakaran", "Fire report")
                    .at("Damkar atau Polsek", "Fire brigade or police sector"));
        }
        return list;
    }

    /** One request per household and disaster (or one for its uninhabitable house), also without documents. */
    private static String claimKey(Submission s, String disaster) {
        String nik = s.subjectNik() != null ? s.subjectNik() : s.get("nik");
        if (nik != null && !nik.isBlank()) {
            return "rumah:" + nik + ":" + disaster;
        }
        String where = String.join(":", s.get("kelurahan"), s.get("rt"), s.get("rw"),
                String.valueOf(s.get("address")).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""));
        return "rumah:" + where + ":" + disaster;
    }

    static int count(Submission s, String field) {
        return PriorityScoring.number(s.data(), field);
    }
}
