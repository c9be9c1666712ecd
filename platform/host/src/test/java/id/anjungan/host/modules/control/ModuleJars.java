package id.anjungan.host.modules.control;

import id.anjungan.testkit.SignedJars;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Variants of the example module jar: other versions, unsigned, wrongly signed, tampered. */
public final class ModuleJars {

    private ModuleJars() {
    }

    public static Path example() {
        return Path.of(System.getProperty("example.jar"));
    }

    private static Path keystore() {
        return Path.of(System.getProperty("signing.keystore"));
    }

    public static Path example(String version) throws Exception {
        return SignedJars.withVersion(example(), version, keystore());
    }

    public static Path withSpiRange(String range) throws Exception {
        return SignedJars.sign(SignedJars.unsigned(example(), m -> m.getMainAttributes().putValue("Import-Package",
                "id.anjungan.spi;version=\"" + range + "\"")), SignedJars.key(keystore(), SignedJars.DEV_ALIAS,
                SignedJars.DEV_PASSWORD));
    }

    /** The example module with a manifest that does not say which program it provides. */
    public static Path withoutProgramHeader() throws Exception {
        return SignedJars.sign(SignedJars.unsigned(example(), m -> m.getMainAttributes().putValue("Provide-Capability",
                "osgi.service;objectClass:List<String>=\"id.anjungan.spi.Program\"")), SignedJars.key(keystore(),
                SignedJars.DEV_ALIAS, SignedJars.DEV_PASSWORD));
    }

    public static Path unsigned() throws IOException {
        return SignedJars.unsigned(example(), m -> { });
    }

    public static Path wrongKey() throws Exception {
        return SignedJars.sign(unsigned(), SignedJars.key(newKey("CN=Someone else"), "other", "secret1"));
    }

    private static Path secondKey;

    /** Another key, e.g. the city's own, that a test trusts beside the development key. */
    public static synchronized Path secondKey() throws Exception {
        if (secondKey == null) {
            secondKey = newKey("CN=Dinas Sosial Kota Semarang, O=Pemerintah Kota Semarang, C=ID");
        }
        return secondKey;
    }

    public static java.security.cert.Certificate secondCertificate() throws Exception {
        return SignedJars.key(secondKey(), "other", "secret1").getCertificate();
    }

    /** The example module as {@code version}, signed with {@link #secondKey()}. */
    public static Path signedWithSecondKey(String version) throws Exception {
        return SignedJars.sign(SignedJars.unsigned(example(), m -> m.getMainAttributes().putValue("Bundle-Version",
                version)), SignedJars.key(secondKey(), "other", "secret1"));
    }

    /** The signed example jar with {@code name} added after signing. */
    public static Path withEntryAdded(String name) throws IOException {
        Path jar = Files.createTempFile("added", ".jar");
        try (JarFile in = new JarFile(example().toFile(), false);
             JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (JarEntry entry : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new JarEntry(entry.getName()));
                try (InputStream content = in.getInputStream(entry)) {
                    content.transferTo(out);
                }
            }
            out.putNextEntry(new JarEntry(name));
            out.write("added after signing".getBytes());
        }
        return jar;
    }

    private static Path newKey(String dname) throws Exception {
        Path store = Files.createTempDirectory("key").resolve("key.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "other", "-keyalg", "EC", "-dname", dname, "-keystore",
                store.toString(), "-storetype", "PKCS12", "-storepass", "secret1", "-keypass", "secret1")
                .redirectErrorStream(true).start();
        keytool.getInputStream().readAllBytes();
        if (keytool.waitFor() != 0) {
            throw new IllegalStateException("keytool failed");
        }
        return store;
    }

    /** The signed jar with one resource changed after signing. */
    public static Path tampered() throws IOException {
        return SignedJars.tampered(example(), "ui/icon.svg");
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
}
