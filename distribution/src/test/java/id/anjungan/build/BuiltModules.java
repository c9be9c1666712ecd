package id.anjungan.build;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The program module bundles of this build, found on the test class path where the reactor puts them: each module's
 * jar after {@code package}, its classes folder (with the manifest bnd wrote) before.
 */
final class BuiltModules {

    static final Path SOURCES = Path.of("..", "modules");

    private BuiltModules() {
    }

    /** Module folder → its built bundle (a jar or a folder). */
    static Map<String, Path> all() {
        Map<String, Path> modules = new TreeMap<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry).toAbsolutePath().normalize();
            Path target = path.getParent();
            if (target != null && target.getFileName().toString().equals("target")
                    && target.getParent().getParent().getFileName().toString().equals("modules")) {
                modules.put(target.getParent().getFileName().toString(), path);
            }
        }
        return modules;
    }

    /** The module folders in the source tree. */
    static Set<String> sourceFolders() throws IOException {
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            return dirs.filter(d -> Files.exists(d.resolve("pom.xml"))).map(d -> d.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    static Manifest manifest(Path bundle) {
        return read(bundle, "META-INF/MANIFEST.MF", in -> new Manifest(in));
    }

    static String text(Path bundle, String entry) {
        return read(bundle, entry, in -> new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    }

    private interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T read(Path bundle, String entry, Reader<T> reader) {
        try {
            if (Files.isDirectory(bundle)) {
                try (InputStream in = Files.newInputStream(bundle.resolve(entry))) {
                    return reader.read(in);
                }
            }
            try (FileSystem jar = FileSystems.newFileSystem(bundle);
                 InputStream in = Files.newInputStream(jar.getPath(entry))) {
                return reader.read(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(bundle + "!" + entry, e);
        }
    }
}
