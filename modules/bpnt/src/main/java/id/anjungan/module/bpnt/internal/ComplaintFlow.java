package id.anjungan.module.bpnt.internal;

import id.anjungan.spi.Assessment;
import id.anjungan.spi.Choice;
import id.anjungan.spi.Document;
import id.anjungan.spi.FieldType;
import id.anjungan.spi.FormDefinition;
import id.anjungan.spi.FormField;
import id.anjungan.spi.Role;
import id.anjungan.spi.ServiceDefinition;
import id.anjungan.spi.ServiceKind;
import id.anjungan.spi.Submission;
import id.anjungan.spi.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** "Pengaduan": e-Warung complaints under the 6T the TKSK guards, each category with its own SLA days. */
final class ComplaintFlow {

    static final String SERVICE = "pengaduan";
    static final List<Choice> CATEGORIES = List.of(
            Choice.of("SASARAN", "Tidak tepat sasaran (penerima tidak layak)", "Wrong target (ineligible recipient)"),
            Choice.of("JUMLAH", "Jumlah bantuan kurang", "Short amount"),
            Choice.of("HARGA", "Harga di atas ketentuan", "Price above the cap"),
            Choice.of("KUALITAS", "Kualitas barang buruk / rusak", "Poor or defective commodities"),
            Choice.of("WAKTU", "Penyaluran terlambat", "Late distribution"),
            Choice.of("ADMINISTRASI", "Masalah administrasi / pungutan", "Administration problem / illegal fee"));
    private static final int FALLBACK_DAYS = 7;

    private final Map<String, Integer> slaDays;
    private final ServiceDefinition service;

    ComplaintFlow(BpntConfig config) {
        this.slaDays = parse(config.complaintSlaDays());
        this.service = new ServiceDefinition(SERVICE, ServiceKind.COMPLAINT,
                Text.of("Pengaduan e-Warung", "Complaint about an e-Warung"),
                Text.of("Sasaran, jumlah, harga, kualitas, waktu, administrasi (6T)",
                        "Target, amount, price, quality, time, administration (6T)"),
                null, Set.of(Role.RESIDENT, Role.PSM, Role.TKSK), form(), List.of(), Workflows.COMPLAINT, null, false);
    }

    ServiceDefinition service() {
        return service;
    }

    /** The shortest configured SLA: the workflow flags a case overdue no later than its category allows. */
    int shortestSlaDays() {
        return slaDays.values().stream().min(Integer::compare).orElse(FALLBACK_DAYS);
    }

    int slaDays(String category) {
        return slaDays.getOrDefault(category, FALLBACK_DAYS);
    }

    Assessment assess(Submission s) {
        String category = s.get("category");
        int days = slaDays(category);
        List<Document> checklist = s.get("photo") == null ? List.of(Documents.RECEIPT)
                : List.of(Documents.RECEIPT, Document.of("foto", "Foto yang sudah diunggah", "The photo you uploaded"));
        return Assessment.accept(checklist, Text.of(
                "TKSK menangani pengaduan ini bersama e-Warung dalam " + days + " hari kerja dan memberi kabar lewat "
                        + "nomor HP Anda atau di kelurahan.", "The TKSK handles this complaint with the e-Warung "
                        + "within " + days + " working days and informs you by phone or at the kelurahan."))
                .inCategory(category);
    }

    private static Map<String, Integer> parse(String[] lines) {
        Map<String, Integer> days = new LinkedHashMap<>();
        for (String line : lines == null ? new String[0] : lines) {
            String[] kv = line.split("=");
            if (kv.length == 2 && kv[1].trim().matches("\\d{1,3}") && Integer.parseInt(kv[1].trim()) > 0) {
                days.put(kv[0].trim(), Integer.parseInt(kv[1].trim()));
            }
        }
        return days;
    }

    /** Categories of the 6T without a valid SLA line. */
    List<String> unconfigured() {
        return CATEGORIES.stream().map(Choice::value).filter(c -> !slaDays.containsKey(c)).toList();
    }

    private static FormDefinition form() {
        return FormDefinition.of(
                FormField.choice("category", Text.of("Apa yang tidak tepat?", "What was wrong?"),
                        CATEGORIES.toArray(Choice[]::new)),
                FormField.of("ewarung", FieldType.TEXT, Text.of("Nama e-Warung", "Name of the e-Warung"))
                        .withRange(2L, 120L),
                FormField.of("incidentDate", FieldType.DATE, Text.of("Tanggal kejadian", "Date it happened"))
                        .withDates(FormField.DateRule.NOT_IN_FUTURE),
                FormField.of("description", FieldType.TEXT, Text.of("Ceritakan apa yang terjadi",
                        "Describe what happened")).withRange(20L, 1000L),
                FormField.of("photo", FieldType.ATTACHMENT, Text.of("Foto barang atau struk (bila ada)",
                        "Photo of the goods or receipt (if any)")).optional(),
                FormField.of("phone", FieldType.PHONE, Text.of("Nomor HP", "Phone number")).optional());
    }
}
