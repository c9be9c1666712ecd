package id.anjungan.host.modules.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.invoke.MethodType;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The example module imports the SPI from the lowest release it runs on: every SPI method, constructor and class its
 * bytecode refers to exists in that release (and not all of them in the release before), and bnd's import floor is
 * that release's package version.
 */
class ExampleImportsTest {

    private static final Pattern REFERENCE = Pattern.compile(
            "= (Methodref|InterfaceMethodref|Class)\\s+\\S+\\s+// (?:\"?)(id/anjungan/spi/[\\w/$]+)(?:\"?)(?:\\.\"?([\\w<>$]+)\"?:(\\S+))?");

    @Test
    void theImportFloorIsTheLowestReleaseTheBytecodeResolvesAgainst() throws Exception {
        Path example = ModuleJars.example();
        Set<String> references = references(example);
        assertTrue(references.stream().anyMatch(r -> r.contains("ProgramDescriptor.builder")), references.toString());
        String lowest = null;
        for (String release : CompatibilityTableTest.released()) {
            List<String> missing = missing(references, CompatibilityTableTest.RELEASES.resolve(
                    release + "/anjungan-spi-" + release + ".jar"));
            if (missing.isEmpty()) {
                lowest = release;
                break;
            }
            assertFalse(missing.isEmpty());
        }
        assertTrue(lowest != null, "a release in repository/ has everything the example uses");
        String floor = CompatibilityTableTest.exports(CompatibilityTableTest.RELEASES.resolve(
                lowest + "/anjungan-spi-" + lowest + ".jar")).get("id.anjungan.spi");
        String[] v = floor.split("\\.");
        try (JarFile jar = new JarFile(example.toFile())) {
            String imports = jar.getManifest().getMainAttributes().getValue("Import-Package");
            assertEquals("id.anjungan.spi;version=\"[" + v[0] + "." + v[1] + "," + (Integer.parseInt(v[0]) + 1) + ")\"",
                    imports, "the example imports what release " + lowest + " exports, nothing narrower or wider");
        }
    }

    @Test
    void aReferenceMissingFromARelease() throws Exception {
        Path oldest = CompatibilityTableTest.RELEASES.resolve("1.2.0/anjungan-spi-1.2.0.jar");
        assertEquals(List.of("id/anjungan/spi/ProgramDescriptor.builder:(Ljava/lang/String;Lid/anjungan/spi/Text;)"
                        + "Lid/anjungan/spi/ProgramDescriptor$Builder;"),
                missing(Set.of("id/anjungan/spi/ProgramDescriptor.builder:(Ljava/lang/String;Lid/anjungan/spi/Text;)"
                        + "Lid/anjungan/spi/ProgramDescriptor$Builder;", "id/anjungan/spi/Text.of:(Ljava/lang/String;"
                        + "Ljava/lang/String;)Lid/anjungan/spi/Text;"), oldest));
    }

    /** {@code owner.name:descriptor} of every SPI method and constructor, and {@code owner} of every SPI class used. */
    private static Set<String> references(Path jar) throws Exception {
        Set<String> references = new LinkedHashSet<>();
        List<String> classes;
        try (JarFile file = new JarFile(jar.toFile())) {
            classes = file.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class")).toList();
        }
        for (String name : classes) {
            StringWriter out = new StringWriter();
            List<String> args = new ArrayList<>(List.of("-v", "-cp", jar.toString(),
                    name.substring(0, name.length() - ".class".length()).replace('/', '.')));
            int status = ToolProvider.findFirst("javap").orElseThrow().run(new PrintWriter(out), new PrintWriter(out),
                    args.toArray(String[]::new));
            assertEquals(0, status, out.toString());
            Matcher m = REFERENCE.matcher(out.toString());
            while (m.find()) {
                references.add(m.group(3) == null ? m.group(2) : m.group(2) + "." + m.group(3) + ":" + m.group(4));
            }
        }
        return references;
    }

    /** The references a release does not have. */
    private static List<String> missing(Set<String> references, Path release) throws Exception {
        List<String> missing = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {release.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            for (String reference : references) {
                if (!present(reference, loader)) {
                    missing.add(reference);
                }
            }
        }
        return missing;
    }

    private static boolean present(String reference, ClassLoader loader) {
        int dot = reference.indexOf('.');
        String owner = (dot < 0 ? reference : reference.substring(0, dot)).replace('/', '.');
        try {
            Class<?> type = Class.forName(owner, false, loader);
            if (dot < 0) {
                return true;
            }
            String name = reference.substring(dot + 1, reference.indexOf(':'));
            String descriptor = reference.substring(reference.indexOf(':') + 1);
            Stream<Executable> candidates = name.equals("\"<init>\"") || name.equals("<init>")
                    ? Stream.of(type.getDeclaredConstructors())
                    : Stream.concat(Stream.of(type.getMethods()), Stream.of(type.getDeclaredMethods()))
                            .filter(e -> e.getName().equals(name)).map(Executable.class::cast);
            return candidates.anyMatch(e -> descriptor(e).equals(descriptor));
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static String descriptor(Executable e) {
        Class<?> returned = e instanceof Method method ? method.getReturnType() : void.class;
        return MethodType.methodType(returned, e.getParameterTypes()).toMethodDescriptorString();
    }
}
