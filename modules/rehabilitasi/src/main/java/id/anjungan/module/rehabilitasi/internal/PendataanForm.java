package id.anjungan.module.rehabilitasi.internal;

import id.anjungan.spi.Choice;
import id.anjungan.spi.FieldType;
import id.anjungan.spi.FormDefinition;
import id.anjungan.spi.FormField;
import id.anjungan.spi.PpksCategory;
import id.anjungan.spi.Role;
import id.anjungan.spi.ServiceDefinition;
import id.anjungan.spi.ServiceKind;
import id.anjungan.spi.State;
import id.anjungan.spi.Text;
import id.anjungan.spi.Transition;
import id.anjungan.spi.Workflow;
import java.util.Arrays;
import java.util.List;

/**
 * Pendataan PPKS, a task of Dinsos Kota's Bidang Rehsos done in the field by TKSK and PSM (000:L4344-4346): one
 * person in one category of the shared register, NIK optional (a beggar often has no KTP). The TKSK verifies a
 * PSM's record or cancels a wrong one.
 */
final class PendataanForm {

    static final String SERVICE = "pendataan-ppks";
    static final String WORKFLOW = "pendataan";
    static final String RECORDED = "tercatat";
    static final String VERIFIED = "terverifikasi";
    static final String CANCELLED = "dibatalkan";

    private PendataanForm() {
    }

    static ServiceDefinition service(RehabilitasiConfig config) {
        return ServiceDefinition.builder(SERVICE, ServiceKind.REPORT, Text.of("Pendataan PPKS", "Recording a PPKS"))
                .summary(Text.of("Catat seseorang yang memerlukan pelayanan kesejahteraan sosial menurut "
                        + "kategori Kemensos",
                        "Record a person in need of social welfare services by Kemensos category"))
                .startedBy(Role.PSM, Role.TKSK)
                .form(form(config))
                .workflow(WORKFLOW)
                .build();
    }

    static Workflow workflow() {
        return Workflow.of(WORKFLOW, RECORDED, List.of(
                State.open(RECORDED, "Tercatat, menunggu verifikasi TKSK", "Recorded, awaiting the TKSK's check", 14),
                State.closed(VERIFIED, "Terverifikasi TKSK", "Verified by the TKSK"),
                State.closed(CANCELLED, "Dibatalkan", "Cancelled")), List.of(
                Transition.of("verifikasi", RECORDED, VERIFIED, Text.of("Verifikasi", "Verify"), Role.TKSK),
                Transition.of("batalkan", RECORDED, CANCELLED, Text.of("Batalkan (ganda atau salah)",
                        "Cancel (duplicate or wrong)"), Role.TKSK).withNoteRequired(),
                Transition.of("batalkan", VERIFIED, CANCELLED, Text.of("Batalkan (ganda atau salah)",
                        "Cancel (duplicate or wrong)"), Role.TKSK).withNoteRequired()));
    }

    private static FormDefinition form(RehabilitasiConfig config) {
        return FormDefinition.of(
                FormField.of("nik", FieldType.NIK, Text.of("NIK (bila ada)", "NIK (if any)")).optional(),
                FormField.of("personName", FieldType.TEXT, Text.of("Nama (atau nama panggilan)",
                        "Name (or the name people use)")).withRange(2L, 80L),
                FormField.choice("kelurahan", Text.of("Kelurahan", "Kelurahan"), Arrays.stream(config.kelurahan())
                        .map(k -> Choice.of(k, k, k)).toArray(Choice[]::new)),
                FormField.of("address", FieldType.TEXT, Text.of("Alamat atau tempat ditemui",
                        "Address or where met")).optional().withRange(null, 200L),
                FormField.choice("ppksCode", Text.of("Kategori PPKS (kode Kemensos)", "PPKS category (Kemensos code)"),
                        Arrays.stream(PpksCategory.values()).map(c -> Choice.of(c.code(), c.code() + " · "
                                + c.label().id(), c.code() + " · " + c.label().en())).toArray(Choice[]::new)),
                FormField.of("recordedOn", FieldType.DATE, Text.of("Tanggal pendataan", "Date recorded"))
                        .withDates(FormField.DateRule.NOT_IN_FUTURE),
                FormField.of("note", FieldType.TEXT, Text.of("Catatan", "Note")).optional().withRange(null, 300L));
    }
}
