package id.anjungan.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * One name per program, by the rule of {@code docs/architecture.md}: the folder (without hyphens) names the bundle
 * ({@code id.anjungan.module.<name>}) and its package ({@code ….internal}); the program code, which cases, lists and
 * tracking numbers store, names the configuration PID ({@code id.anjungan.<code in lower case>}).
 */
class ModuleNamesTest {

    /** A folder that says its role rather than its program's name. */
    private static final Map<String, String> ROLE_FOLDERS = Map.of("example", "rujukan");

    @Test
    void bundlePackageAndPidFollowTheFolderAndTheCode() throws Exception {
        List<String> broken = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Map.Entry<String, Path> module : BuiltModules.all().entrySet()) {
            String name = ROLE_FOLDERS.getOrDefault(module.getKey(), module.getKey().replace("-", ""));
            Attributes main = BuiltModules.manifest(module.getValue()).getMainAttributes();
            String bundle = "id.anjungan.module." + name;
            if (!bundle.equals(main.getValue("Bundle-SymbolicName"))) {
                broken.add(module.getKey() + ": bundle " + main.getValue("Bundle-SymbolicName") + ", not " + bundle);
            }
            if (!List.of(main.getValue("Private-Package").split(",")).contains(bundle + ".internal")) {
                broken.add(module.getKey() + ": code outside " + bundle + ".internal");
            }
            Element program = program(module.getValue(), main.getValue("Service-Component"));
            String code = property(program, "anjungan.program.code");
            assertTrue(codes.add(code), "code " + code + " twice");
            List<String> pids = List.of(program.getAttribute("configuration-pid").split(" "));
            String pid = "id.anjungan." + code.toLowerCase(java.util.Locale.ROOT);
            if (!pid.equals(pids.get(pids.size() - 1))) {
                broken.add(module.getKey() + ": configuration PID " + pids + ", not " + pid);
            }
        }
        assertEquals(List.of(), broken);
        assertEquals(BuiltModules.sourceFolders().size(), codes.size(), "a program per module folder");
    }

    private static Element program(Path bundle, String serviceComponents) throws Exception {
        for (String xml : serviceComponents.split(",")) {
            Element component = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(
                    BuiltModules.text(bundle, xml.strip()).getBytes(StandardCharsets.UTF_8))).getDocumentElement();
            if (property(component, "anjungan.program.code") != null) {
                return component;
            }
        }
        throw new AssertionError(bundle + " declares no program component");
    }

    private static String property(Element component, String name) {
        NodeList properties = component.getElementsByTagName("property");
        for (int i = 0; i < properties.getLength(); i++) {
            Element p = (Element) properties.item(i);
            if (name.equals(p.getAttribute("name"))) {
                return p.getAttribute("value");
            }
        }
        return null;
    }
}
