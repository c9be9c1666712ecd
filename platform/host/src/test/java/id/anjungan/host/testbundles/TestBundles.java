package id.anjungan.host.testbundles;

import id.anjungan.testkit.SignedJars;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Packs a test program class into a signed bundle with a hand-written Declarative Services descriptor. */
public final class TestBundles {

    private TestBundles() {
    }

    public static Path bundle(Class<?> program, String code, String importPackage) throws Exception {
        return bundle(program, code, importPackage, "1.0.0");
    }

    public static Path bundle(Class<?> program, String code, String importPackage, String version) throws Exception {
        Path jar = Files.createTempFile(code, ".jar");
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", "test." + code.toLowerCase(java.util.Locale.ROOT));
        a.putValue("Bundle-Version", version);
        a.putValue("Import-Package", importPackage);
        a.putValue("Service-Component", "OSGI-INF/program.xml");
        a.putValue("Provide-Capability", "anjungan.program;anjungan.program=" + code);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), m)) {
            String name = program.getName().replace('.', '/') + ".class";
            out.putNextEntry(new JarEntry(name));
            try (InputStream in = program.getClassLoader().getResourceAsStream(name)) {
                in.transferTo(out);
            }
            out.putNextEntry(new JarEntry("OSGI-INF/program.xml"));
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\" name=\"" + code
                    + "\" immediate=\"true\">\n  <implementation class=\"" + program.getName() + "\"/>\n"
                    + "  <property name=\"anjungan.program.code\" type=\"String\" value=\"" + code + "\"/>\n"
                    + "  <service><provide interface=\"id.anjungan.spi.Program\"/></service>\n</scr:component>\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return sign(jar);
    }

    private static Path sign(Path jar) throws IOException, java.security.GeneralSecurityException {
        return SignedJars.sign(jar, SignedJars.key(Path.of(System.getProperty("signing.keystore")),
                SignedJars.DEV_ALIAS, SignedJars.DEV_PASSWORD));
    }
}
