package id.anjungan.host.security.control;

import id.anjungan.host.problem.Problem;
import id.anjungan.spi.Reason;
import id.anjungan.spi.Role;
import id.anjungan.spi.Text;
import java.util.Locale;

/**
 * What an admin sets on a staff account, checked: a null password or PIN keeps the one the account has. The area
 * is stored in its canonical spelling ({@link AreaNames}).
 */
public record AccountChange(String displayName, Role role, String password, String pin, String kecamatan,
                            String kelurahan) {

    static final int SHORTEST_PASSWORD = 8;

    /**
     * The change an admin asked for, or a 422 naming the first field at fault. On the city tier a TKSK or camat
     * must name a kecamatan: without one they would see no case ({@link StaffAreas}).
     */
    public static AccountChange checked(String displayName, String role, String password, String pin,
                                        String kecamatan, String kelurahan, boolean city) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty() || name.length() > 200) {
            throw invalid("displayName", "Nama tampilan wajib diisi (paling banyak 200 karakter).",
                    "A display name is required (at most 200 characters).");
        }
        Role chosen = role(role);
        if (password != null && (password.length() < SHORTEST_PASSWORD || password.length() > Accounts.LONGEST_SECRET)) {
            throw invalid("password", "Kata sandi paling sedikit " + SHORTEST_PASSWORD + " karakter.",
                    "A password has at least " + SHORTEST_PASSWORD + " characters.");
        }
        if (pin != null && (chosen != Role.PSM || !pin.matches("[0-9]{6}"))) {
            throw invalid("pin", "PIN hanya untuk PSM, berupa 6 angka.", "A PIN is for a PSM only, six digits.");
        }
        String kec = AreaNames.checked("kecamatan", kecamatan);
        String kel = AreaNames.checked("kelurahan", kelurahan);
        if (kec == null && city && StaffAreas.KECAMATAN_OFFICERS.contains(chosen)) {
            throw invalid("kecamatan", "Di server kota, akun TKSK dan camat wajib ditetapkan kecamatannya.",
                    "On the city tier a TKSK or camat account must have its kecamatan.");
        }
        return new AccountChange(name, chosen, password, pin, kec, kel);
    }

    private static Role role(String typed) {
        try {
            Role role = Role.valueOf(typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT));
            if (role != Role.RESIDENT) {
                return role;
            }
        } catch (IllegalArgumentException unknown) {
            // refused below
        }
        throw invalid("role", "Pilih peran: PSM, TKSK, KASI_KESOS, CAMAT, DINSOS atau ADMIN.",
                "Choose a role: PSM, TKSK, KASI_KESOS, CAMAT, DINSOS or ADMIN.");
    }

    public static Problem invalid(String field, String id, String en) {
        return Problem.of(422, new Reason("invalid-" + field, Text.of(id, en)));
    }
}
