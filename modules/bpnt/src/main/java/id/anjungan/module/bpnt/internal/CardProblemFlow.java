package id.anjungan.module.bpnt.internal;

import id.anjungan.spi.Assessment;
import id.anjungan.spi.Choice;
import id.anjungan.spi.FieldType;
import id.anjungan.spi.FormDefinition;
import id.anjungan.spi.FormField;
import id.anjungan.spi.Reason;
import id.anjungan.spi.Role;
import id.anjungan.spi.ServiceDefinition;
import id.anjungan.spi.ServiceKind;
import id.anjungan.spi.Submission;
import id.anjungan.spi.Text;
import id.anjungan.spi.platform.KioskClock;
import id.anjungan.spi.platform.RecipientRecord;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** "Masalah KKS atau pencairan": asks what happened and opens the case with the matching checklist. */
final class CardProblemFlow {

    static final String SERVICE = "masalah-kartu";

    private final KpmLookup kpm;
    private final CardProblemRoutes routes;
    private final TahapCalendar calendar;
    private final KioskClock clock;
    private final ServiceDefinition service;

    CardProblemFlow(KpmLookup kpm, BpntConfig config, TahapCalendar calendar, KioskClock clock) {
        this.kpm = kpm;
        this.routes = new CardProblemRoutes(config);
        this.calendar = calendar;
        this.clock = clock;
        this.service = ServiceDefinition.builder(SERVICE, ServiceKind.REPORT,
                Text.of("Masalah KKS atau pencairan", "KKS or payment problem"))
                .summary(Text.of("KKS (Kartu Keluarga Sejahtera, kartu ATM bantuan) hilang atau rusak, PIN, bantuan belum "
                        + "masuk, buku tabungan hilang", "Lost or damaged KKS (the family welfare card, the aid's ATM "
                        + "card), PIN, aid not arrived, lost account book"))
                .startedBy(Role.RESIDENT, Role.PSM, Role.TKSK)
                .form(form(calendar))
                .checklist(List.of(Documents.KTP,
                Documents.KKS))
                .workflow(Workflows.CARD)
                .build();
    }

    ServiceDefinition service() {
        return service;
    }

    Assessment assess(Submission s) {
        String nik = KpmLookup.subject(s);
        CardProblem problem = CardProblem.valueOf(s.get("problem"));
        Optional<RecipientRecord> listed = kpm.current(nik);
        if (problem == CardProblem.SALDO_NOL) {
            return zeroBalance(s, nik, listed);
        }
        if (listed.isEmpty()) {
            return Assessment.refuse(KpmLookup.notKpm());
        }
        if (problem.needsCard() && PaymentColumns.paidAtPostOffice(listed.get(), routes.defaultChannel())) {
            return Assessment.refuse(paidAtPostOffice());
        }
        return routes.route(problem, s.yes("lossLetter"), s.yes("policeReport"));
    }

    static Reason paidAtPostOffice() {
        return Reason.of("paid-at-post-office", "Anda menerima BPNT melalui Kantor Pos, tanpa KKS. Bawa surat "
                + "undangan, KTP dan KK ke Kantor Pos.", "You receive BPNT at the post office, without a KKS. Bring "
                + "the invitation letter, your KTP and KK to the post office.");
    }

    /** 003:186-187: the tahap's payment list decides; without it at the kiosk, the resident's answer does. */
    private Assessment zeroBalance(Submission s, String nik, Optional<RecipientRecord> listed) {
        if (listed.isEmpty() && !kpm.everListed(nik)) {
            return Assessment.refuse(KpmLookup.notKpm());
        }
        Optional<TahapCalendar.Tahap> tahap = calendar.byId(s.get("tahap"));
        if (tahap.isEmpty()) {
            return Assessment.refuse(Reason.of("unknown-tahap", "Pilih tahap bantuan yang belum masuk.",
                    "Choose the stage whose aid has not arrived."));
        }
        if (tahap.get().first().isAfter(YearMonth.from(clock.today()))) {
            return Assessment.refuse(Reason.of("tahap-not-started", tahap.get().label().id() + " belum dimulai; "
                    + "bantuannya belum dibayarkan kepada siapa pun.", tahap.get().label().en() + " has not started; "
                    + "nobody has been paid for it yet."));
        }
        Text label = tahap.get().label();
        Optional<Optional<RecipientRecord>> onList = kpm.onPaymentList(tahap.get().id(), nik);
        if (onList.isPresent()) {
            CardProblemRoutes.ZeroBalance where = onList.get()
                    .map(row -> PaymentColumns.credited(row).orElse(false)
                            ? CardProblemRoutes.ZeroBalance.CREDITED : CardProblemRoutes.ZeroBalance.ON_LIST)
                    .orElse(CardProblemRoutes.ZeroBalance.CLEANSED);
            return routes.zeroBalance(where, label, true);
        }
        CardProblemRoutes.ZeroBalance answered = switch (s.get("paymentList") == null ? "" : s.get("paymentList")) {
            case "TERDAFTAR" -> CardProblemRoutes.ZeroBalance.ON_LIST;
            case "DIBERSIHKAN" -> CardProblemRoutes.ZeroBalance.CLEANSED;
            default -> CardProblemRoutes.ZeroBalance.UNKNOWN;
        };
        return routes.zeroBalance(answered, label, false);
    }

    private static FormDefinition form(TahapCalendar calendar) {
        List<FormField> fields = new ArrayList<>(List.of(
                FormField.of("nik", FieldType.NIK, Text.of("NIK pemegang KKS", "NIK of the KKS holder")),
                FormField.choice("problem", Text.of("Apa yang terjadi?", "What happened?"),
                        CardProblem.choices().toArray(Choice[]::new)),
                FormField.of("lossLetter", FieldType.YES_NO, Text.of(
                        "Sudah memiliki surat keterangan kehilangan dari kelurahan?",
                        "Do you already have a letter of loss from the kelurahan?"))
                        .when("problem", "KARTU_HILANG", "BUKU_HILANG"),
                FormField.of("policeReport", FieldType.YES_NO, Text.of("Sudah melapor kehilangan ke Polsek?",
                        "Have you reported the loss to the police?")).when("problem", "KARTU_HILANG"),
                FormField.of("lossDate", FieldType.DATE, Text.of("Kira-kira kapan hilang?", "About when was it lost?"))
                        .withDates(FormField.DateRule.NOT_IN_FUTURE).optional()
                        .when("problem", "KARTU_HILANG", "BUKU_HILANG"),
                FormField.choice("paymentList", Text.of("Apakah nama Anda ada di daftar bayar tahap itu?",
                                "Is your name on that stage's payment list?"),
                        Choice.of("TERDAFTAR", "Ya, ada di daftar bayar", "Yes, I am on the payment list"),
                        Choice.of("DIBERSIHKAN", "Tidak, saya dikeluarkan dari daftar",
                                "No, I was removed from the list"),
                        Choice.of("TIDAK_TAHU", "Tidak tahu", "I don't know")).optional()
                        .withHelp(Text.of("Bila daftar bayar tahap itu sudah ada di anjungan, daftar itu yang "
                                + "dipakai; bila belum, jawaban Anda yang dipakai sampai TKSK mencocokkannya.",
                                "If that stage's payment list is at the kiosk, the list decides; if not, your "
                                        + "answer does until the TKSK checks it.")).when("problem", "SALDO_NOL"),
                FormField.of("phone", FieldType.PHONE, Text.of("Nomor HP/WhatsApp", "Phone/WhatsApp number"))
                        .optional()));
        // without a tahap calendar the module reports itself unhealthy; the form still has to build
        if (!calendar.choices().isEmpty()) {
            fields.add(4, FormField.choice("tahap", Text.of("Bantuan tahap mana yang belum masuk?",
                    "Which stage's aid has not arrived?"), calendar.choices().toArray(Choice[]::new))
                    .when("problem", "SALDO_NOL"));
        }
        return FormDefinition.of(fields.toArray(FormField[]::new));
    }
}
