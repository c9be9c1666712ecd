package id.anjungan.testkit.host;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/** The signature check a kiosk makes before it installs a module: every entry signed by a trusted certificate. */
final class TrustedJars {

    private TrustedJars() {
    }

    static void verify(Path jar, Set<Certificate> trusted) throws IOException {
        try (JarFile file = new JarFile(jar.toFile(), true)) {
            if (file.getManifest() == null) {
                throw new SecurityException(jar + " has no manifest");
            }
            for (JarEntry entry : Collections.list(file.entries())) {
                if (entry.isDirectory() || isSignature(entry.getName())) {
                    continue;
                }
                try (InputStream in = file.getInputStream(entry)) {
                    in.transferTo(java.io.OutputStream.nullOutputStream()); // a tampered entry throws here
                }
                if (!signedByTrusted(entry.getCodeSigners(), trusted)) {
                    throw new SecurityException(entry.getName() + " in " + jar.getFileName()
                            + " is not signed by a trusted certificate");
                }
            }
        }
    }

    static Set<Certificate> certificates(Path keystore, String password) throws IOException {
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password.toCharArray());
            Set<Certificate> certs = new HashSet<>();
            for (String alias : Collections.list(ks.aliases())) {
                certs.add(ks.getCertificate(alias));
            }
            return certs;
        } catch (GeneralSecurityException e) {
            throw new IOException("keystore " + keystore + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static boolean isSignature(String name) {
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        return upper.startsWith("META-INF/") && (upper.equals(JarFile.MANIFEST_NAME) || upper.endsWith(".SF")
                || upper.endsWith(".EC") || upper.endsWith(".RSA") || upper.endsWith(".DSA"));
    }

    private static boolean signedByTrusted(CodeSigner[] signers, Set<Certificate> trusted) {
        if (signers == null) {
            return false;
        }
        for (CodeSigner signer : signers) {
            if (trusted.contains(signer.getSignerCertPath().getCertificates().get(0))) {
                return true;
            }
        }
        return false;
    }
}
