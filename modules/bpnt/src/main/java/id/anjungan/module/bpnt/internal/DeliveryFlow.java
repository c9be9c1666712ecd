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
import id.anjungan.spi.platform.ResidentRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/** "Antar bantuan": asks the e-Warung to deliver to a sick, elderly or disabled KPM who cannot come. */
final class DeliveryFlow {

    static final String SERVICE = "antar-bantuan";
    static final int ELDERLY_AGE = 60;

    private final KpmLookup kpm;
    private final KioskClock clock;
    private final ResidentRegistry residents;
    private final ServiceDefinition service;

    DeliveryFlow(KpmLookup kpm, KioskClock clock, ResidentRegistry residents) {
        this.kpm = kpm;
        this.clock = clock;
        this.residents = residents;
        this.service = new ServiceDefinition(SERVICE, ServiceKind.APPLICATION,
                Text.of("Antar bantuan ke rumah", "Deliver the aid home"),
                Text.of("Untuk KPM sakit, lanjut usia, atau penyandang disabilitas",
                        "For a sick, elderly or disabled KPM"),
                null, Set.of(Role.RESIDENT, Role.PSM, Role.TKSK), form(), List.of(Documents.KTP, Documents.KKS),
                Workflows.DELIVERY, null, false);
    }

    ServiceDefinition service() {
        return service;
    }

    Assessment assess(Submission s) {
        String nik = KpmLookup.subject(s);
        if (kpm.current(nik).isEmpty()) {
            return Assessment.refuse(KpmLookup.notKpm());
        }
        String reason = s.get("reason");
        OptionalInt age = Ages.of(residents, nik, clock.today());
        if ("LANSIA".equals(reason) && age.isPresent() && age.getAsInt() < ELDERLY_AGE) {
            return Assessment.refuse(Reason.of("not-elderly", "Menurut NIK, KPM belum berusia " + ELDERLY_AGE
                    + " tahun. Pilih alasan sakit atau disabilitas bila itu yang terjadi.", "According to the NIK "
                    + "the KPM is not yet " + ELDERLY_AGE + ". Choose illness or disability if that is the case."));
        }
        List<Document> checklist = new ArrayList<>(service.checklist());
        if ("SAKIT".equals(reason)) {
            checklist.add(Document.of("surat-sakit", "Surat keterangan sakit", "Doctor's or health centre's letter")
                    .at("Puskesmas / dokter", "Health centre / doctor"));
        }
        return Assessment.accept(checklist, Text.of(
                "TKSK mengatur pengantaran dengan e-Warung. Siapkan KTP dan kartu KKS di rumah saat petugas datang.",
                "The TKSK arranges the delivery with the e-Warung. Keep the KTP and KKS card at home when they come."))
                .inCategory(reason);
    }

    private static FormDefinition form() {
        return FormDefinition.of(
                FormField.of("nik", FieldType.NIK, Text.of("NIK KPM", "NIK of the KPM")),
                FormField.choice("reason", Text.of("Mengapa KPM tidak dapat datang?", "Why can the KPM not come?"),
                        Choice.of("SAKIT", "Sakit", "Sick"),
                        Choice.of("LANSIA", "Lanjut usia", "Elderly"),
                        Choice.of("DISABILITAS", "Penyandang disabilitas", "Has a disability")),
                FormField.of("ewarung", FieldType.TEXT, Text.of("e-Warung langganan", "Usual e-Warung"))
                        .withRange(2L, 120L),
                FormField.of("address", FieldType.TEXT, Text.of("Alamat pengantaran dan patokan",
                        "Delivery address and landmarks")).withRange(5L, 300L),
                FormField.of("phone", FieldType.PHONE, Text.of("Nomor HP keluarga", "Family's phone number")));
    }
}
