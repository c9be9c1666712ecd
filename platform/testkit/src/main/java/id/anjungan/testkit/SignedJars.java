package id.anjungan.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Enumeration;
import java.util.function.Consumer;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipFile;
import jdk.security.jarsigner.JarSigner;

/** Copies of a signed module jar for lifecycle tests and benchmarks: another version, re-signed, or tampered with. */
public final class SignedJars {

    /** The development key that signs the project's own modules. */
    public static final String DEV_ALIAS = "anjungan-dev";
    public static final String DEV_PASSWORD = "anjungan-dev";

    private SignedJars() {
    }

    /** The jar as another bundle version, signed with the key in {@code keystore}. */
    public static Path withVersion(Path jar, String version, Path keystore) throws IOException, GeneralSecurityException {
        return sign(unsigned(jar, m -> m.getMainAttributes().putValue("Bundle-Version", version)),
                key(keystore, DEV_ALIAS, DEV_PASSWORD));
    }

    /** An unsigned copy with its manifest edited: signature files and per-entry digests are dropped. */
    public static Path unsigned(Path jar, Consumer<Manifest> edit) throws IOException {
        return copy(jar, edit, null);
    }

    /** A copy that keeps the signature but gives {@code entry} other content, as an attacker would. */
    public static Path tampered(Path jar, String entry) throws IOException {
        return copy(jar, null, entry);
    }

    public static KeyStore.PrivateKeyEntry key(Path keystore, String alias, String password)
            throws IOException, GeneralSecurityException {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            ks.load(in, password.toCharArray());
        }
        return (KeyStore.PrivateKeyEntry) ks.getEntry(alias, new KeyStore.PasswordProtection(password.toCharArray()));
    }

    public static Path sign(Path unsigned, KeyStore.PrivateKeyEntry key) throws IOException, GeneralSecurityException {
        Path signed = Files.createTempFile("signed", ".jar");
        JarSigner signer = new JarSigner.Builder(key).digestAlgorithm("SHA-256").build();
        try (ZipFile in = new ZipFile(unsigned.toFile()); OutputStream out = Files.newOutputStream(signed)) {
            signer.sign(in, out);
        }
        return signed;
    }

    private static Path copy(Path source, Consumer<Manifest> edit, String tamper) throws IOException {
        Path target = Files.createTempFile("module", ".jar");
        try (JarFile in = new JarFile(source.toFile(), false)) {
            Manifest manifest = new Manifest(in.getManifest());
            if (edit != null) {
                manifest.getEntries().clear();
                edit.accept(manifest);
            }
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(target), manifest)) {
                for (Enumeration<JarEntry> e = in.entries(); e.hasMoreElements(); ) {
                    JarEntry entry = e.nextElement();
                    String name = entry.getName();
                    boolean signature = name.startsWith("META-INF/") && (name.endsWith(".SF") || name.endsWith(".EC")
                            || name.endsWith(".RSA") || name.endsWith(".DSA"));
                    if (name.equals(JarFile.MANIFEST_NAME) || edit != null && signature) {
                        continue;
                    }
                    out.putNextEntry(new JarEntry(name));
                    try (InputStream content = in.getInputStream(entry)) {
                        if (name.equals(tamper)) {
                            out.write("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"
                                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        } else {
                            content.transferTo(out);
                        }
                    }
                }
            }
        }
        return target;
    }
}
