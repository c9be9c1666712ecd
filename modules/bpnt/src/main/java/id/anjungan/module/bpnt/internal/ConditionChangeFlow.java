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
import java.util.Set;

/** "Lapor perubahan kondisi KPM": a case for the TKSK that ends in retur or a change of holder. */
final class ConditionChangeFlow {

    static final String SERVICE = "perubahan-kondisi";

    private final KpmLookup kpm;
    private final Documents docs;
    private final ServiceDefinition service;

    ConditionChangeFlow(KpmLookup kpm, BpntConfig config) {
        this.kpm = kpm;
        this.docs = new Documents(config);
        this.service = new ServiceDefinition(SERVICE, ServiceKind.REPORT,
                Text.of("Lapor perubahan kondisi KPM", "Report a change in a KPM household"),
                Text.of("Pemegang kartu meninggal, pindah, berpisah, atau sudah mampu",
                        "Holder died, moved, separated, or is now able"),
                null, Set.of(Role.RESIDENT, Role.PSM, Role.TKSK, Role.KASI_KESOS), form(), List.of(Documents.KK),
                Workflows.CHANGE, null, false);
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
            return Assessment.refuse(Reason.of("same-holder", "Pengurus baru harus orang lain dari pemegang kartu.",
                    "The new holder must be someone other than the current holder."));
        }
        List<Document> checklist = new ArrayList<>(List.of(Documents.KK));
        Text next = switch (change) {
            case MENINGGAL_ADA_KELUARGA -> {
                checklist.addAll(List.of(docs.deathLetter(), Documents.KKS, ktpOfNewHolder()));
                yield Text.of("TKSK mengecek ke rumah, lalu mengusulkan ganti pengurus kepada anggota keluarga "
                        + "di KK. Kartu KKS lama diserahkan ke TKSK.", "The TKSK visits the home, then proposes a "
                        + "family member in the KK as the new holder. Hand the old KKS card to the TKSK.");
            }
            case MENINGGAL_TANPA_KELUARGA -> {
                checklist.addAll(List.of(docs.deathLetter(), Documents.KKS));
                yield Text.of("Kartu KKS ditarik dan KPM diusulkan retur (dikeluarkan dari daftar). Kelurahan "
                        + "membuat surat kematian bila belum ada.", "The KKS card is withdrawn and the KPM is "
                        + "proposed for removal (retur). The kelurahan issues a death letter if there is none.");
            }
            case PINDAH -> {
                checklist.add(Document.of("surat-pindah", "Surat keterangan pindah", "Certificate of moving")
                        .at("Kantor kelurahan / Disdukcapil", "Kelurahan / civil registry"));
                yield Text.of("TKSK mengecek ke rumah. KPM yang pindah ke luar kecamatan diusulkan retur di sini "
                        + "dan didaftarkan di tempat baru.", "The TKSK checks at home. A KPM who moved out of the "
                        + "kecamatan is proposed for retur here and registered at the new place.");
            }
            case PISAH -> {
                checklist.addAll(List.of(Document.of("kk-baru", "KK baru setelah berpisah", "New KK after separation"),
                        Document.of("surat-pisah", "Akta cerai atau surat keterangan pisah",
                                "Divorce certificate or letter of separation"), ktpOfNewHolder()));
                yield Text.of("TKSK mengecek ke rumah dan menentukan siapa yang tetap menjadi pengurus di KK mana.",
                        "The TKSK checks at home and decides who remains the holder, in which KK.");
            }
            case MAMPU -> Text.of("TKSK mengecek ke rumah; KPM yang sudah mampu diusulkan retur dan diganti dari "
                    + "daftar prioritas.", "The TKSK checks at home; a KPM who is now able is proposed for retur and "
                    + "replaced from the priority list.");
        };
        return Assessment.accept(checklist, next).inCategory(change.name());
    }

    private static Document ktpOfNewHolder() {
        return Document.of("ktp-pengurus-baru", "KTP calon pengurus baru", "KTP of the proposed new holder");
    }

    private static FormDefinition form() {
        return FormDefinition.of(
                FormField.of("nik", FieldType.NIK, Text.of("NIK pemegang kartu KKS", "NIK of the KKS card holder")),
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
