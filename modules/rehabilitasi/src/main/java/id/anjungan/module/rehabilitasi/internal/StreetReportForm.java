package id.anjungan.module.rehabilitasi.internal;

import id.anjungan.spi.Choice;
import id.anjungan.spi.FieldType;
import id.anjungan.spi.FormDefinition;
import id.anjungan.spi.FormField;
import id.anjungan.spi.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The questions of "Laporkan orang terlantar": anyone may ask them, about a person with no known identity. */
final class StreetReportForm {

    private StreetReportForm() {
    }

    static FormDefinition of(RehabilitasiConfig config) {
        List<Choice> who = new ArrayList<>(Category.choices());
        who.add(Choice.of("TIDAK_TAHU", "Tidak tahu", "Not sure"));
        List<Choice> places = new ArrayList<>(Arrays.stream(config.kelurahan()).map(k -> Choice.of(k, k, k)).toList());
        places.add(Choice.of(StreetReportRules.ELSEWHERE, "Di luar daftar ini (kecamatan lain)",
                "Not in this list (another kecamatan)"));
        return FormDefinition.of(
                FormField.choice("urgency", Text.of("Seberapa mendesak?", "How urgent is it?"),
                        Choice.of("DARURAT", "Darurat: sakit parah, terluka atau tidak sadar",
                                "Emergency: very ill, injured or unconscious"),
                        Choice.of("SEGERA", "Perlu bantuan hari ini", "Needs help today"),
                        Choice.of("BIASA", "Tidak mendesak", "Not urgent")),
                // asked right after "Darurat", so the contacts show at once, before the rest of the report
                FormField.of("ambulanceCalled", FieldType.YES_NO, Text.of("DARURAT: telepon " + config.ambulanceName()
                                + " di " + config.ambulancePhone() + " sekarang. Sudah menelepon?", "EMERGENCY: call "
                                + config.ambulanceName() + " on " + config.ambulancePhone() + " now. Have you called?"))
                        .withHelp(Text.of("Rumah sakit rujukan: " + config.hospitalName() + ", " + config.hospitalPhone()
                                + ". Laporan ini tetap diteruskan ke petugas sosial kecamatan (TKSK).", "Referral hospital: "
                                + config.hospitalName() + ", " + config.hospitalPhone() + ". This report still goes to "
                                + "the kecamatan's social welfare worker (TKSK)."))
                        .optional().when("urgency", "DARURAT"),
                FormField.choice("category", Text.of("Siapa yang perlu dibantu?", "Who needs help?"),
                        who.toArray(Choice[]::new)),
                FormField.choice("kelurahan", Text.of("Kelurahan tempat ditemukan", "Kelurahan where found"),
                        places.toArray(Choice[]::new)),
                FormField.of("elsewhere", FieldType.TEXT, Text.of("Nama kelurahan dan kecamatannya",
                        "Name of the kelurahan and its kecamatan")).withRange(3L, 120L)
                        .when("kelurahan", StreetReportRules.ELSEWHERE),
                FormField.of("location", FieldType.TEXT, Text.of("Alamat atau tanda tempat (mis. depan masjid, "
                        + "bawah jembatan)", "Address or landmark (e.g. in front of the mosque, under the bridge)"))
                        .withRange(5L, 200L),
                FormField.of("rt", FieldType.NUMBER, Text.of("RT", "RT")).optional().withRange(1L, 30L),
                FormField.of("rw", FieldType.NUMBER, Text.of("RW", "RW")).optional().withRange(1L, 20L),
                FormField.choice("needs", Text.of("Apa yang paling dibutuhkan?", "What is needed most?"),
                        Choice.of("MEDIS", "Pertolongan medis", "Medical help"),
                        Choice.of("MAKAN_TEMPAT", "Makan dan tempat tinggal", "Food and shelter"),
                        Choice.of("KELUARGA", "Mencari keluarganya", "Finding the family"),
                        Choice.of("LAINNYA", "Lainnya", "Something else")),
                FormField.of("needsDetail", FieldType.TEXT, Text.of("Ceritakan kebutuhannya", "Describe the need"))
                        .optional().withRange(null, 300L),
                FormField.of("description", FieldType.TEXT, Text.of("Ciri-ciri orangnya (perkiraan umur, pakaian)",
                        "What the person looks like (age, clothes)")).optional().withRange(null, 300L),
                FormField.of("photo", FieldType.ATTACHMENT, Text.of("Foto (bila ada)", "Photo (if any)")).optional(),
                FormField.of("reporterPhone", FieldType.PHONE, Text.of("Nomor HP Anda, bila petugas sosial kecamatan "
                        + "(TKSK) boleh menghubungi", "Your phone, if the kecamatan's social welfare worker (TKSK) may "
                        + "call you")).optional());
    }
}
