package id.anjungan.host.runtime.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SpiPackagesTest {

    private static Map<String, String> versions(String packages) {
        Map<String, String> versions = new TreeMap<>();
        Matcher m = Pattern.compile("(id\\.anjungan\\.spi[a-z.]*);version=\"?([0-9.]+)\"?").matcher(packages);
        while (m.find()) {
            versions.put(m.group(1), m.group(2));
        }
        return versions;
    }

    @Test
    void theHostSharesTheSpiPackagesAtTheVersionsTheSpiExports() throws IOException {
        // a new SPI class raises its package's version; modules built against it refuse an older export
        URL spi = id.anjungan.spi.Text.class.getProtectionDomain().getCodeSource().getLocation();
        URL manifest = spi.getPath().endsWith(".jar") ? new URL("jar:" + spi + "!/META-INF/MANIFEST.MF")
                : new URL(spi, "META-INF/MANIFEST.MF");
        String exported;
        try (InputStream in = manifest.openStream()) {
            exported = new Manifest(in).getMainAttributes().getValue("Export-Package");
        }
        assertEquals(versions(exported), versions(FelixRuntime.SPI_PACKAGES));
    }
}
