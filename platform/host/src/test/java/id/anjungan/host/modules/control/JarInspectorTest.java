package id.anjungan.host.modules.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.problem.Problem;
import id.anjungan.host.runtime.control.KioskRuntime;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JarInspectorTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "id.anjungan.spi;version=\"[1.0,2)\",id.anjungan.spi.platform;version=\"[1.0,2)\"",
            "id.anjungan.spi;version=\"[1.1,2)\",id.anjungan.spi.platform;version=\"[1.0,2)\",org.osgi.framework",
            "id.anjungan.spi;version=\"[1.2,2)\",id.anjungan.spi.platform;version=\"[1.0,2)\"",
            "id.anjungan.spi;version=\"[1.3,2)\",id.anjungan.spi.platform;version=\"[1.0,2)\"",
            "id.anjungan.spi;version=\"[1.3,2)\"",
            "id.anjungan.spi;version=\"[1.3,2)\",id.anjungan.spi.platform;version=\"[1.1,2)\"",
            "id.anjungan.spi"})
    void acceptsRangesThePlatformsPackagesSatisfy(String importPackage) {
        JarInspector.checkSpiRange(importPackage);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "id.anjungan.spi;version=\"[2.0,3)\"",
            "id.anjungan.spi;version=\"[1.4,2)\"",
            "id.anjungan.spi.platform;version=\"[1.2,2)\"",
            "id.anjungan.spi.other;version=\"[1.0,2)\""})
    void refusesRangesItDoesNot(String importPackage) {
        assertEquals("spi-version", assertThrows(Problem.class, () -> JarInspector.checkSpiRange(importPackage)).code());
    }

    @Test
    void saysWhichVersionsTheModuleNeedsAndWhichThePlatformProvides() {
        Problem refused = assertThrows(Problem.class,
                () -> JarInspector.checkSpiRange("id.anjungan.spi;version=\"[1.4,2)\",id.anjungan.spi.platform"));
        assertTrue(refused.detail().en().startsWith("The module needs id.anjungan.spi version >= 1.4.0, < 2.0.0, "
                + "this platform provides 1."), refused.detail().en());
        assertTrue(assertThrows(Problem.class, () -> JarInspector.checkSpiRange("id.anjungan.spi.other"))
                .detail().en().endsWith("version any, this platform provides none."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"org.osgi.framework", "org.osgi.framework;version=\"[1.9,2)\",java.util"})
    void refusesAModuleThatDoesNotImportTheSpi(String importPackage) {
        assertEquals("no-spi", assertThrows(Problem.class, () -> JarInspector.checkSpiRange(importPackage)).code());
    }

    @Test
    void readsTheProgramFromTheHeaderBndGeneratedElseFromTheComponent() throws Exception {
        assertEquals("RUJUKAN", new JarInspector(trusted()).inspect(ModuleJars.example()).code());
        assertEquals("RUJUKAN", new JarInspector(trusted()).inspect(ModuleJars.withoutProgramHeader()).code(),
                "a module built before the header: the program its component declares");
    }

    @Test
    void namesTheTrustedCertificateThatSignedTheModule() throws Exception {
        JarInspector inspector = new JarInspector(trusted());
        ModuleJar dev = inspector.inspect(ModuleJars.example());
        ModuleJar city = inspector.inspect(ModuleJars.signedWithSecondKey("1.0.1"));
        assertEquals(JarInspector.fingerprint(ModuleJars.secondCertificate()), city.signer());
        assertNotEquals(dev.signer(), city.signer());
        assertTrue(dev.signerName().contains("Anjungan development"), dev.signerName());
        assertEquals(64, dev.signer().length());
    }

    @Test
    void refusesAnEntryAddedAfterSigning() throws Exception {
        Problem refused = assertThrows(Problem.class,
                () -> new JarInspector(trusted()).inspect(ModuleJars.withEntryAdded("id/anjungan/Extra.class")));
        assertEquals("unsigned-entry", refused.code());
        assertTrue(refused.detail().en().contains("id/anjungan/Extra.class"), refused.detail().en());
    }

    @Test
    void refusesAStraySignatureBlock() throws Exception {
        Problem refused = assertThrows(Problem.class,
                () -> new JarInspector(trusted()).inspect(ModuleJars.withEntryAdded("META-INF/X.RSA")));
        assertEquals("stray-signature", refused.code());
        assertTrue(refused.detail().en().contains("META-INF/X.RSA"), refused.detail().en());
    }

    @Test
    void refusesAJarThatHoldsANameTwice() throws Exception {
        // the added entry gets the name of a signed one, byte for byte in both zip headers
        Path jar = ModuleJars.withEntryAdded("ui/icon.svX");
        byte[] bytes = Files.readAllBytes(jar);
        byte[] from = "ui/icon.svX".getBytes();
        byte[] to = "ui/icon.svg".getBytes();
        int replaced = 0;
        for (int i = 0; i + from.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + from.length, from, 0, from.length)) {
                System.arraycopy(to, 0, bytes, i, to.length);
                replaced++;
            }
        }
        assertEquals(2, replaced);
        Files.write(jar, bytes);
        Problem refused = assertThrows(Problem.class, () -> new JarInspector(trusted()).inspect(jar));
        assertEquals("duplicate-entry", refused.code());
    }

    @Test
    void saysAnUnsignedJarIsUnsigned() throws Exception {
        Problem refused = assertThrows(Problem.class, () -> new JarInspector(trusted()).inspect(ModuleJars.unsigned()));
        assertEquals("unsigned", refused.code());
        assertEquals("The module is not signed.", refused.detail().en());
    }

    static Set<Certificate> trusted() throws Exception {
        Set<Certificate> trusted = new HashSet<>();
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("trusted.keystore")))) {
            trusted.addAll(KioskRuntime.certificates(in, "anjungan".toCharArray()));
        }
        trusted.add(ModuleJars.secondCertificate());
        return trusted;
    }
}
