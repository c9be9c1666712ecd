package id.anjungan.it.modules;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipFile;
import jdk.security.jarsigner.JarSigner;

/**
 * A module jar of the assembled kiosk as another bundle version, re-signed with the development key
 * ({@code distribution/keys/dev-signing.p12}), the way the host's {@code ModuleJars} test helper does it.
 */
final class ModuleUpdates {

    static final String DEV_ALIAS = "anjungan-dev";
    static final String DEV_PASSWORD = "anjungan-dev";

    private ModuleUpdates() {
    }

    static Path moduleJar(String artifact) {
        return Path.of(System.getProperty("kiosk.dist"), "modules", artifact + ".jar");
    }

    /** {@code distribution/keys/dev-signing.p12}; failsafe runs in the distribution folder and sets basedir. */
    static Path devKeystore() {
        return Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("keys/dev-signing.p12");
    }

    /** The jar with {@code Bundle-Version} rewritten, its old signature dropped and signed again. */
    static byte[] withVersion(Path jar, String version) throws IOException, GeneralSecurityException {
        Path unsigned = Files.createTempFile("module-it", ".jar");
        Path signed = Files.createTempFile("module-it-signed", ".jar");
        try {
            try (JarFile in = new JarFile(jar.toFile(), false)) {
                Manifest manifest = new Manifest(in.getManifest());
                manifest.getEntries().clear();
                manifest.getMainAttributes().putValue("Bundle-Version", version);
                try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(unsigned), manifest)) {
                    for (Enumeration<JarEntry> e = in.entries(); e.hasMoreElements(); ) {
                        JarEntry entry = e.nextElement();
                        String name = entry.getName();
                        boolean signature = name.startsWith("META-INF/") && (name.endsWith(".SF")
                                || name.endsWith(".EC") || name.endsWith(".RSA") || name.endsWith(".DSA"));
                        if (name.equals(JarFile.MANIFEST_NAME) || signature) {
                            continue;
                        }
                        out.putNextEntry(new JarEntry(name));
                        try (InputStream content = in.getInputStream(entry)) {
                            content.transferTo(out);
                        }
                    }
                }
            }
            KeyStore ks = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(devKeystore())) {
                ks.load(in, DEV_PASSWORD.toCharArray());
            }
            KeyStore.PrivateKeyEntry key = (KeyStore.PrivateKeyEntry) ks.getEntry(DEV_ALIAS,
                    new KeyStore.PasswordProtection(DEV_PASSWORD.toCharArray()));
            JarSigner signer = new JarSigner.Builder(key).digestAlgorithm("SHA-256").build();
            try (ZipFile in = new ZipFile(unsigned.toFile()); OutputStream out = Files.newOutputStream(signed)) {
                signer.sign(in, out);
            }
            return Files.readAllBytes(signed);
        } finally {
            Files.deleteIfExists(unsigned);
            Files.deleteIfExists(signed);
        }
    }
}
