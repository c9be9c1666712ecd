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
import id.anjungan.spi.platform.RecipientRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "Pengaduan penyaluran BPNT": complaints of the cash era (2.1 of the review): a KKS kept by someone else, cuts taken
 * from the money, a blocked or dormant account, a KKS never handed over; each category with its own SLA days.
 */
final class ComplaintFlow {

    static final String SERVICE = "pengaduan";
    static final List<Choice> CATEGORIES = List.of(
            Choice.of("KKS_DIPEGANG", "KKS atau PIN dipegang orang lain (ketua kelompok, agen, tetangga)",
                    "The KKS or PIN is kept by someone else (group leader, agent, neighbour)"),
            Choice.of("POTONGAN", "Bantuan dipotong atau diminta uang", "Part of the aid was cut or a fee demanded"),
            Choice.of("REKENING_DIBLOKIR", "Rekening tidak aktif atau diblokir bank",
                    "The account is dormant or blocked by the bank"),
            Choice.of("KKS_BELUM_DITERIMA", "KKS belum pernah diterima", "The KKS was never handed over"),
            Choice.of("LAINNYA", "Masalah lain dalam penyaluran", "Another problem with the payment"));
    /** Complaints that only exist for an account with a KKS. */
    private static final Set<String> CARD_ONLY = Set.of("KKS_DIPEGANG", "REKENING_DIBLOKIR", "KKS_BELUM_DITERIMA");
    private static final int FALLBACK_DAYS = 7;

    private final KpmLookup kpm;
    private final BpntConfig config;
    private final Map<String, Integer> slaDays;
    private final ServiceDefinition service;

    ComplaintFlow(KpmLookup kpm, BpntConfig config) {
        this.kpm = kpm;
        this.config = config;
        this.slaDays = parse(config.complaintSlaDays());
        this.service = ServiceDefinition.builder(SERVICE, ServiceKind.COMPLAINT,
                Text.of("Pengaduan penyaluran BPNT", "Complaint about a BPNT payment"))
                .summary(Text.of("KKS (kartu ATM bantuan) dipegang orang lain, potongan, rekening diblokir, KKS belum diterima",
                        "KKS (the aid's ATM card) kept by someone else, cuts, blocked account, KKS never received"))
                .startedBy(Role.RESIDENT, Role.PSM, Role.TKSK)
                .form(form())
                .checklist(List.of(Documents.KTP))
                .workflow(Workflows.COMPLAINT)
                .build();
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
        String nik = KpmLookup.subject(s);
        Optional<RecipientRecord> listed = kpm.current(nik);
        if (listed.isEmpty()) {
            return Assessment.refuse(KpmLookup.notKpm());
        }
        String category = s.get("category");
        if (CARD_ONLY.contains(category) && PaymentColumns.paidAtPostOffice(listed.get(), config.defaultChannel())) {
            return Assessment.refuse(CardProblemFlow.paidAtPostOffice());
        }
        int days = slaDays(category);
        List<Document> checklist = new ArrayList<>(List.of(Documents.KTP));
        Text action = switch (category) {
            case "KKS_DIPEGANG" -> Text.of("TKSK memanggil orang yang memegang KKS Anda agar mengembalikannya, lalu "
                    + "mendampingi Anda mengganti PIN di " + config.bankBranch() + ". ", "The TKSK calls on whoever "
                    + "keeps your KKS to return it, then goes with you to change the PIN at " + config.bankBranch()
                    + ". ");
            case "POTONGAN" -> Text.of("Bantuan BPNT tidak boleh dipotong dengan alasan apa pun. TKSK memeriksa "
                    + "siapa yang memotong dan melaporkannya ke " + config.dinasSosial() + ". ", "BPNT may not be "
                    + "cut for any reason. The TKSK finds out who took the cut and reports it to "
                    + config.dinasSosial() + ". ");
            case "REKENING_DIBLOKIR" -> {
                checklist.addAll(List.of(Documents.KKS, Documents.BOOK));
                yield Text.of("TKSK mendampingi Anda ke " + config.bankBranch() + " untuk membuka blokir rekening. ",
                        "The TKSK goes with you to " + config.bankBranch() + " to unblock the account. ");
            }
            case "KKS_BELUM_DITERIMA" -> {
                checklist.addAll(List.of(Documents.KK, Documents.INVITATION));
                yield Text.of("TKSK menanyakan KKS Anda ke " + config.bankBranch() + "; KKS penerima baru dibagikan "
                        + "saat pembukaan rekening bersama. ", "The TKSK asks " + config.bankBranch() + " about your "
                        + "KKS; new recipients get theirs when accounts are opened together. ");
            }
            default -> Text.of("", "");
        };
        if (s.get("photo") != null) {
            checklist.add(Document.of("foto", "Foto yang sudah diunggah", "The photo you uploaded"));
        }
        return Assessment.accept(checklist, Text.of(action.id() + "TKSK menindaklanjuti pengaduan ini dalam " + days
                + " hari kerja dan memberi kabar melalui nomor HP Anda atau di kelurahan.", action.en()
                + "The TKSK follows up this complaint within " + days + " working days and informs you by phone or "
                + "at the kelurahan.")).inCategory(category);
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

    /** Categories without a valid SLA line. */
    List<String> unconfigured() {
        return CATEGORIES.stream().map(Choice::value).filter(c -> !slaDays.containsKey(c)).toList();
    }

    private static FormDefinition form() {
        return FormDefinition.of(
                FormField.of("nik", FieldType.NIK, Text.of("NIK penerima BPNT", "NIK of the BPNT recipient")),
                FormField.choice("category", Text.of("Apa yang terjadi?", "What happened?"),
                        CATEGORIES.toArray(Choice[]::new)),
                FormField.of("incidentDate", FieldType.DATE, Text.of("Tanggal kejadian", "Date it happened"))
                        .withDates(FormField.DateRule.NOT_IN_FUTURE),
                FormField.of("description", FieldType.TEXT, Text.of("Ceritakan apa yang terjadi",
                        "Describe what happened")).withRange(20L, 1000L),
                FormField.of("photo", FieldType.ATTACHMENT, Text.of("Foto bukti (bila ada)",
                        "Photo as evidence (if any)")).optional(),
                FormField.of("phone", FieldType.PHONE, Text.of("Nomor HP", "Phone number")).optional());
    }
}
