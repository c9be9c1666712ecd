package id.anjungan.host.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README's settings table and {@link Setting} name the same settings, and the host reads no other. */
class SettingsDocumentedTest {

    private static final Path ROOT = Path.of(System.getProperty("user.dir")).resolve("../..").normalize();
    private static final Pattern NAME = Pattern.compile("`(ANJUNGAN_[A-Z0-9_]+|…_[A-Z0-9_]+)(_<CODE>)?`");

    @Test
    void theReadmeDocumentsEverySettingAndNoOther() throws IOException {
        Set<String> documented = new TreeSet<>();
        Set<String> perProgram = new TreeSet<>();
        for (String row : table()) {
            String names = row.split("\\|")[1].replaceAll("\\([^)]*\\)", ""); // "(e.g. `…_BPNT`)" is an example
            Matcher m = NAME.matcher(names);
            String prefix = null;
            while (m.find()) {
                String name = m.group(1);
                if (name.startsWith("…")) { // `ANJUNGAN_STATUS_PER_SESSION_…`, `…_PER_DEVICE_…`: same second word
                    name = prefix + name.substring(1);
                } else if (prefix == null) {
                    int second = name.indexOf('_', "ANJUNGAN_".length());
                    prefix = second < 0 ? name : name.substring(0, second);
                }
                (m.group(2) == null ? documented : perProgram).add(name);
            }
        }
        assertEquals(names(Arrays.stream(Setting.values())), documented, "README settings table against Setting");
        assertEquals(names(Arrays.stream(Setting.values()).filter(Setting::perProgram)), perProgram,
                "per-program settings (`…_<CODE>`)");
    }

    @Test
    void everySettingHasAMeaningAndAKeyItsVariableIsMadeOf() {
        for (Setting s : Setting.values()) {
            assertTrue(s.key().matches("anjungan(\\.[a-z0-9]+)+"), s.key());
            assertEquals("ANJUNGAN_" + s.name(), s.variable(), "the constant is named after its variable");
            assertFalse(s.meaning().isBlank(), s.name());
        }
    }

    @Test
    void aProgramsOwnValueWinsOverTheKioskWideOneAndTheDefault() {
        assertEquals("DTSEN", Settings.value(Setting.LISTS_SOURCE, "KJS"));
        System.setProperty("anjungan.lists.source", "OTHER");
        System.setProperty("anjungan.lists.source.bpnt", "SP2D");
        try {
            assertEquals("SP2D", Settings.value(Setting.LISTS_SOURCE, "BPNT"));
            assertEquals("OTHER", Settings.value(Setting.LISTS_SOURCE, "KJS"));
        } finally {
            System.clearProperty("anjungan.lists.source");
            System.clearProperty("anjungan.lists.source.bpnt");
        }
    }

    @Test
    void theHostReadsNoSettingPastTheRegistry() throws IOException {
        Path main = ROOT.resolve("platform/host/src/main/java/id/anjungan/host");
        try (Stream<Path> files = Files.walk(main)) {
            Set<String> readers = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.startsWith(main.resolve("config")))
                    .filter(f -> read(f).matches("(?s).*(System\\.getenv|System\\.getProperty\\(\"anjungan\\.).*"))
                    .map(f -> main.relativize(f).toString()).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(Set.of(), readers, "read settings through Settings and Setting");
        }
    }

    private static Set<String> names(Stream<Setting> settings) {
        return settings.map(Setting::variable).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> table() throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("README.md"));
        int header = lines.indexOf("| variable | meaning | default |");
        assertTrue(header >= 0, "the README's settings table");
        return lines.subList(header + 2, lines.size()).stream().takeWhile(l -> l.startsWith("|")).toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
