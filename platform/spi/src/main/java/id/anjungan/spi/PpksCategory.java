package id.anjungan.spi;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The register of the 26 kinds of PPKS (Pemerlu Pelayanan Kesejahteraan Sosial) by Kemensos code, the one list every
 * module maps its own categories to, so counts from different programs add up (SPI 1.3).
 *
 * <p>The numbers 1–26 follow the a–z list Semarang's TKSK reports with (seed 000, L3448-3680, whose November 2023
 * table uses codes 4, 5a, 5b, 8, 9a–9d, 10, 15 and 24, L3684-3712). Children with a disability (5) and people with
 * a disability (9) are recorded by kind: fisik, sensorik, mental, intelektual (a–d), so the register holds more
 * codes than categories. Each code carries the name another common list gives it (seed 002, L370-398) as its alias;
 * that list also names "keluarga yang tinggal di rumah tidak layak huni" and "penyandang disabilitas pengidap
 * HIV/AIDS", which have no code of their own here.
 */
public enum PpksCategory {
    ANAK_BALITA_TERLANTAR("1", "Anak balita terlantar", "Neglected child under five", "Anak balita terlantar"),
    ANAK_TERLANTAR("2", "Anak terlantar", "Neglected child", "Anak terlantar"),
    ANAK_BERHADAPAN_DENGAN_HUKUM("3", "Anak yang berhadapan dengan hukum", "Child in contact with the law",
            "Anak yang menghadapi permasalahan hukum"),
    ANAK_JALANAN("4", "Anak jalanan", "Street child", "Anak jalanan"),
    ANAK_DISABILITAS_FISIK("5a", "Anak dengan disabilitas fisik", "Child with a physical disability", null),
    ANAK_DISABILITAS_SENSORIK("5b", "Anak dengan disabilitas sensorik", "Child with a sensory disability", null),
    ANAK_DISABILITAS_MENTAL("5c", "Anak dengan disabilitas mental", "Child with a mental disability", null),
    ANAK_DISABILITAS_INTELEKTUAL("5d", "Anak dengan disabilitas intelektual", "Child with an intellectual disability",
            null),
    ANAK_KORBAN_KEKERASAN("6", "Anak korban tindak kekerasan atau diperlakukan salah",
            "Child victim of violence or mistreatment", null),
    ANAK_PERLINDUNGAN_KHUSUS("7", "Anak yang memerlukan perlindungan khusus", "Child in need of special protection",
            "Anak yang membutuhkan perlindungan khusus"),
    LANJUT_USIA_TERLANTAR("8", "Lanjut usia terlantar", "Neglected elderly person", "Lansia terlantar"),
    DISABILITAS_FISIK("9a", "Penyandang disabilitas fisik", "Person with a physical disability",
            "Penyandang disabilitas"),
    DISABILITAS_SENSORIK("9b", "Penyandang disabilitas sensorik", "Person with a sensory disability",
            "Penyandang disabilitas"),
    DISABILITAS_MENTAL("9c", "Penyandang disabilitas mental", "Person with a mental disability",
            "Penyandang disabilitas"),
    DISABILITAS_INTELEKTUAL("9d", "Penyandang disabilitas intelektual", "Person with an intellectual disability",
            "Penyandang disabilitas"),
    TUNA_SUSILA("10", "Tuna susila", "Person in prostitution", "Tuna susila"),
    GELANDANGAN("11", "Gelandangan", "Homeless person", "Gelandangan"),
    PENGEMIS("12", "Pengemis", "Beggar", "Pengemis"),
    PEMULUNG("13", "Pemulung", "Waste picker", "Pemulung"),
    KELOMPOK_MINORITAS("14", "Kelompok minoritas", "Member of a marginalised minority", "Etnis minoritas"),
    BEKAS_WARGA_BINAAN("15", "Bekas warga binaan lembaga pemasyarakatan", "Former prison inmate",
            "Bekas Warga Binaan Pemasyarakatan (BWBP)"),
    ODHA("16", "Orang dengan HIV/AIDS", "Person living with HIV/AIDS", "Penderita HIV/AIDS (ODHA)"),
    KORBAN_NAPZA("17", "Korban penyalahgunaan NAPZA", "Victim of drug abuse", "Korban penyalahgunaan NAPZA"),
    KORBAN_PERDAGANGAN_ORANG("18", "Korban perdagangan orang", "Victim of trafficking", "Korban perdagangan manusia"),
    KORBAN_TINDAK_KEKERASAN("19", "Korban tindak kekerasan", "Victim of violence", "Korban kekerasan"),
    PEKERJA_MIGRAN_BERMASALAH_SOSIAL("20", "Pekerja migran bermasalah sosial", "Migrant worker in social difficulty",
            "Pekerja migran dengan bermasalah sosial (PMBS)"),
    KORBAN_BENCANA_ALAM("21", "Korban bencana alam", "Victim of a natural disaster", "Korban bencana alam"),
    KORBAN_BENCANA_SOSIAL("22", "Korban bencana sosial (konflik, teror)", "Victim of a social disaster (conflict, "
            + "terror)", "Korban bencana sosial"),
    PEREMPUAN_RAWAN_SOSIAL_EKONOMI("23", "Perempuan rawan sosial ekonomi", "Economically vulnerable woman",
            "Perempuan dari golongan sosial ekonomi lemah"),
    FAKIR_MISKIN("24", "Fakir miskin", "Person in poverty", "Fakir miskin"),
    KELUARGA_BERMASALAH_SOSIAL_PSIKOLOGIS("25", "Keluarga bermasalah sosial psikologis",
            "Family with psychosocial problems", "Keluarga dengan bermasalah sosial psikologi"),
    KOMUNITAS_ADAT_TERPENCIL("26", "Komunitas adat terpencil", "Remote indigenous community",
            "Komunitas adat terpencil");

    private final String code;
    private final Text label;
    private final String alias;

    PpksCategory(String code, String id, String en, String alias) {
        this.code = code;
        this.label = Text.of(id, en);
        this.alias = alias;
    }

    /** The Kemensos code as the TKSK writes it: {@code "24"}, {@code "9c"}. */
    public String code() {
        return code;
    }

    /** The category's number, 1–26; the kinds of disability 5a–5d and 9a–9d share 5 and 9. */
    public int number() {
        return Integer.parseInt(code.replaceAll("[a-z]$", ""));
    }

    /** The name, Bahasa Indonesia and English. */
    public Text label() {
        return label;
    }

    /** The name the other common 26-item list uses, if it has this category. */
    public Optional<String> alias() {
        return Optional.ofNullable(alias);
    }

    /** The category of a code, ignoring case and surrounding spaces: {@code " 9C "} is {@link #DISABILITAS_MENTAL}. */
    public static Optional<PpksCategory> ofCode(String code) {
        String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.code.equals(wanted)).findFirst();
    }

    /**
     * The codes a name from the other common list stands for: one, several where it does not tell the kind of
     * disability, none where the name has no code here. Case and spaces do not matter.
     */
    public static List<PpksCategory> ofAlias(String name) {
        String wanted = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        return Arrays.stream(values()).filter(c -> c.alias != null && c.alias.equalsIgnoreCase(wanted)).toList();
    }
}
