package id.anjungan.module.kjs.internal;

import id.anjungan.spi.Assessment;
import id.anjungan.spi.Choice;
import id.anjungan.spi.Document;
import id.anjungan.spi.EarlyRefusal;
import id.anjungan.spi.FieldType;
import id.anjungan.spi.FormDefinition;
import id.anjungan.spi.FormField;
import id.anjungan.spi.Reason;
import id.anjungan.spi.Role;
import id.anjungan.spi.ServiceDefinition;
import id.anjungan.spi.ServiceKind;
import id.anjungan.spi.Submission;
import id.anjungan.spi.Text;
import id.anjungan.spi.platform.RecipientRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** "Kartu hilang / rusak / belum tercetak": records the card-less disbursement so funds still reach the recipient. */
final class CardFlow {

    static final String SERVICE = "kartu";

    private final Recipients recipients;
    private final KjsConfig config;
    private final ServiceDefinition service;

    CardFlow(Recipients recipients, KjsConfig config) {
        this.recipients = recipients;
        this.config = config;
        this.service = ServiceDefinition.builder(SERVICE, ServiceKind.REPORT,
                Text.of("Kartu KJS hilang / rusak / belum tercetak", "KJS card lost / damaged / not printed"))
                .summary(Text.of("Dana tetap dicairkan dengan nomor "
                        + "rekening", "Funds are still paid with the account number"))
                .startedBy(Role.RESIDENT, Role.PSM, Role.TKSK)
                .form(form())
                .checklist(List.of(Documents.IDENTITY,
                Documents.ACCOUNT_BOOK))
                .workflow(Workflows.CARD)
                .build();
    }

    ServiceDefinition service() {
        return service;
    }

    Assessment assess(Submission s) {
        Optional<Reason> refusal = refusal(s, true);
        if (refusal.isPresent()) {
            return Assessment.refuse(refusal.get());
        }
        String card = s.get("card");
        List<Document> checklist = new ArrayList<>(service.checklist());
        if ("HILANG".equals(card)) {
            checklist.add(Documents.LOSS_LETTER);
        } else if ("RUSAK".equals(card)) {
            checklist.add(Documents.DAMAGED_CARD);
        }
        return Assessment.accept(checklist, Text.of("Pendamping KJS mencatat pencairan tanpa kartu: dana tetap "
                + "dicairkan di " + config.bank() + " dengan nomor rekening Anda sampai kartu ada.", "The KJS "
                + "pendamping records a disbursement without the card: funds are still paid at " + config.bank()
                + " with your account number until the card is in hand.")).inCategory(card);
    }

    /**
     * At the question that decides it: a NIK not on the KJS list, an account number that is not the bank's (the
     * account asked last, so its absence is judged only at submission).
     */
    Optional<EarlyRefusal> refuseEarly(Submission s) {
        String nik = s.subjectNik() != null ? s.subjectNik() : s.get("nik");
        return nik == null ? Optional.empty() : refusal(s, false).map(r -> EarlyRefusal.of(List.of(r)));
    }

    private Optional<Reason> refusal(Submission s, boolean complete) {
        String nik = s.subjectNik() != null ? s.subjectNik() : s.get("nik");
        Optional<RecipientRecord> listed = recipients.current(nik);
        if (listed.isEmpty()) {
            return Optional.of(Recipients.notRecipient());
        }
        String given = s.get("accountNumber") == null ? null : s.get("accountNumber").replaceAll("[\\s.-]", "");
        String known = listed.get().field("rekening");
        if (complete && given == null && (known == null || known.isBlank())) {
            return Optional.of(Reason.of("account-needed", "Tulis nomor rekening " + config.bank() + " dari "
                    + "buku tabungan.", "Enter the " + config.bank() + " account number from the account book."));
        }
        if (given != null && !given.matches("\\d{" + config.accountDigitsMin() + "," + config.accountDigitsMax() + "}")) {
            return Optional.of(Reason.of("account-format", "Nomor rekening harus " + config.accountDigitsMin()
                    + "–" + config.accountDigitsMax() + " angka.", "The account number must have "
                    + config.accountDigitsMin() + "–" + config.accountDigitsMax() + " digits."));
        }
        if (given != null && known != null && !known.isBlank() && !known.equals(given)) {
            return Optional.of(Reason.of("account-mismatch", "Nomor rekening tidak sama dengan data "
                    + config.bank() + ". Periksa buku tabungan atau tanyakan ke pendamping.", "The account number "
                    + "differs from " + config.bank() + "'s records. Check the account book or ask the pendamping."));
        }
        return Optional.empty();
    }

    private static FormDefinition form() {
        return FormDefinition.of(
                FormField.of("nik", FieldType.NIK, Text.of("NIK penerima KJS", "NIK of the KJS recipient")),
                FormField.choice("card", Text.of("Apa yang terjadi dengan kartu?", "What happened to the card?"),
                        Choice.of("HILANG", "Hilang", "Lost"), Choice.of("RUSAK", "Rusak", "Damaged"),
                        Choice.of("BELUM_TERCETAK", "Belum tercetak / belum diterima", "Not printed / not received")),
                FormField.of("accountNumber", FieldType.BANK_ACCOUNT, Text.of("Nomor rekening Bank Jateng",
                        "Bank Jateng account number")).optional().withRange(10L, 20L)
                        .withHelp(Text.of("Lihat halaman depan buku "
                                + "tabungan.", "See the first page of the account book.")));
    }
}
