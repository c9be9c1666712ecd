package id.anjungan.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import aQute.bnd.osgi.Domain;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every program module bundle imports only the SPI packages (and {@code java.*}, which bnd leaves out): a module that
 * imported anything else would need it from every kiosk. {@code modules/allowed-imports.txt} is the allow-list.
 */
class ModuleImportsTest {

    @Test
    void everyModuleImportsOnlyAllowedPackages() throws IOException {
        Set<String> allowed = allowed();
        Map<String, Set<String>> refused = new TreeMap<>();
        BuiltModules.all().forEach((module, bundle) -> {
            Set<String> others = Domain.domain(BuiltModules.manifest(bundle)).getImportPackage().keySet().stream()
                    .filter(p -> !p.startsWith("java.") && !allowed.contains(p)).collect(Collectors.toSet());
            if (!others.isEmpty()) {
                refused.put(module, others);
            }
        });
        assertEquals(Map.of(), refused, "imports outside modules/allowed-imports.txt");
    }

    @Test
    void everyModuleOfTheBuildIsChecked() throws IOException {
        assertEquals(BuiltModules.sourceFolders(), BuiltModules.all().keySet());
    }

    private static Set<String> allowed() throws IOException {
        try (Stream<String> lines = Files.lines(BuiltModules.SOURCES.resolve("allowed-imports.txt"))) {
            return lines.map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toSet());
        }
    }
}
