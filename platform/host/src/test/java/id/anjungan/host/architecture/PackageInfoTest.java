package id.anjungan.host.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every host package says in a {@code package-info.java} what it is for. */
class PackageInfoTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern DESCRIBED = Pattern.compile("(?s)/\\*\\*\\s*\\S.*?\\*/\\s*package\\s");

    @Test
    void everyPackageHasADescription() throws IOException {
        assertEquals(List.of(), undescribed(), "packages without a package-info.java that describes them");
    }

    private static List<String> undescribed() throws IOException {
        try (Stream<Path> dirs = Files.walk(SOURCES.resolve("id/anjungan/host"))) {
            return dirs.filter(Files::isDirectory).filter(PackageInfoTest::holdsClasses)
                    .filter(dir -> !described(dir.resolve("package-info.java")))
                    .map(dir -> SOURCES.relativize(dir).toString().replace('/', '.')).sorted().toList();
        }
    }

    private static boolean holdsClasses(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean described(Path packageInfo) {
        try {
            return Files.exists(packageInfo) && DESCRIBED.matcher(Files.readString(packageInfo)).find();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
