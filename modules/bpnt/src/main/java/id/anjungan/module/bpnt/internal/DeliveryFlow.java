package id.anjungan.module.bpnt.internal;

import id.anjungan.spi.Assessment;
import id.anjungan.spi.Choice;
import id.anjungan.spi.Document;
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
import id.anjungan.spi.platform.ResidentRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * "Antar bantuan ke rumah" for a sick, elderly or disabled recipient who cannot come (003:190, in its cash form): the
 * post office pays at home, the TKSK brings a bank agent, or a family member on the same KK collects.
 */
final class DeliveryFlow {

    static final String SERVICE = "antar-bantuan";
    static final int ELDERLY_AGE = 60;

    private final KpmLookup kpm;
    private final KioskClock clock;
    private final ResidentRegistry residents;
    private final BpntConfig config;
    private final Documents docs;
    private final ServiceDefinition service;

    DeliveryFlow(KpmLookup kpm, KioskClock clock, ResidentRegistry residents, BpntConfig config) {
        this.kpm = kpm;
        this.clock = clock;
        this.residents = residents;
        this.config = config;
        this.docs = new Documents(config);
        this.service = ServiceDefinition.builder(SERVICE, ServiceKind.APPLICATION,
                Text.of("Antar bantuan ke rumah", "Deliver the aid home"))
                .summary(Text.of("Untuk penerima yang sakit, lanjut usia, atau penyandang disabilitas: diantar "
                        + "ke rumah "
                        + "atau diambil keluarga", "For a sick, elderly or disabled recipient: paid at home or "
                        + "collected by family"))
                .startedBy(Role.RESIDENT, Role.PSM, Role.TKSK)
                .form(form())
                .checklist(List.of(Documents.KTP, Documents.KK))
                .workflow(Workflows.DELIVERY)
                .build();
    }

    ServiceDefinition service() {
        return service;
    }

    Assessment assess(Submission s) {
        String nik = KpmLookup.subject(s);
        Optional<RecipientRecord> listed = kpm.current(nik);
        if (listed.isEmpty()) {
            return Assessment.refuse(KpmLookup.notKpm());
        }
        String reason = s.get("reason");
        OptionalInt age = Ages.of(residents, nik, clock.today());
        if ("LANSIA".equals(reason) && age.isPresent() && age.getAsInt() < ELDERLY_AGE) {
            return Assessment.refuse(Reason.of("not-elderly", "Menurut NIK, penerima belum berusia " + ELDERLY_AGE
                    + " tahun. Pilih alasan sakit atau disabilitas bila itu yang terjadi.", "According to the NIK "
                    + "the recipient is not yet " + ELDERLY_AGE + ". Choose illness or disability if that is the "
                    + "case."));
        }
        boolean post = PaymentColumns.paidAtPostOffice(listed.get(), config.defaultChannel());
        List<Document> checklist = new ArrayList<>(service.checklist());
        Text next;
        if ("KELUARGA".equals(s.get("way"))) {
            Optional<Reason> wrong = collectorProblem(nik, listed.get(), s.get("collectorNik"), s.get("collectorKk"));
            if (wrong.isPresent()) {
                return Assessment.refuse(wrong.get());
            }
            checklist.addAll(List.of(Documents.collectorKtp(), docs.powerOfAttorney()));
            if (post) {
                checklist.add(Documents.INVITATION);
            } else {
                checklist.add(Documents.KKS);
            }
            next = Text.of("Anggota keluarga dalam satu KK mengambil bantuan dengan membawa surat-surat di atas"
                    + (post ? " ke " + config.postOffice() : " ke ATM atau agen " + config.bank()) + ". TKSK "
                    + "mencatatnya; bila ada masalah, TKSK mendampingi.", "A family member on the same KK collects "
                    + "the aid with the documents above" + (post ? " at " + config.postOffice() : " at a "
                    + config.bank() + " ATM or agent") + ". The TKSK records it and helps if there is a problem.");
        } else if (post) {
            checklist.add(Documents.INVITATION);
            next = Text.of("TKSK meminta " + config.postOffice() + " membayarkan bantuan di rumah. Siapkan KTP, KK "
                    + "dan surat undangan saat petugas pos datang.", "The TKSK asks " + config.postOffice() + " to pay "
                    + "the aid at home. Keep your KTP, KK and invitation letter ready when the post officer comes.");
        } else {
            checklist.add(Documents.KKS);
            next = Text.of("TKSK datang bersama agen " + config.bank() + " agar Anda dapat menarik bantuan di rumah "
                    + "dengan KKS dan PIN Anda sendiri.", "The TKSK comes with a " + config.bank() + " agent so you "
                    + "can withdraw the aid at home with your own KKS and PIN.");
        }
        if ("SAKIT".equals(reason)) {
            checklist.add(Document.of("surat-sakit", "Surat keterangan sakit", "Doctor's or health centre's letter")
                    .at("Puskesmas / dokter", "Health centre / doctor"));
        }
        return Assessment.accept(checklist, next).inCategory(reason);
    }

    /** Only a family member on the recipient's own KK may collect: the KK given must be the one on the list. */
    private static Optional<Reason> collectorProblem(String nik, RecipientRecord row, String collectorNik,
                                                     String collectorKk) {
        if (collectorNik == null || collectorKk == null) {
            return Optional.of(Reason.of("collector-missing", "Isi NIK dan nomor KK anggota keluarga yang mengambil.",
                    "Enter the NIK and KK number of the family member collecting."));
        }
        if (collectorNik.equals(nik)) {
            return Optional.of(Reason.of("collector-is-recipient", "Yang mengambil harus anggota keluarga lain, "
                    + "bukan penerima sendiri.", "The person collecting must be another family member, not the "
                    + "recipient."));
        }
        if (row.kk() == null || !row.kk().equals(collectorKk)) {
            return Optional.of(Reason.of("collector-other-kk", "Yang mengambil harus tercantum dalam KK yang sama "
                    + "dengan penerima di daftar BPNT.", "The person collecting must be on the same KK as the "
                    + "recipient on the BPNT list."));
        }
        return Optional.empty();
    }

    private static FormDefinition form() {
        return FormDefinition.of(
                FormField.of("nik", FieldType.NIK, Text.of("NIK penerima BPNT", "NIK of the BPNT recipient")),
                FormField.choice("reason", Text.of("Mengapa penerima tidak dapat datang?",
                                "Why can the recipient not come?"),
                        Choice.of("SAKIT", "Sakit", "Sick"),
                        Choice.of("LANSIA", "Lanjut usia", "Elderly"),
                        Choice.of("DISABILITAS", "Penyandang disabilitas", "Has a disability")),
                FormField.choice("way", Text.of("Bagaimana bantuan diterima?", "How should the aid be received?"),
                        Choice.of("ANTAR", "Diantar ke rumah penerima", "Paid at the recipient's home"),
                        Choice.of("KELUARGA", "Diambil anggota keluarga dalam satu KK",
                                "Collected by a family member on the same KK")),
                FormField.of("collectorNik", FieldType.NIK, Text.of("NIK anggota keluarga yang mengambil",
                        "NIK of the family member collecting")).when("way", "KELUARGA"),
                FormField.of("collectorKk", FieldType.KK, Text.of("Nomor KK anggota keluarga yang mengambil",
                        "KK number of the family member collecting")).when("way", "KELUARGA"),
                FormField.of("address", FieldType.TEXT, Text.of("Alamat rumah penerima dan patokan",
                        "Recipient's address and landmarks")).withRange(5L, 300L).when("way", "ANTAR"),
                FormField.of("phone", FieldType.PHONE, Text.of("Nomor HP keluarga", "Family's phone number")));
    }
}
