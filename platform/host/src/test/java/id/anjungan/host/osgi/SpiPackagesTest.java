package id.anjungan.host.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.anjungan.spi.Program;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The host must export the SPI packages at the versions the SPI bundle declares, or modules built on it won't wire. */
class SpiPackagesTest {

    private static final Pattern VERSIONED = Pattern.compile("(id\\.anjungan\\.spi[\\w.]*);version=\"?([0-9.]+)\"?");

    @Test
    void theHostExportsTheSpiPackagesAtTheSpisOwnVersions() throws Exception {
        assertEquals(versions(spiManifest().getMainAttributes().getValue("Export-Package")),
                versions(FelixRuntime.SPI_PACKAGES));
    }

    private static Map<String, String> versions(String header) {
        Map<String, String> versions = new TreeMap<>();
        Matcher m = VERSIONED.matcher(header);
        while (m.find()) {
            versions.put(m.group(1), m.group(2));
        }
        return versions;
    }

    private static Manifest spiManifest() throws Exception {
        Path location = Path.of(Program.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(location)) {
            try (InputStream in = Files.newInputStream(location.resolve("META-INF/MANIFEST.MF"))) {
                return new Manifest(in);
            }
        }
        try (JarFile jar = new JarFile(location.toFile())) {
            return jar.getManifest();
        }
    }
}
