package id.anjungan.module.rehabilitasi.internal;

import id.anjungan.spi.Choice;
import id.anjungan.spi.Document;
import id.anjungan.spi.FieldType;
import id.anjungan.spi.FormDefinition;
import id.anjungan.spi.FormField;
import id.anjungan.spi.ServiceDefinition;
import id.anjungan.spi.ServiceKind;
import id.anjungan.spi.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The TKSK's intake of a patient the mental hospital declared recovered or stable and who has no family to go to
 * (000:L3777-3783, L4414-4426): not found on the street, so it has its own questions, and the case follows the
 * same handling workflow to a panti.
 */
final class RsjIntakeForm {

    private RsjIntakeForm() {
    }

    static ServiceDefinition service(RehabilitasiConfig config) {
        return ServiceDefinition.builder(RehabilitasiCatalog.FROM_RSJ, ServiceKind.REPORT,
                Text.of("Penerimaan pasien dari rumah sakit jiwa", "Intake of a patient from the mental hospital"))
                .summary(Text.of("Pasien yang dinyatakan sembuh atau stabil oleh rumah sakit jiwa dan tidak "
                        + "memiliki keluarga",
                        "A patient the mental hospital declared recovered or stable, with no family"))
                .startedBy(RehabilitasiCatalog.TKSK)
                .form(form(config))
                .checklist(checklist(config))
                .workflow("penanganan")
                .withoutIdentity(true)
                .build();
    }

    static List<Document> checklist(RehabilitasiConfig config) {
        return List.of(Document.of("surat-rsj", "Surat keterangan sembuh atau stabil dari rumah sakit jiwa",
                        "Letter from the mental hospital that the patient is recovered or stable")
                        .at(config.mentalHospitalName(), config.mentalHospitalName()),
                Document.of("rekomendasi-dinsos", "Surat rekomendasi " + config.dinsosName(),
                        "Recommendation of " + config.dinsosName()).at(config.dinsosName(), config.dinsosName()));
    }

    private static FormDefinition form(RehabilitasiConfig config) {
        List<Choice> origin = new ArrayList<>(Arrays.stream(config.kelurahan()).map(k -> Choice.of(k, k, k)).toList());
        origin.add(Choice.of("TIDAK_DIKETAHUI", "Tidak diketahui", "Not known"));
        return FormDefinition.of(
                FormField.of("hospital", FieldType.TEXT, Text.of("Rumah sakit jiwa", "Mental hospital"))
                        .withHelp(Text.of("Misalnya " + config.mentalHospitalName(),
                                "For example " + config.mentalHospitalName())).withRange(3L, 120L),
                FormField.of("declaredRecovered", FieldType.YES_NO, Text.of(
                        "Rumah sakit jiwa sudah menyatakan pasien sembuh atau stabil?",
                        "Has the mental hospital declared the patient recovered or stable?")),
                FormField.of("dischargeLetter", FieldType.TEXT, Text.of("Nomor surat keterangan dari rumah sakit jiwa",
                        "Number of the mental hospital's letter")).withRange(1L, 60L),
                FormField.of("dischargeDate", FieldType.DATE, Text.of("Tanggal keluar dari rumah sakit jiwa",
                        "Date of discharge")),
                FormField.of("familyNotFound", FieldType.YES_NO, Text.of(
                        "Keluarganya sudah dicari bersama pekerja sosial rumah sakit dan tidak ditemukan?",
                        "Was the family searched for with the hospital's social worker, and not found?")),
                FormField.of("personName", FieldType.TEXT, Text.of("Nama (bila diketahui)", "Name (if known)"))
                        .optional().withRange(2L, 80L),
                FormField.of("nik", FieldType.NIK, Text.of("NIK (bila ada)", "NIK (if any)")).optional(),
                FormField.choice("sex", Text.of("Jenis kelamin", "Sex"), Choice.of("L", "Laki-laki", "Male"),
                        Choice.of("P", "Perempuan", "Female")).optional(),
                FormField.of("estimatedAge", FieldType.NUMBER, Text.of("Perkiraan umur", "Estimated age")).optional()
                        .withRange(0L, 120L),
                FormField.choice("kelurahan", Text.of("Kelurahan asal", "Kelurahan of origin"),
                        origin.toArray(Choice[]::new)),
                FormField.of("description", FieldType.TEXT, Text.of("Catatan (obat yang diminum, kebutuhan khusus)",
                        "Notes (medication, special needs)")).optional().withRange(null, 300L));
    }
}
