package id.anjungan.host.modules.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Enumeration;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipFile;
import jdk.security.jarsigner.JarSigner;

/** Variants of the example module jar: other versions, unsigned, wrongly signed, tampered. */
public final class ModuleJars {

    private ModuleJars() {
    }

    public static Path example() {
        return Path.of(System.getProperty("example.jar"));
    }

    public static Path example(String version) throws Exception {
        return sign(rewrite(example(), m -> m.getMainAttributes().putValue("Bundle-Version", version), null),
                devKey());
    }

    public static Path withSpiRange(String range) throws Exception {
        return sign(rewrite(example(), m -> m.getMainAttributes().putValue("Import-Package",
                "id.anjungan.spi;version=\"" + range + "\""), null), devKey());
    }

    public static Path unsigned() throws IOException {
        return rewrite(example(), m -> { }, null);
    }

    public static Path wrongKey() throws Exception {
        Path store = Files.createTempDirectory("wrong-key").resolve("wrong.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "other", "-keyalg", "EC", "-dname", "CN=Someone else", "-keystore",
                store.toString(), "-storetype", "PKCS12", "-storepass", "secret1", "-keypass", "secret1")
                .redirectErrorStream(true).start();
        keytool.getInputStream().readAllBytes();
        if (keytool.waitFor() != 0) {
            throw new IllegalStateException("keytool failed");
        }
        return sign(unsigned(), key(store, "other", "secret1"));
    }

    /** The signed jar with one resource changed after signing. */
    public static Path tampered() throws IOException {
        return rewrite(example(), null, "ui/icon.svg");
    }

    public static Path plainJar() throws IOException {
        Path jar = Files.createTempFile("plain", ".jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new JarEntry("hello.txt"));
            out.write("hello".getBytes());
        }
        return jar;
    }

    /**
     * Copies a jar. With a manifest editor, the copy is unsigned (signature files and digests dropped) and edited;
     * without one, it stays signed and the entry {@code tamper} gets other content.
     */
    private static Path rewrite(Path source, java.util.function.Consumer<Manifest> edit, String tamper)
            throws IOException {
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
                    if (name.equals(JarFile.MANIFEST_NAME) || edit != null && name.startsWith("META-INF/")
                            && (name.endsWith(".SF") || name.endsWith(".EC") || name.endsWith(".RSA"))) {
                        continue;
                    }
                    out.putNextEntry(new JarEntry(name));
                    try (InputStream content = in.getInputStream(entry)) {
                        if (name.equals(tamper)) {
                            out.write("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes());
                        } else {
                            content.transferTo(out);
                        }
                    }
                }
            }
        }
        return target;
    }

    private static KeyStore.PrivateKeyEntry devKey() throws Exception {
        return key(Path.of(System.getProperty("signing.keystore")), "anjungan-dev", "anjungan-dev");
    }

    private static KeyStore.PrivateKeyEntry key(Path store, String alias, String password) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            ks.load(in, password.toCharArray());
        }
        return (KeyStore.PrivateKeyEntry) ks.getEntry(alias, new KeyStore.PasswordProtection(password.toCharArray()));
    }

    private static Path sign(Path unsigned, KeyStore.PrivateKeyEntry key) throws IOException, GeneralSecurityException {
        Path signed = Files.createTempFile("signed", ".jar");
        JarSigner signer = new JarSigner.Builder(key).digestAlgorithm("SHA-256").build();
        try (ZipFile in = new ZipFile(unsigned.toFile()); OutputStream out = Files.newOutputStream(signed)) {
            signer.sign(in, out);
        }
        return signed;
    }
}
