package id.anjungan.module.kjs.internal;

/** Masks bank account numbers for screens and printed packs: only the last four digits stay. */
final class Accounts {

    private Accounts() {
    }

    static String mask(String account) {
        if (account == null || account.isBlank()) {
            return "";
        }
        String digits = account.replaceAll("\\D", "");
        int keep = Math.min(4, digits.length() / 2);
        return "•".repeat(digits.length() - keep) + digits.substring(digits.length() - keep);
    }
}
