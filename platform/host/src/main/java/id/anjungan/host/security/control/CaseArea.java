package id.anjungan.host.security.control;

import id.anjungan.host.problem.Problem;

/**
 * The cases a caller may see: every case, or those of one kecamatan, or none (a kecamatan officer on the city tier
 * whose account has no kecamatan yet).
 *
 * @param everything whether no kecamatan limits the caller
 * @param kecamatan the kecamatan of the cases the caller may see, when limited; {@code null} with {@code everything}
 *                  false: none
 */
public record CaseArea(boolean everything, String kecamatan) {

    public static final CaseArea EVERYTHING = new CaseArea(true, null);
    public static final CaseArea NOTHING = new CaseArea(false, null);

    public static CaseArea of(String kecamatan) {
        return new CaseArea(false, kecamatan);
    }

    /** Whether the caller may see a case of {@code caseKecamatan}. */
    public boolean covers(String caseKecamatan) {
        return everything || AreaNames.same(kecamatan, caseKecamatan);
    }

    /**
     * The kecamatan a list is narrowed to: the requested one (or none) for a caller who sees everything, the caller's
     * own otherwise. Another kecamatan asked for is refused, not answered with an empty list, so that the officer
     * knows why; kecamatan names are public, so the refusal tells nothing about any case.
     */
    public String narrow(String requested) {
        if (everything) {
            return requested;
        }
        if (kecamatan == null) {
            throw unassigned();
        }
        if (AreaNames.canonical(requested).isPresent() && !AreaNames.same(kecamatan, requested)) {
            throw Problem.of(403, "outside-area", "Di luar wilayah Anda", "Outside your area",
                    "Akun Anda hanya dapat melihat kasus Kecamatan " + kecamatan + ".",
                    "Your account can only see cases of Kecamatan " + kecamatan + ".");
        }
        return kecamatan;
    }

    /** Refuses every list to a kecamatan officer the admin has not yet given a kecamatan. */
    private static Problem unassigned() {
        return Problem.of(403, "no-area", "Kecamatan belum ditetapkan", "No kecamatan assigned",
                "Akun ini belum ditetapkan kecamatannya, sehingga belum dapat melihat kasus. Minta admin menetapkan "
                        + "kecamatan akun Anda.",
                "This account has no kecamatan yet, so it cannot see cases. Ask the admin to set your account's "
                        + "kecamatan.");
    }
}
