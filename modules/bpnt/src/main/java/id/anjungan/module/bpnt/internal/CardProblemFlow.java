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
import id.anjungan.spi.platform.RecipientRecord;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** "Masalah kartu KKS / pencairan": asks what happened and opens the case with the matching checklist. */
final class CardProblemFlow {

    static final String SERVICE = "masalah-kartu";

    private final KpmLookup kpm;
    private final CardProblemRoutes routes;
    private final ServiceDefinition service;

    CardProblemFlow(KpmLookup kpm, BpntConfig config) {
        this.kpm = kpm;
        this.routes = new CardProblemRoutes(config);
        this.service = new ServiceDefinition(SERVICE, ServiceKind.REPORT,
                Text.of("Masalah kartu KKS / pencairan", "KKS card or payment problem"),
                Text.of("Kartu hilang atau rusak, PIN, saldo nol, transaksi gagal, buku tabungan hilang",
                        "Lost or damaged card, PIN, zero balance, failed transaction, lost account book"),
                null, Set.of(Role.RESIDENT, Role.PSM, Role.TKSK), form(), List.of(Documents.KTP, Documents.KKS),
                Workflows.CARD, null, false);
    }

    ServiceDefinition service() {
        return service;
    }

    Assessment assess(Submission s) {
        String nik = KpmLookup.subject(s);
        CardProblem problem = CardProblem.valueOf(s.get("problem"));
        Optional<RecipientRecord> listed = kpm.current(nik);
        if (problem == CardProblem.SALDO_NOL) {
            // the newest list is the payment list: whoever is missing from it was cleansed, whatever they believe
            if (listed.isEmpty() && !kpm.everListed(nik)) {
                return Assessment.refuse(KpmLookup.notKpm());
            }
            return routes.zeroBalance(listed.isEmpty());
        }
        if (listed.isEmpty()) {
            return Assessment.refuse(KpmLookup.notKpm());
        }
        if (problem.needsCard() && "POS".equalsIgnoreCase(channelOf(listed.get()))) {
            return Assessment.refuse(Reason.of("paid-at-post-office", "Anda menerima BPNT lewat Kantor Pos, tanpa "
                    + "kartu KKS. Bawa surat undangan dan KTP ke Kantor Pos.", "You receive BPNT at the post office, "
                    + "without a KKS card. Bring the invitation letter and your KTP to the post office."));
        }
        return routes.route(problem, s.yes("lossLetter"), s.yes("policeReport"));
    }

    private String channelOf(RecipientRecord r) {
        return r.field("channel") == null ? routes.defaultChannel() : r.field("channel");
    }

    private static FormDefinition form() {
        return FormDefinition.of(
                FormField.of("nik", FieldType.NIK, Text.of("NIK pemegang kartu KKS", "NIK of the KKS card holder")),
                FormField.choice("problem", Text.of("Apa yang terjadi?", "What happened?"),
                        CardProblem.choices().toArray(Choice[]::new)),
                FormField.of("lossLetter", FieldType.YES_NO, Text.of(
                        "Sudah punya surat keterangan kehilangan dari kelurahan?",
                        "Do you already have a letter of loss from the kelurahan?"))
                        .when("problem", "KARTU_HILANG", "BUKU_HILANG"),
                FormField.of("policeReport", FieldType.YES_NO, Text.of("Sudah lapor kehilangan ke Polsek?",
                        "Have you reported the loss to the police?")).when("problem", "KARTU_HILANG"),
                FormField.of("lossDate", FieldType.DATE, Text.of("Kira-kira kapan hilang?", "About when was it lost?"))
                        .withDates(FormField.DateRule.NOT_IN_FUTURE).optional()
                        .when("problem", "KARTU_HILANG", "BUKU_HILANG"),
                FormField.choice("paymentList", Text.of("Apakah nama Anda ada di daftar bayar periode ini?",
                                "Is your name on this period's payment list?"),
                        Choice.of("TERDAFTAR", "Ya, ada di daftar bayar", "Yes, I am on the payment list"),
                        Choice.of("DIBERSIHKAN", "Tidak, saya dikeluarkan dari daftar",
                                "No, I was removed from the list"),
                        Choice.of("TIDAK_TAHU", "Tidak tahu", "I don't know")).optional()
                        .withHelp(Text.of("Anjungan mencocokkan dengan daftar BPNT terbaru.",
                                "The kiosk checks against the newest BPNT list.")).when("problem", "SALDO_NOL"),
                FormField.of("transactionDate", FieldType.DATE, Text.of("Tanggal transaksi gagal",
                        "Date of the failed transaction")).withDates(FormField.DateRule.NOT_IN_FUTURE)
                        .when("problem", "TRANSAKSI_GAGAL"),
                FormField.of("ewarung", FieldType.TEXT, Text.of("Nama e-Warung", "Name of the e-Warung"))
                        .withRange(null, 120L).optional().when("problem", "TRANSAKSI_GAGAL", "SALDO_NOL"),
                FormField.of("phone", FieldType.PHONE, Text.of("Nomor HP/WhatsApp", "Phone/WhatsApp number"))
                        .optional());
    }
}
