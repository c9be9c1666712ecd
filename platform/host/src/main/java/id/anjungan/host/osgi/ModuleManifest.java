package id.anjungan.host.osgi;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Attributes;
import org.apache.felix.framework.Logger;
import org.apache.felix.framework.capabilityset.SimpleFilter;
import org.apache.felix.framework.util.manifestparser.ManifestParser;
import org.osgi.framework.BundleException;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;

/**
 * A module's manifest as the framework reads it (Felix's own header parser): the program it provides and the SPI
 * packages it imports, checked against what the host exports before the jar is installed.
 */
public final class ModuleManifest {

    /** The capability a module's bnd instructions declare: {@code anjungan.program;anjungan.program=CODE}. */
    static final String PROGRAM_NAMESPACE = "anjungan.program";
    private static final String SPI_PREFIX = SpiExports.SPI_BUNDLE;
    private static final List<BundleCapability> SPI = spiCapabilities();

    private final ManifestParser parsed;

    private ModuleManifest(ManifestParser parsed) {
        this.parsed = parsed;
    }

    /** An SPI import the host's export does not satisfy: the package, the range asked and the version provided. */
    public record SpiMismatch(String packageName, String range, Optional<String> provided) {
    }

    /** Parses the headers; a malformed header is a {@link BundleFailure} saying why. */
    public static ModuleManifest of(Attributes main) throws BundleFailure {
        Map<String, Object> headers = new HashMap<>();
        main.forEach((name, value) -> headers.put(name.toString(), value));
        headers.putIfAbsent("Bundle-ManifestVersion", "2");
        try {
            return new ModuleManifest(new ManifestParser(new Logger(), Map.of(), null, headers));
        } catch (BundleException e) {
            throw new BundleFailure(e.getMessage(), e);
        }
    }

    /** Whether the module imports any SPI package. */
    public boolean importsSpi() {
        return !spiImports().isEmpty();
    }

    /** The first SPI import the host's export does not satisfy, if any. */
    public Optional<SpiMismatch> unsatisfiedSpiImport() {
        return spiImports().stream().filter(i -> satisfying(i).isEmpty()).findFirst()
                .map(i -> new SpiMismatch(importedPackage(i), range(i),
                        exported(i).map(c -> String.valueOf(c.getAttributes().get("version")))));
    }

    /** The program code of the {@code anjungan.program} capability, when the module declares one. */
    public Optional<String> programCode() {
        return parsed.getCapabilities().stream().filter(c -> c.getNamespace().equals(PROGRAM_NAMESPACE))
                .map(c -> c.getAttributes().get(PROGRAM_NAMESPACE)).filter(String.class::isInstance)
                .map(String.class::cast).findFirst();
    }

    /** The module's imports of SPI packages. */
    private List<BundleRequirement> spiImports() {
        return parsed.getRequirements().stream()
                .filter(r -> r.getNamespace().equals(PackageNamespace.PACKAGE_NAMESPACE))
                .filter(r -> importedPackage(r).startsWith(SPI_PREFIX)).toList();
    }

    /** The host's export of the package the requirement names, when it satisfies the requirement's range. */
    private static Optional<BundleCapability> satisfying(BundleRequirement imported) {
        return SPI.stream().filter(imported::matches).findFirst();
    }

    /** The host's export of the package the requirement names, whatever its version. */
    private static Optional<BundleCapability> exported(BundleRequirement imported) {
        return SPI.stream().filter(c -> c.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE)
                .equals(importedPackage(imported))).findFirst();
    }

    private static String importedPackage(BundleRequirement imported) {
        return clauses(imported).stream().filter(f -> f.getName().equals(PackageNamespace.PACKAGE_NAMESPACE))
                .map(f -> String.valueOf(f.getValue())).findFirst().orElse("");
    }

    /** The version range of an import as a reader writes it, e.g. {@code >= 1.3.0, < 2.0.0}. */
    private static String range(BundleRequirement imported) {
        StringBuilder range = new StringBuilder();
        for (SimpleFilter clause : clauses(imported)) {
            boolean not = clause.getOperation() == SimpleFilter.NOT;
            SimpleFilter f = not ? (SimpleFilter) ((List<?>) clause.getValue()).get(0) : clause;
            if (!PackageNamespace.CAPABILITY_VERSION_ATTRIBUTE.equals(f.getName())) {
                continue;
            }
            String op = switch (f.getOperation()) {
                case SimpleFilter.GTE -> not ? "< " : ">= ";
                case SimpleFilter.LTE -> not ? "> " : "<= ";
                default -> not ? "!= " : "= ";
            };
            range.append(range.isEmpty() ? "" : ", ").append(op).append(f.getValue());
        }
        return range.isEmpty() ? "any" : range.toString();
    }

    private static List<SimpleFilter> clauses(BundleRequirement imported) {
        SimpleFilter filter = SimpleFilter.parse(imported.getDirectives().get(PackageNamespace.REQUIREMENT_FILTER_DIRECTIVE));
        if (filter.getOperation() != SimpleFilter.AND) {
            return List.of(filter);
        }
        return ((List<?>) filter.getValue()).stream().map(SimpleFilter.class::cast).toList();
    }

    private static List<BundleCapability> spiCapabilities() {
        Map<String, Object> headers = Map.of("Bundle-ManifestVersion", "2", "Bundle-SymbolicName", SpiExports.SPI_BUNDLE,
                "Export-Package", SpiExports.header());
        try {
            return new ManifestParser(new Logger(), Map.of(), null, headers).getCapabilities().stream()
                    .filter(c -> c.getNamespace().equals(PackageNamespace.PACKAGE_NAMESPACE)).toList();
        } catch (BundleException e) {
            throw new IllegalStateException("the SPI's own Export-Package cannot be parsed", e);
        }
    }
}
