package id.anjungan.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What docs/api.md promises a module screen is what the shell gives it: the CSS custom properties (defined by the
 * shell's theme block, so both themes and both text sizes have them), the members of the screen's {@code kiosk}
 * object, and screens that use nothing else. The browser side is AccessibilityWalkUiIT.
 */
class ModuleScreenContractTest {

    private static final Path WEB = Path.of("src/main/resources/META-INF/resources");
    private static final Path API = Path.of("../docs/api.md");
    private static final Pattern VARIABLE = Pattern.compile("`(--[a-z-]+)`");
    private static final Pattern USED_VARIABLE = Pattern.compile("var\\((--[a-z-]+)");

    private static String read(Path path) throws IOException {
        return Files.readString(path, StandardCharsets.UTF_8);
    }

    private static String section() throws IOException {
        String api = read(API);
        int start = api.indexOf("## Module screens");
        int end = api.indexOf("\n## ", start + 1);
        return api.substring(start, end < 0 ? api.length() : end);
    }

    private static Set<String> documentedVariables() throws IOException {
        String section = section();
        String sentence = section.substring(section.indexOf("CSS custom properties"));
        Set<String> names = new TreeSet<>();
        Matcher m = VARIABLE.matcher(sentence);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The shell's theme block: the first :root rule, which the contrast theme and larger text override. */
    private static String rootBlock() throws IOException {
        String css = read(WEB.resolve("css/kiosk.css"));
        int start = css.indexOf(":root {");
        return css.substring(start, css.indexOf('}', start));
    }

    private static List<Path> moduleScreens() throws IOException {
        try (Stream<Path> walk = Files.walk(Path.of("../modules"))) {
            return walk.filter(p -> p.toString().replace('\\', '/').contains("/src/main/resources/ui/"))
                    .filter(p -> p.toString().endsWith(".js")).sorted().toList();
        }
    }

    @Test
    void theShellDefinesEveryDocumentedVariableInItsThemeBlock() throws IOException {
        Set<String> documented = documentedVariables();
        assertTrue(documented.containsAll(Set.of("--fg", "--bg", "--accent", "--accent-fg", "--danger", "--gap")), documented
                .toString());
        String root = rootBlock();
        for (String name : documented) {
            assertTrue(root.contains(name + ":"), name + " is documented but the shell does not define it");
        }
    }

    @Test
    void theKitAndTheModuleScreensUseOnlyDocumentedVariables() throws IOException {
        Set<String> documented = documentedVariables();
        List<Path> files = new java.util.ArrayList<>(moduleScreens());
        files.add(WEB.resolve("js/module-kit.js"));
        for (Path file : files) {
            Matcher m = USED_VARIABLE.matcher(read(file));
            while (m.find()) {
                assertTrue(documented.contains(m.group(1)), file + " uses " + m.group(1) + ", which is not in docs/api.md");
            }
        }
    }

    @Test
    void theKioskObjectHasExactlyTheDocumentedMembersAndTheScreensUseNoOther() throws IOException {
        String shell = read(WEB.resolve("js/views/module-screen.js"));
        int freeze = shell.indexOf("Object.freeze({");
        String object = shell.substring(freeze, shell.indexOf("\n  });", freeze));
        Set<String> members = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^\\s{4}(?:get )?([a-zA-Z]+)\\s*[:(]").matcher(object);
        while (m.find()) {
            members.add(m.group(1));
        }
        String section = section();
        String kioskPart = section.substring(section.indexOf("property `kiosk`") + "property `kiosk`".length(),
                section.indexOf("The kiosk serves a kit"));
        Set<String> documented = new TreeSet<>();
        Matcher d = Pattern.compile("`([a-z][a-zA-Z]*)(?:\\(|`)").matcher(kioskPart);
        while (d.find()) {
            documented.add(d.group(1));
        }
        assertEquals(documented, members, "the kiosk object and docs/api.md differ");

        Pattern used = Pattern.compile("kiosk\\.([a-zA-Z]+)");
        for (Path file : moduleScreens()) {
            Matcher u = used.matcher(read(file));
            while (u.find()) {
                assertTrue(members.contains(u.group(1)), file + " uses kiosk." + u.group(1) + ", which the shell does not give");
            }
        }
    }

    @Test
    void everyModuleScreenIsAKioskScreenWithTheKitsPdfViewer() throws IOException {
        for (Path file : moduleScreens()) {
            String js = read(file);
            assertFalse(js.contains("extends HTMLElement"), file + " builds its own screen base instead of KioskScreen");
            assertFalse(js.contains("innerHTML"), file + " writes markup instead of building elements with h()");
            assertFalse(js.contains("window.open") || Pattern.compile("fetch\\([^)]").matcher(js).find(),
                    file + " fetches or opens documents itself");
            if (js.contains("customElements.define")) {
                assertTrue(js.contains("KioskScreen"), file + " defines a screen that is not a KioskScreen");
            }
        }
    }
}
