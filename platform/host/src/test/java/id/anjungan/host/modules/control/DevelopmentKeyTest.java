package id.anjungan.host.modules.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.runtime.control.KioskRuntime;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DevelopmentKeyTest {

    @Test
    void aTrustStoreWithTheDevelopmentKeyRunsOnlyTheDemoOrWhenToldExplicitly() throws Exception {
        Set<Certificate> development = JarInspectorTest.trusted(); // the development key and a city's
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> DevelopmentKey.refuseOutsideDemo(development, false, false));
        assertTrue(refused.getMessage().contains("ANJUNGAN_TRUST_KEYSTORE")
                && refused.getMessage().contains("ANJUNGAN_TRUST_DEVELOPMENT_KEY=true"), refused.getMessage());
        assertDoesNotThrow(() -> DevelopmentKey.refuseOutsideDemo(development, true, false));
        assertDoesNotThrow(() -> DevelopmentKey.refuseOutsideDemo(development, false, true));
    }

    @Test
    void recognisesTheShippedDevelopmentCertificateByItsFingerprint() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("trusted.keystore")))) {
            assertTrue(DevelopmentKey.trustedBy(KioskRuntime.certificates(in, "anjungan".toCharArray())));
        }
        Set<Certificate> city = Set.of(ModuleJars.secondCertificate());
        assertFalse(DevelopmentKey.trustedBy(city));
        assertDoesNotThrow(() -> DevelopmentKey.refuseOutsideDemo(city, false, false));
    }
}
