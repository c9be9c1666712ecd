package id.anjungan.host.modules.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.osgi.SpiExports;
import id.anjungan.host.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The guide's table of SPI releases and the platforms that run their modules (docs/writing-a-module.md, section 12)
 * against the releases in repository/ and this host's import check.
 */
class CompatibilityTableTest {

    static final Path ROOT = Path.of(System.getProperty("user.dir")).resolve("../..").normalize();
    static final Path RELEASES = ROOT.resolve("repository/id/anjungan/anjungan-spi");
    private static final Pattern EXPORT = Pattern.compile("(id\\.anjungan\\.spi(?:\\.platform)?);version=\"([^\"]+)\"");

    /** One row: the release, the versions of its two packages, whether it is in repository/, whether this platform runs it. */
    record Row(String release, String spi, String platform, boolean released, boolean runs) {
        /** The import of a module compiled against this release, as bnd writes it. */
        String imports() {
            return "id.anjungan.spi;version=\"" + range(spi) + "\",id.anjungan.spi.platform;version=\"" + range(platform)
                    + "\"";
        }

        private static String range(String version) {
            String[] parts = version.split("\\.");
            return "[" + parts[0] + "." + parts[1] + "," + (Integer.parseInt(parts[0]) + 1) + ")";
        }
    }

    @Test
    void everyReleaseInTheRepositoryIsARowWithTheVersionsItExports() throws IOException {
        Map<String, Row> rows = rows();
        for (String release : released()) {
            Row row = rows.get(release);
            assertTrue(row != null && row.released(), "release " + release + " of repository/ in the table as released");
            Map<String, String> exported = exports(RELEASES.resolve(release + "/anjungan-spi-" + release + ".jar"));
            assertEquals(Map.of("id.anjungan.spi", row.spi(), "id.anjungan.spi.platform", row.platform()), exported,
                    "the package versions of release " + release);
        }
        Set<String> released = released();
        rows.values().stream().filter(Row::released)
                .forEach(r -> assertTrue(released.contains(r.release()), r.release() + " is in repository/"));
    }

    @Test
    void aRowRunsHereExactlyWhenAModuleCompiledAgainstItPassesTheImportCheck() throws IOException {
        for (Row row : rows().values()) {
            assertEquals(row.runs(), passes(row), "SPI " + row.release() + " (" + row.imports() + ")");
        }
    }

    @Test
    void theNewestRowIsTheSpiThisPlatformShips() throws IOException {
        Row newest = rows().values().stream().reduce((a, b) -> b).orElseThrow();
        Matcher m = EXPORT.matcher(SpiExports.header());
        Map<String, String> shipped = new TreeMap<>();
        while (m.find()) {
            shipped.put(m.group(1), m.group(2));
        }
        assertEquals(Map.of("id.anjungan.spi", newest.spi(), "id.anjungan.spi.platform", newest.platform()), shipped);
        String next = newest.spi().split("\\.")[0] + "." + (Integer.parseInt(newest.spi().split("\\.")[1]) + 1);
        Row tooNew = new Row(next + ".0", next + ".0", newest.platform(), false, false);
        assertFalse(passes(tooNew), "a module of the next minor SPI is refused here, so the table ends at the right row");
    }

    private static boolean passes(Row row) {
        try {
            JarInspector.checkSpiRange(row.imports());
            return true;
        } catch (Problem refused) {
            return false;
        }
    }

    static Map<String, Row> rows() throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("docs/writing-a-module.md"));
        int marker = lines.indexOf("<!-- compatibility table: CompatibilityTableTest reads it -->");
        assertTrue(marker >= 0, "the table's marker in the guide");
        Map<String, Row> rows = new java.util.LinkedHashMap<>();
        for (String line : lines.subList(marker + 3, lines.size())) {
            if (!line.startsWith("|")) {
                break;
            }
            String[] cells = Stream.of(line.split("\\|")).skip(1).map(String::strip).toArray(String[]::new);
            rows.put(cells[0], new Row(cells[0], cells[1], cells[2], yes(cells[3]), yes(cells[4])));
        }
        assertFalse(rows.isEmpty(), "rows in the compatibility table");
        return rows;
    }

    private static boolean yes(String cell) {
        assertTrue(Set.of("yes", "no").contains(cell), "yes or no: " + cell);
        return cell.equals("yes");
    }

    static Set<String> released() throws IOException {
        try (Stream<Path> dirs = Files.list(RELEASES)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    static Map<String, String> exports(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Matcher m = EXPORT.matcher(file.getManifest().getMainAttributes().getValue("Export-Package"));
            Map<String, String> exports = new TreeMap<>();
            while (m.find()) {
                exports.put(m.group(1), m.group(2));
            }
            return exports;
        }
    }
}
