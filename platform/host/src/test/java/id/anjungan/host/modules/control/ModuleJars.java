package id.anjungan.host.modules.control;

import id.anjungan.testkit.SignedJars;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
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

    public static Path unsigned() throws IOException {
        return SignedJars.unsigned(example(), m -> { });
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
        return SignedJars.sign(unsigned(), SignedJars.key(store, "other", "secret1"));
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
