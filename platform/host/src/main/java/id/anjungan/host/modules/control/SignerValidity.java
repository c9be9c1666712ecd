package id.anjungan.host.modules.control;

import java.security.CodeSigner;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.Timestamp;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Whether a signing certificate was valid when the module was signed. A signature stamped by a time-stamping
 * authority the kiosk trusts is judged at its stamp, so it stays good after the certificate expires; an unstamped
 * one can only be judged now, since whoever holds an expired key could still sign with it today.
 */
final class SignerValidity {

    /** Extended key usage id-kp-timeStamping. */
    private static final String TIME_STAMPING = "1.3.6.1.5.5.7.3.8";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private SignerValidity() {
    }

    /**
     * @param chain the signer's certificates, its own first, up to and including {@code trustedAt}
     * @param trusted the module trust store
     * @param authorities roots a time-stamping authority must chain to for its stamp to count
     * @throws id.anjungan.host.problem.Problem {@code expired-signer} or {@code signer-not-yet-valid}
     */
    static void check(CodeSigner signer, List<? extends Certificate> chain, Set<Certificate> trusted,
                      Set<X509Certificate> authorities, Instant now) {
        Optional<Instant> stamped = trustedStamp(signer.getTimestamp(), authorities);
        Instant moment = stamped.orElse(now);
        for (Certificate certificate : chain) {
            if (!(certificate instanceof X509Certificate x509)) {
                continue;
            }
            String name = JarInspector.subject(x509);
            if (moment.isAfter(x509.getNotAfter().toInstant())) {
                String until = DAY.format(x509.getNotAfter().toInstant());
                throw JarInspector.refused("expired-signer", "Sertifikat penanda tangan modul (" + name
                        + ") berlaku sampai " + until + " dan tanda tangannya tidak diberi cap waktu tepercaya. "
                        + "Minta pembuat modul menandatanganinya lagi dengan kunci yang masih berlaku.",
                        "The module's signing certificate (" + name + ") was valid until " + until
                                + " and the signature carries no trusted timestamp. Ask the module's author to sign "
                                + "it again with a key that is still valid.");
            }
            if (moment.isBefore(x509.getNotBefore().toInstant())) {
                String from = DAY.format(x509.getNotBefore().toInstant());
                throw JarInspector.refused("signer-not-yet-valid", "Sertifikat penanda tangan modul (" + name
                        + ") baru berlaku mulai " + from + ". Periksa jam anjungan ini.",
                        "The module's signing certificate (" + name + ") is valid only from " + from
                                + ". Check this kiosk's clock.");
            }
            if (trusted.contains(certificate)) {
                return; // certificates above the trusted one are not what the kiosk relies on
            }
        }
    }

    /**
     * The stamp's time, if a time-stamping authority certified by one of {@code authorities} made it. These are the
     * Java runtime's public roots, not the module trust store: a root put there would let every code-signing
     * certificate it issued sign modules.
     */
    private static Optional<Instant> trustedStamp(Timestamp timestamp, Set<X509Certificate> authorities) {
        if (timestamp == null || timestamp.getSignerCertPath().getCertificates().isEmpty()
                || !(timestamp.getSignerCertPath().getCertificates().get(0) instanceof X509Certificate tsa)) {
            return Optional.empty();
        }
        try {
            if (tsa.getExtendedKeyUsage() == null || !tsa.getExtendedKeyUsage().contains(TIME_STAMPING)) {
                return Optional.empty();
            }
            PKIXParameters parameters = new PKIXParameters(authorities.stream().map(a -> new TrustAnchor(a, null))
                    .collect(Collectors.toSet()));
            parameters.setRevocationEnabled(false); // a kiosk may be offline; expiry and the chain are what it can check
            parameters.setDate(timestamp.getTimestamp());
            CertPathValidator.getInstance("PKIX").validate(timestamp.getSignerCertPath(), parameters);
            return Optional.of(timestamp.getTimestamp().toInstant());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The Java runtime's trusted roots ({@code cacerts}), which public time-stamping authorities chain to. */
    static Set<X509Certificate> publicAuthorities() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((java.security.KeyStore) null);
            return java.util.Arrays.stream(factory.getTrustManagers()).filter(X509TrustManager.class::isInstance)
                    .flatMap(m -> java.util.Arrays.stream(((X509TrustManager) m).getAcceptedIssuers()))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (GeneralSecurityException e) {
            return Set.of();
        }
    }
}
