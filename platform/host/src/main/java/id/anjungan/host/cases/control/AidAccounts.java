package id.anjungan.host.cases.control;

import id.anjungan.host.identity.control.Digits;
import id.anjungan.host.privacy.Masking;
import id.anjungan.spi.FieldType;
import id.anjungan.spi.FormDefinition;
import id.anjungan.spi.FormField;
import id.anjungan.spi.Reason;
import id.anjungan.spi.platform.RecipientLists;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * "One aid account for every program": an account number given in a {@link FieldType#BANK_ACCOUNT} field must be the
 * account its holder already has in the newest recipient list of any program (column {@value #LIST_COLUMN}). A known
 * account is only ever shown masked.
 */
final class AidAccounts {

    /** The column of an imported recipient list (BNBA) that holds the recipient's bank account number. */
    static final String LIST_COLUMN = "rekening";

    private AidAccounts() {
    }

    /**
     * @param data the validated answers
     * @param subject the case's subject, the holder of an account asked before any NIK question
     */
    static Optional<Reason> check(FormDefinition form, Map<String, String> data, String subject, RecipientLists lists) {
        String holder = subject;
        for (FormField field : form.fields()) {
            if (field.type() == FieldType.NIK) {
                holder = data.get(field.name());
            }
            if (field.type() == FieldType.BANK_ACCOUNT && holder != null && data.get(field.name()) != null) {
                Map<String, String> known = known(holder, lists);
                if (!known.isEmpty() && !known.containsValue(digits(data.get(field.name())))) {
                    return Optional.of(differs(known));
                }
            }
        }
        return Optional.empty();
    }

    /** The holder's account in the newest list of each program that records one, by program code. */
    private static Map<String, String> known(String nik, RecipientLists lists) {
        Map<String, String> accounts = new LinkedHashMap<>();
        for (String program : lists.programsOf(nik)) {
            lists.find(program, nik).map(r -> digits(r.field(LIST_COLUMN))).filter(a -> !a.isEmpty())
                    .ifPresent(a -> accounts.put(program, a));
        }
        return accounts;
    }

    private static Reason differs(Map<String, String> known) {
        String masked = known.entrySet().stream().map(e -> e.getKey() + ": " + Masking.account(e.getValue()))
                .collect(Collectors.joining(", "));
        return Reason.of("aid-account", "Nomor rekening berbeda dengan rekening bantuan yang sudah ada (" + masked
                + "). Satu rekening dipakai untuk semua bantuan sosial: pakai rekening itu juga untuk bantuan ini.",
                "The account number differs from the existing aid account (" + masked + "). One account is used "
                        + "for every social aid programme: use that account for this aid too.");
    }

    private static String digits(String value) {
        return Digits.canonical(value).replaceAll("\\D", "");
    }
}
