package id.anjungan.host.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.anjungan.spi.Program;
import id.anjungan.spi.platform.CaseStore;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The host must export the SPI packages at the versions the SPI bundle declares, or modules built on it won't wire. */
class SpiPackagesTest {

    private static final Pattern VERSIONED = Pattern.compile("(id\\.anjungan\\.spi[\\w.]*);version=\"?([0-9.]+)\"?");

    @Test
    void theHostExportsTheSpiPackagesAtTheSpisOwnVersions() throws Exception {
        assertEquals(versions(spiManifest().getMainAttributes().getValue("Export-Package")),
                versions(FelixRuntime.SPI_PACKAGES));
    }

    @Test
    void everyPackageOfTheSpiIsExported() throws Exception {
        Path root = spiRoot();
        Map<String, String> exported = versions(FelixRuntime.SPI_PACKAGES);
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.toString().endsWith(".class")).map(f -> root.relativize(f.getParent()).toString()
                    .replace(java.io.File.separatorChar, '.')).distinct()
                    .forEach(p -> assertEquals(true, exported.containsKey(p), p + " is not exported"));
        }
        assertEquals(2, exported.size(), exported.toString());
        assertEquals(true, exported.containsKey(Program.class.getPackageName()));
        assertEquals(true, exported.containsKey(CaseStore.class.getPackageName()));
    }

    @Test
    void refusesAManifestOfAnotherBundle() throws Exception {
        Manifest other = new Manifest(new ByteArrayInputStream(("Manifest-Version: 1.0\nBundle-SymbolicName: x\n"
                + "Export-Package: x;version=\"1.0.0\"\n").getBytes(StandardCharsets.UTF_8)));
        assertThrows(IllegalStateException.class, () -> SpiExports.exportOf(other));
    }

    private static Map<String, String> versions(String header) {
        Map<String, String> versions = new TreeMap<>();
        Matcher m = VERSIONED.matcher(header);
        while (m.find()) {
            versions.put(m.group(1), m.group(2));
        }
        return versions;
    }

    /** The SPI's build output, read independently of {@link SpiExports}. */
    private static Path spiRoot() throws Exception {
        Path location = Path.of(Program.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return Files.isDirectory(location) ? location : java.nio.file.FileSystems.newFileSystem(location).getPath("/");
    }

    private static Manifest spiManifest() throws Exception {
        try (InputStream in = Files.newInputStream(spiRoot().resolve("META-INF/MANIFEST.MF"))) {
            return new Manifest(in);
        }
    }
}
