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
import java.util.ArrayList;
import java.util.List;

/** "Lapor perubahan kondisi KPM": a case for the TKSK that ends in retur or a change of holder. */
final class ConditionChangeFlow {

    static final String SERVICE = "perubahan-kondisi";
    static final Reason SAME_HOLDER = Reason.of("same-holder", "Pengurus baru harus orang lain, bukan pemegang KKS "
            + "sekarang.", "The new holder must be someone other than the current holder.");
    /** Only Kemensos removes a recipient; filing this report stops nothing (review item 13). */
    static final Text UNTIL_DECIDED = Text.of("Bantuan baru berhenti setelah Kementerian Sosial memutuskan, bukan "
            + "saat laporan ini dibuat.", "The aid only stops once the Ministry of Social Affairs decides, not when "
            + "this report is filed.");
    /** The freed place goes to the next household on the kelurahan's priority list (000:L4749-4752). */
    static final Text REPLACED = Text.of("Penggantinya diusulkan dari daftar prioritas kelurahan.", "A replacement "
            + "is proposed from the kelurahan's priority list.");

    private final KpmLookup kpm;
    private final Documents docs;
    private final ServiceDefinition service;

    ConditionChangeFlow(KpmLookup kpm, BpntConfig config) {
        this.kpm = kpm;
        this.docs = new Documents(config);
        this.service = ServiceDefinition.builder(SERVICE, ServiceKind.REPORT,
                Text.of("Lapor perubahan keadaan penerima BPNT", "Report a change in a BPNT household"))
                .summary(Text.of("Pemegang KKS (kartu ATM bantuan) meninggal, pindah, berpisah, atau sudah mampu",
                        "The holder of the KKS (the aid's ATM card) died, moved, separated, or is now able"))
                .startedBy(Role.RESIDENT, Role.PSM, Role.TKSK, Role.KASI_KESOS)
                .form(form())
                .checklist(List.of(Documents.KK))
                .workflow(Workflows.CHANGE)
                .build();
    }

    ServiceDefinition service() {
        return service;
    }

    Assessment assess(Submission s) {
        String holder = KpmLookup.subject(s);
        if (kpm.current(holder).isEmpty()) {
            return Assessment.refuse(KpmLookup.notKpm());
        }
        ConditionChange change = ConditionChange.valueOf(s.get("change"));
        String newHolder = s.get("newHolderNik");
        if (newHolder != null && newHolder.equals(holder)) {
            return Assessment.refuse(SAME_HOLDER);
        }
        List<Document> checklist = new ArrayList<>(List.of(Documents.KK));
        Text next = switch (change) {
            case MENINGGAL_ADA_KELUARGA -> {
                checklist.addAll(List.of(docs.deathLetter(), Documents.KKS, ktpOfNewHolder()));
                yield Text.of("TKSK mengecek ke rumah, lalu mengusulkan ganti pengurus kepada anggota keluarga "
                        + "di KK. KKS lama diserahkan ke TKSK.", "The TKSK visits the home, then proposes a "
                        + "family member in the KK as the new holder. Hand the old KKS card to the TKSK.");
            }
            case MENINGGAL_TANPA_KELUARGA -> {
                // 003:188: the KKS is withdrawn and the kelurahan makes the death letter
                checklist.addAll(List.of(docs.deathLetter(), Documents.KKS));
                yield Text.of("KKS ditarik dan penerima diusulkan keluar dari daftar penerima. "
                        + "Kelurahan membuat surat keterangan kematian bila belum ada. " + REPLACED.id() + " "
                        + UNTIL_DECIDED.id(), "The KKS is withdrawn and the recipient is proposed for removal from "
                        + "the list. The kelurahan issues a death letter if there is none. " + REPLACED.en() + " "
                        + UNTIL_DECIDED.en());
            }
            case PINDAH -> {
                checklist.add(Document.of("surat-pindah", "Surat keterangan pindah", "Certificate of moving")
                        .at("Kantor kelurahan / Disdukcapil", "Kelurahan / civil registry"));
                yield Text.of("TKSK mengecek ke rumah. Penerima yang pindah ke luar kecamatan diusulkan keluar dari "
                        + "daftar di sini dan didaftarkan di tempat baru. " + REPLACED.id() + " " + UNTIL_DECIDED.id(),
                        "The TKSK checks at home. A recipient who moved out of the kecamatan is proposed for removal "
                        + "here and registered at the new place. " + REPLACED.en() + " " + UNTIL_DECIDED.en());
            }
            case PISAH -> {
                checklist.addAll(List.of(Document.of("kk-baru", "KK baru setelah berpisah", "New KK after separation"),
                        Document.of("surat-pisah", "Akta cerai atau surat keterangan pisah",
                                "Divorce certificate or letter of separation"), ktpOfNewHolder()));
                yield Text.of("TKSK mengecek ke rumah dan menentukan siapa yang tetap menjadi pengurus di KK mana.",
                        "The TKSK checks at home and decides who remains the holder, in which KK.");
            }
            case MAMPU -> Text.of("TKSK mengecek ke rumah; penerima yang sudah mampu diusulkan keluar dari daftar. "
                    + REPLACED.id() + " " + UNTIL_DECIDED.id(), "The TKSK checks at home; a recipient who is now "
                    + "able is proposed for removal from the list. " + REPLACED.en() + " " + UNTIL_DECIDED.en());
        };
        return Assessment.accept(checklist, next).inCategory(change.name());
    }

    private static Document ktpOfNewHolder() {
        return Document.of("ktp-pengurus-baru", "KTP calon pengurus baru", "KTP of the proposed new holder");
    }

    private static FormDefinition form() {
        return FormDefinition.of(
                FormField.of("nik", FieldType.NIK, Text.of("NIK pemegang KKS", "NIK of the KKS holder")),
                FormField.choice("change", Text.of("Apa yang berubah?", "What changed?"),
                        ConditionChange.choices().toArray(Choice[]::new)),
                FormField.of("eventDate", FieldType.DATE, Text.of("Tanggal kejadian", "Date it happened"))
                        .withDates(FormField.DateRule.NOT_IN_FUTURE)
                        .when("change", "MENINGGAL_ADA_KELUARGA", "MENINGGAL_TANPA_KELUARGA", "PINDAH", "PISAH"),
                FormField.of("newHolderNik", FieldType.NIK, Text.of("NIK calon pengurus baru",
                        "NIK of the proposed new holder")).optional()
                        .when("change", "MENINGGAL_ADA_KELUARGA", "PISAH"),
                FormField.of("newAddress", FieldType.TEXT, Text.of("Alamat baru", "New address"))
                        .withRange(null, 200L).optional().when("change", "PINDAH"),
                FormField.of("reporterPhone", FieldType.PHONE, Text.of("Nomor HP pelapor", "Reporter's phone"))
                        .optional());
    }
}
