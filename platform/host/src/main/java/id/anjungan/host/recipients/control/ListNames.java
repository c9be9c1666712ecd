package id.anjungan.host.recipients.control;

import id.anjungan.host.problem.Problem;

/** What program codes and period names an imported list may carry. */
final class ListNames {

    private ListNames() {
    }

    static void check(String program, String period) {
        if (program == null || !program.matches("[A-Z][A-Z0-9]{1,15}")) {
            throw Problem.of(422, "invalid-program", "Program tidak valid", "Invalid program",
                    "Kode program harus 2–16 huruf besar atau angka, misalnya BPNT.",
                    "The program code must be 2–16 upper-case letters or digits, e.g. BPNT.");
        }
        // a leading '~' is reserved for lists being staged
        if (period == null || !period.matches("[0-9A-Za-z][0-9A-Za-z._-]{0,19}")) {
            throw Problem.of(422, "invalid-period", "Periode tidak valid", "Invalid period",
                    "Periode harus 1–20 huruf atau angka, misalnya 2026-11 atau 2026-Q4.",
                    "The period must be 1–20 letters or digits, e.g. 2026-11 or 2026-Q4.");
        }
    }
}
