package id.anjungan.module.jumatkoin.internal;

import id.anjungan.spi.Choice;
import id.anjungan.spi.FieldType;
import id.anjungan.spi.FormDefinition;
import id.anjungan.spi.FormField;
import id.anjungan.spi.Text;
import java.util.Arrays;
import java.util.List;

/** The questions of "Ajukan bantuan rumah". */
final class HousingRequestForm {

    static final List<Choice> CAUSES = List.of(
            Choice.of("KEBAKARAN", "Kebakaran", "Fire"),
            Choice.of("BANJIR", "Banjir", "Flood"),
            Choice.of("LAINNYA", "Angin puting beliung, tanah longsor, atau rumah roboh",
                    "Storm, landslide or a collapsed house"),
            // 000:L5711-5717, L5732-5734: also renovating or building the house of a poor PPKS family
            Choice.of(HousingRequestRules.RTLH, "Rumah tidak layak huni, perlu diperbaiki atau dibangun",
                    "Uninhabitable house that needs repair or rebuilding"));

    static final String[] DISASTERS = {"KEBAKARAN", "BANJIR", "LAINNYA"};

    static final List<Choice> DAMAGE = List.of(
            Choice.of("BERAT", "Rusak berat, tidak dapat ditinggali", "Heavy, cannot be lived in"),
            Choice.of("SEDANG", "Rusak sedang (atap, dinding sebagian)", "Moderate (roof, part of the walls)"),
            Choice.of("RINGAN", "Rusak ringan", "Light"));

    private HousingRequestForm() {
    }

    static FormDefinition of(JumatKoinConfig config) {
        Choice[] kelurahan = Arrays.stream(config.kelurahan()).map(k -> Choice.of(k, k, k)).toArray(Choice[]::new);
        return FormDefinition.of(
                FormField.of("nik", FieldType.NIK, Text.of("NIK kepala keluarga", "NIK of the head of household")),
                FormField.of("kk", FieldType.KK, Text.of("Nomor Kartu Keluarga", "Family card number")).optional(),
                FormField.of("phone", FieldType.PHONE, Text.of("Nomor HP yang bisa dihubungi", "Phone number"))
                        .optional(),
                FormField.choice("kelurahan", Text.of("Kelurahan tempat rumah", "Kelurahan of the house"), kelurahan),
                FormField.of("address", FieldType.TEXT, Text.of("Alamat rumah", "Address of the house"))
                        .withRange(5L, 200L),
                FormField.of("rt", FieldType.NUMBER, Text.of("RT", "RT")).withRange(1L, 30L),
                FormField.of("rw", FieldType.NUMBER, Text.of("RW", "RW")).withRange(1L, 20L),
                FormField.choice("cause", Text.of("Keadaan rumah", "State of the house"),
                        CAUSES.toArray(Choice[]::new)),
                FormField.of("causeOther", FieldType.TEXT, Text.of("Ceritakan kejadiannya", "Describe what happened"))
                        .withRange(5L, 200L).when("cause", "LAINNYA"),
                FormField.of("disasterDate", FieldType.DATE, Text.of("Tanggal kejadian", "Date of the disaster"))
                        .withDates(FormField.DateRule.NOT_IN_FUTURE).when("cause", DISASTERS),
                FormField.choice("damage", Text.of("Seberapa parah kerusakannya?", "How bad is the damage?"),
                        DAMAGE.toArray(Choice[]::new)),
                FormField.of("displaced", FieldType.YES_NO, Text.of("Apakah keluarga sekarang tinggal di tempat lain?",
                        "Is the family living elsewhere now?")),
                FormField.of("photo1", FieldType.ATTACHMENT, Text.of("Foto kerusakan rumah", "Photo of the damage")),
                FormField.of("photo2", FieldType.ATTACHMENT, Text.of("Foto kedua", "Second photo")).optional(),
                FormField.of("photo3", FieldType.ATTACHMENT, Text.of("Foto ketiga", "Third photo")).optional(),
                FormField.of("householdSize", FieldType.NUMBER, Text.of("Jumlah anggota keluarga di rumah",
                        "People living in the house")).withRange(1L, 20L),
                FormField.of("children", FieldType.NUMBER, Text.of("Berapa anak di bawah 18 tahun?",
                        "How many children under 18?")).withRange(0L, 20L),
                FormField.of("elderly", FieldType.NUMBER, Text.of("Berapa lansia (60 tahun ke atas)?",
                        "How many elderly (60 or older)?")).withRange(0L, 20L),
                FormField.of("disabled", FieldType.NUMBER, Text.of("Berapa penyandang disabilitas?",
                        "How many people with a disability?")).withRange(0L, 20L),
                FormField.of("femaleHead", FieldType.YES_NO, Text.of("Apakah kepala keluarga perempuan?",
                        "Is the head of household a woman?")),
                FormField.of("dtks", FieldType.YES_NO, Text.of("Terdaftar di DTSEN (data keluarga miskin, dulu DTKS)?",
                        "Registered in DTSEN (the register of poor households, formerly DTKS)?")),
                FormField.of("otherAid", FieldType.YES_NO, Text.of("Sudah mendapat bantuan perbaikan rumah dari pihak lain?",
                        "Already helped with the house by someone else?")),
                FormField.of("story", FieldType.TEXT, Text.of("Keterangan lain", "Anything else"))
                        .optional().withRange(null, 500L));
    }
}
