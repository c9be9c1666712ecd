package id.anjungan.module.santunankematian.internal;

import static id.anjungan.module.santunankematian.internal.Fields.*;

import id.anjungan.spi.Choice;
import id.anjungan.spi.Document;
import id.anjungan.spi.FieldType;
import id.anjungan.spi.FormDefinition;
import id.anjungan.spi.FormField;
import id.anjungan.spi.FormField.DateRule;
import id.anjungan.spi.Operation;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.Role;
import id.anjungan.spi.Screen;
import id.anjungan.spi.ServiceDefinition;
import id.anjungan.spi.ServiceKind;
import id.anjungan.spi.Text;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** What Santunan Kematian offers at the kiosk: the application, its workflow and the status desk. */
final class SantunanDescriptor {

    static final String CODE = "SANKEM";
    static final String APPLY = "ajukan";
    static final String TRACK = "cek-status";
    static final String OP_TRACK = "track";
    static final String OP_CLAIM_CHECK = "claim-check";
    static final String OP_PAYMENTS = "payments";

    private SantunanDescriptor() {
    }

    /**
     * @param decider who grants the benefit, e.g. "Dinas Sosial Kota Semarang" (Perwal Semarang 16/2019, 31/2023)
     */
    static ProgramDescriptor build(SantunanConfig config, List<Document> documents, String decider) {
        ServiceDefinition apply = ServiceDefinition.builder(APPLY, ServiceKind.APPLICATION,
                Text.of("Ajukan santunan kematian", "Apply for the death benefit"))
                .summary(Text.of("Untuk ahli waris warga miskin kota yang meninggal dunia; diputuskan " + decider,
                        "For the heir of a poor city resident who has died; decided by " + decider))
                .startedBy(Role.RESIDENT, Role.PSM, Role.TKSK, Role.KASI_KESOS)
                .form(form())
                .checklist(documents)
                .workflow(SantunanWorkflow.ID)
                .build();
        ServiceDefinition track = ServiceDefinition.builder(TRACK, ServiceKind.DESK,
                Text.of("Cek perkembangan pengajuan santunan kematian", "Check a death benefit application"))
                .summary(Text.of("Masukkan nomor tanda terima", "Enter the receipt number"))
                .startedBy(Role.RESIDENT)
                .form(FormDefinition.empty())
                .screen("status")
                .build();
        return ProgramDescriptor.builder(CODE, Text.of("Santunan Kematian", "Death benefit"))
                .description(Text.of("Santunan dari Pemerintah Kota untuk ahli waris warga miskin kota yang "
                        + "terdaftar di DTSEN "
                                + "(dulu DTKS) dan meninggal dunia. Diputuskan oleh " + decider + ".",
                        "A city government benefit for the heir of a poor city resident registered in DTSEN (formerly "
                                + "DTKS) who has died. Decided by " + decider + "."))
                .icon("icon.svg")
                .services(List.of(apply, track))
                .workflows(List.of(SantunanWorkflow.build(config.slaDays(), decider)))
                // no one-aid-account check: that is Kemensos's rule for central aid, not for a city transfer (D7)
                .screens(List.of(Screen.of("status", "sankem-status", "sankem-status.js", Set.of(Role.RESIDENT))))
                .operations(List.of(Operation.reading(OP_TRACK, Set.of(Role.RESIDENT)),
                        Operation.reading(OP_CLAIM_CHECK, Set.of(Role.PSM, Role.TKSK, Role.KASI_KESOS, Role.DINSOS)),
                        Operation.reading(OP_PAYMENTS, Set.of(Role.TKSK, Role.KASI_KESOS, Role.DINSOS))))
                .decidedBy(Text.of(decider, "the city's social office (" + decider + ")"))
                .build();
    }

    private static FormDefinition form() {
        return FormDefinition.of(
                FormField.of(DECEASED_NIK, FieldType.NIK, Text.of("NIK almarhum/almarhumah", "NIK of the deceased")),
                FormField.of(DECEASED_KK, FieldType.KK, Text.of("Nomor KK almarhum/almarhumah",
                        "Family card number of the deceased")),
                FormField.of(DECEASED_NAME, FieldType.TEXT, Text.of("Nama almarhum/almarhumah", "Name of the deceased"))
                        .withRange(2L, 100L),
                FormField.of(DATE_OF_DEATH, FieldType.DATE, Text.of("Tanggal meninggal", "Date of death"))
                        .withDates(DateRule.NOT_IN_FUTURE),
                FormField.of(DEATH_CERTIFICATE, FieldType.ATTACHMENT, Text.of("Foto akta atau surat kematian",
                        "Photo of the death certificate or letter"))
                        .withHelp(Text.of("Dari kelurahan, rumah sakit, atau Dukcapil",
                                "From the kelurahan, the hospital or Dukcapil")),
                FormField.choice(DTSEN, Text.of("Apakah keluarga almarhum/almarhumah terdaftar sebagai keluarga "
                                + "miskin di DTSEN (dulu DTKS)?",
                                "Is the deceased's household registered as poor in DTSEN (formerly DTKS)?"),
                        Arrays.stream(DtsenAnswer.values()).map(DtsenAnswer::choice).toArray(Choice[]::new))
                        .withHelp(Text.of("DTSEN adalah data keluarga miskin yang dipakai untuk bantuan sosial",
                                "DTSEN is the register of poor households used for social aid")),
                FormField.of(HEIR_NIK, FieldType.NIK, Text.of("NIK ahli waris "
                        + "(pemohon)", "NIK of the heir (applicant)")),
                FormField.of(HEIR_NAME, FieldType.TEXT, Text.of("Nama ahli waris", "Name of the heir"))
                        .withRange(2L, 100L),
                FormField.choice(RELATIONSHIP, Text.of("Hubungan dengan almarhum/almarhumah",
                                "Relationship to the deceased"),
                        Choice.of("SPOUSE", "Suami/istri", "Husband/wife"),
                        Choice.of("CHILD", "Anak", "Child"),
                        Choice.of("PARENT", "Orang tua", "Parent"),
                        Choice.of("SIBLING", "Saudara kandung", "Brother/sister"),
                        Choice.of("OTHER", "Ahli waris lain (dengan surat ahli waris)",
                                "Other heir (with a letter naming the heir)")),
                FormField.of(BANK, FieldType.TEXT, Text.of("Nama bank", "Bank name"))
                        .withHelp(Text.of("Rekening tabungan atas nama ahli "
                                + "waris", "A savings account in the heir's name"))
                        .withRange(2L, 60L),
                FormField.of(ACCOUNT_NUMBER, FieldType.BANK_ACCOUNT, Text.of("Nomor rekening ahli waris",
                                "The heir's account number"))
                        .withRange(6L, 20L),
                FormField.of(ACCOUNT_HOLDER, FieldType.TEXT, Text.of("Nama pemilik rekening", "Account holder's name"))
                        .withRange(2L, 100L),
                FormField.of(PHONE, FieldType.PHONE, Text.of("Nomor HP yang dapat dihubungi", "Phone number"))
                        .optional());
    }
}
