package id.anjungan.module.rehabilitasi.internal;

import id.anjungan.spi.PrintableDocument;
import id.anjungan.spi.Text;
import id.anjungan.spi.platform.CaseRecord;
import id.anjungan.spi.platform.Kelurahan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The surat pengantar from the kelurahan where the person was found, as fields and as plain text; the platform
 * renders the PDF from them.
 */
final class CoverLetter {

    private final RehabilitasiConfig config;
    private final Kelurahan office;

    CoverLetter(RehabilitasiConfig config, Kelurahan office) {
        this.config = config;
        this.office = office;
    }

    Map<String, Object> of(CaseRecord c, LocalDate today) {
        Map<String, String> d = c.data();
        String kelurahan = d.getOrDefault("kelurahan", office.name());
        String city = office.city();
        String hospital = d.getOrDefault("referralHospital", config.hospitalName());
        String found = d.getOrDefault("location", "-") + rtRw(d) + ", Kelurahan " + kelurahan + ", Kecamatan "
                + office.kecamatan();
        String foundOn = Text.date(LocalDate.parse(d.getOrDefault("foundDate",
                c.createdAt().toString().substring(0, 10)))).id();
        Map<String, Object> letter = new LinkedHashMap<>();
        letter.put("type", "surat-pengantar");
        letter.put("issuer", List.of("PEMERINTAH " + city.toUpperCase(Locale.ROOT),
                "KECAMATAN " + office.kecamatan().toUpperCase(Locale.ROOT),
                "KELURAHAN " + kelurahan.toUpperCase(Locale.ROOT)));
        letter.put("number", d.getOrDefault("letterPengantarNumber", ""));
        letter.put("place", city.replaceFirst("^(Kota|Kabupaten) ", ""));
        letter.put("date", Text.date(today).id());
        letter.put("subject", "Pengantar rujukan orang terlantar");
        letter.put("to", "Yth. Kepala " + config.hospitalUnit() + " " + hospital);
        Map<String, String> person = new LinkedHashMap<>();
        person.put("Nama", d.getOrDefault("personName", "Tidak diketahui (tanpa identitas)"));
        person.put("Perkiraan umur", d.containsKey("estimatedAge") ? "± " + d.get("estimatedAge") + " tahun" : "-");
        person.put("Jenis kelamin", switch (d.getOrDefault("sex", "")) {
            case "L" -> "Laki-laki";
            case "P" -> "Perempuan";
            default -> "-";
        });
        person.put("Ciri-ciri", d.getOrDefault("description", "-"));
        person.put("Ditemukan di", found);
        person.put("Tanggal ditemukan", foundOn);
        person.put("Keadaan", d.getOrDefault("referralReason", "-"));
        letter.put("person", person);
        List<String> body = List.of(
                "Dengan hormat,",
                "Bersama ini kami sampaikan bahwa di wilayah Kelurahan " + kelurahan + " telah ditemukan seorang "
                        + "warga terlantar dengan keterangan sebagai berikut:",
                "Mohon orang tersebut dapat diperiksa dan dirawat, serta dibantu oleh pekerja sosial rumah sakit. "
                        + "Rekomendasi dari " + config.dinsosName() + " menyusul. Nomor laporan anjungan: "
                        + c.tracking() + ".",
                "Demikian surat pengantar ini kami buat untuk dipergunakan sebagaimana mestinya.");
        letter.put("body", body);
        letter.put("signatory", Map.of("title", "Lurah " + kelurahan, "name", ""));
        letter.put("copies", List.of(config.dinsosName(), "TKSK Kecamatan " + office.kecamatan()));
        letter.put("text", text(letter, person, body));
        letter.put("document", document(letter, person, body));
        return letter;
    }

    /** The letter as an A4 document for the host's {@code /pdf} endpoint. */
    @SuppressWarnings("unchecked")
    private static PrintableDocument document(Map<String, Object> letter, Map<String, String> person,
                                              List<String> body) {
        String number = letter.get("number").toString();
        List<String> facts = new ArrayList<>();
        person.forEach((k, v) -> facts.add(k + ": " + v));
        List<String> copies = (List<String>) letter.get("copies");
        StringBuilder tembusan = new StringBuilder("Tembusan:");
        for (int i = 0; i < copies.size(); i++) {
            tembusan.append("\n").append(i + 1).append(". ").append(copies.get(i));
        }
        return PrintableDocument.titled("Surat Pengantar")
                .subtitle(String.join(" · ", (List<String>) letter.get("issuer")))
                .meta("Nomor", number.isEmpty() ? "......" : number)
                .meta("Tanggal", letter.get("place") + ", " + letter.get("date"))
                .meta("Perihal", String.valueOf(letter.get("subject")))
                .meta("Kepada", String.valueOf(letter.get("to")))
                .paragraphs(body.subList(0, 2))
                .paragraph(String.join("\n", facts))
                .paragraphs(body.subList(2, body.size()))
                .paragraph(tembusan.toString())
                .signature(letter.get("place") + ", " + letter.get("date"),
                        ((Map<String, String>) letter.get("signatory")).get("title"), "", "", "(........................)")
                .build();
    }

    private static String rtRw(Map<String, String> d) {
        return d.containsKey("rt") || d.containsKey("rw")
                ? ", RT " + d.getOrDefault("rt", "-") + " RW " + d.getOrDefault("rw", "-") : "";
    }

    @SuppressWarnings("unchecked")
    private static String text(Map<String, Object> letter, Map<String, String> person, List<String> body) {
        List<String> lines = new ArrayList<>((List<String>) letter.get("issuer"));
        lines.add("");
        lines.add(letter.get("place") + ", " + letter.get("date"));
        lines.add("Nomor  : " + (letter.get("number").toString().isEmpty() ? "......" : letter.get("number")));
        lines.add("Perihal: " + letter.get("subject"));
        lines.add("");
        lines.add(letter.get("to").toString());
        lines.add("");
        lines.add(body.get(0));
        lines.add(body.get(1));
        person.forEach((k, v) -> lines.add("  " + k + ": " + v));
        lines.addAll(body.subList(2, body.size()));
        lines.add("");
        lines.add(((Map<String, String>) letter.get("signatory")).get("title") + ",");
        lines.add("");
        lines.add("(........................)");
        lines.add("Tembusan: " + String.join("; ", (List<String>) letter.get("copies")));
        return String.join("\n", lines);
    }
}
