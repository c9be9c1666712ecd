package id.anjungan.host.modules.control;

import java.security.cert.Certificate;
import java.util.Set;

/**
 * The development key signs the project's own modules and lies in the public repository: a kiosk that trusts it
 * installs whatever anyone signs with it. Only the demo, or an operator who says so, may run with it.
 */
public final class DevelopmentKey {

    /** SHA-256 of the development certificate ({@code distribution/keys/trusted-modules.p12}). */
    static final String FINGERPRINT = "77d1e7aef4dbc7fcec6c87acecb42fe2d448534e447008eff189ab2e98498539";

    private DevelopmentKey() {
    }

    public static boolean trustedBy(Set<Certificate> trusted) {
        return trusted.stream().anyMatch(c -> FINGERPRINT.equals(JarInspector.fingerprint(c)));
    }

    /**
     * Refuses a trust store holding the development key unless this is the demo or {@code explicitlyAllowed}.
     *
     * @throws IllegalStateException saying what to do instead
     */
    public static void refuseOutsideDemo(Set<Certificate> trusted, boolean demo, boolean explicitlyAllowed) {
        if (!demo && !explicitlyAllowed && trustedBy(trusted)) {
            throw new IllegalStateException("The module trust store holds the public development key, so anyone could "
                    + "sign a module this kiosk installs. Set ANJUNGAN_TRUST_KEYSTORE to the city's own trust store "
                    + "(README: \"Signing modules\"), start with --demo for a demonstration, or set "
                    + "ANJUNGAN_TRUST_DEVELOPMENT_KEY=true to run with it anyway.");
        }
    }
}
