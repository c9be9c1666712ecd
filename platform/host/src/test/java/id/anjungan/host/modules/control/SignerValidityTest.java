package id.anjungan.host.modules.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.problem.Problem;
import id.anjungan.testkit.SignedJars;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.KeyStore;
import java.security.Timestamp;
import java.security.cert.CertPath;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the kiosk does with a signing certificate that expired, or is not valid yet, with and without a timestamp. */
class SignerValidityTest {

    @TempDir
    Path keys;

    @Test
    void refusesAJarSignedWithAnExpiredKeyAndNamesTheDayItEnded() throws Exception {
        KeyStore.PrivateKeyEntry expired = key("expired", "-60d", 30);
        Problem refused = assertThrows(Problem.class, () -> inspector(expired).inspect(signed(expired)));
        assertEquals("expired-signer", refused.code());
        assertEquals(422, refused.status());
        String until = ((X509Certificate) expired.getCertificate()).getNotAfter().toInstant().atZone(ZoneOffset.UTC)
                .toLocalDate().toString();
        assertTrue(refused.detail().id().contains("berlaku sampai " + until), refused.detail().id());
        assertTrue(refused.detail().en().contains("valid until " + until), refused.detail().en());
    }

    @Test
    void refusesAKeyNotValidYet() throws Exception {
        KeyStore.PrivateKeyEntry future = key("future", "+10d", 30);
        Problem refused = assertThrows(Problem.class, () -> inspector(future).inspect(signed(future)));
        assertEquals("signer-not-yet-valid", refused.code());
        assertTrue(refused.detail().en().contains("Check this kiosk's clock"), refused.detail().en());
    }

    @Test
    void theSameJarWasGoodWhileTheKeyWasValidAndIsStillGoodAsAKeptJar() throws Exception {
        KeyStore.PrivateKeyEntry expired = key("expired", "-60d", 30);
        Path jar = signed(expired);
        X509Certificate certificate = (X509Certificate) expired.getCertificate();
        Clock whileValid = Clock.fixed(certificate.getNotAfter().toInstant().minus(1, ChronoUnit.DAYS), ZoneOffset.UTC);
        JarInspector then = new JarInspector(Set.of(certificate), Set.of(), whileValid);
        assertEquals("RUJUKAN", then.inspect(jar).code());
        assertEquals("RUJUKAN", inspector(expired).inspectKept(jar).code(), "a rollback to a jar installed in time");
    }

    @Test
    void aTrustedTimestampWithinTheValidityKeepsTheSignatureGoodAfterExpiry() throws Exception {
        X509Certificate signer = (X509Certificate) key("expired", "-60d", 30).getCertificate();
        X509Certificate authority = (X509Certificate) key("tsa", "-400d", 3650, "EKU=timeStamping").getCertificate();
        Instant inTime = signer.getNotAfter().toInstant().minus(1, ChronoUnit.DAYS);
        SignerValidity.check(stamped(signer, authority, inTime), List.of(signer), Set.of(signer), Set.of(authority),
                Instant.now());

        Problem late = assertThrows(Problem.class, () -> SignerValidity.check(stamped(signer, authority,
                signer.getNotAfter().toInstant().plus(1, ChronoUnit.DAYS)), List.of(signer), Set.of(signer),
                Set.of(authority), Instant.now()));
        assertEquals("expired-signer", late.code(), "stamped after the certificate ended");
    }

    @Test
    void aTimestampFromAnAuthorityTheKioskDoesNotKnowCountsForNothing() throws Exception {
        X509Certificate signer = (X509Certificate) key("expired", "-60d", 30).getCertificate();
        X509Certificate stranger = (X509Certificate) key("tsa", "-400d", 3650, "EKU=timeStamping").getCertificate();
        X509Certificate notATsa = (X509Certificate) key("plain", "-400d", 3650).getCertificate();
        Instant inTime = signer.getNotAfter().toInstant().minus(1, ChronoUnit.DAYS);
        assertEquals("expired-signer", assertThrows(Problem.class, () -> SignerValidity.check(
                stamped(signer, stranger, inTime), List.of(signer), Set.of(signer), SignerValidity.publicAuthorities(),
                Instant.now())).code());
        assertEquals("expired-signer", assertThrows(Problem.class, () -> SignerValidity.check(
                stamped(signer, notATsa, inTime), List.of(signer), Set.of(signer), Set.of(notATsa),
                Instant.now())).code(), "a certificate not made for time-stamping");
    }

    private static CodeSigner stamped(X509Certificate signer, X509Certificate authority, Instant at) throws Exception {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        CertPath signerPath = factory.generateCertPath(List.of(signer));
        return new CodeSigner(signerPath, new Timestamp(Date.from(at), factory.generateCertPath(List.of(authority))));
    }

    private static JarInspector inspector(KeyStore.PrivateKeyEntry key) {
        return new JarInspector(Set.of(key.getCertificate()), Set.of(), Clock.systemUTC());
    }

    private static Path signed(KeyStore.PrivateKeyEntry key) throws Exception {
        return SignedJars.sign(ModuleJars.unsigned(), key);
    }

    /** A key whose certificate starts {@code start} from now (keytool's -startdate) and lasts {@code days}. */
    private KeyStore.PrivateKeyEntry key(String alias, String start, int days, String... extension) throws Exception {
        Path store = keys.resolve(alias + ".p12");
        Files.deleteIfExists(store);
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair", "-alias", alias,
                "-keyalg", "EC", "-dname", "CN=" + alias + ", O=Test", "-startdate", start, "-validity",
                Integer.toString(days), "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", "secret1",
                "-keypass", "secret1"));
        for (String e : extension) {
            command.addAll(List.of("-ext", e));
        }
        Process keytool = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertEquals(0, keytool.waitFor(), output);
        return SignedJars.key(store, alias, "secret1");
    }
}
