package id.anjungan.testkit.host;

import id.anjungan.spi.Program;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.jar.Manifest;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;

/**
 * What the framework needs from the class path: the bundles of Declarative Services and ConfigAdmin (dependencies of
 * the testkit, found by their manifests) and the SPI's {@code Export-Package} header.
 */
final class Infrastructure {

    /** The bundles the kiosk runs modules with (FileInstall aside: {@link FrameworkHost#configure} replaces it). */
    static final Set<String> BUNDLES = Set.of("org.apache.felix.scr", "org.apache.felix.configadmin",
            "org.osgi.service.component", "org.osgi.util.promise", "org.osgi.util.function");
    private static final String SPI_BUNDLE = "id.anjungan.spi";

    private Infrastructure() {
    }

    /** Installs the infrastructure bundles into a framework that is initialised. */
    static List<Bundle> install(BundleContext context) throws IOException, BundleException {
        List<Bundle> installed = new ArrayList<>();
        Set<String> found = new java.util.HashSet<>();
        for (URL manifest : Collections.list(Infrastructure.class.getClassLoader().getResources("META-INF/MANIFEST.MF"))) {
            String bsn = symbolicName(read(manifest));
            if (BUNDLES.contains(bsn) && found.add(bsn)) { // the first on the class path, as Java would load it
                String jar = manifest.toString().replaceFirst("^jar:", "").replaceFirst("!/META-INF/MANIFEST.MF$", "");
                try (InputStream in = new URL(jar).openStream()) {
                    installed.add(context.installBundle("infrastructure:" + bsn, in));
                }
            }
        }
        if (installed.size() != BUNDLES.size()) {
            throw new IOException("the class path lacks some of " + BUNDLES + " (dependencies of anjungan-testkit)");
        }
        return installed;
    }

    /** The SPI's {@code Export-Package} header: the manifest beside its classes, in its jar or its build output. */
    static String spiExports() throws IOException {
        String classFile = Program.class.getName().replace('.', '/') + ".class";
        String program = Program.class.getResource("/" + classFile).toString();
        Manifest manifest = read(new URL(program.substring(0, program.length() - classFile.length())
                + "META-INF/MANIFEST.MF"));
        String export = manifest.getMainAttributes().getValue(Constants.EXPORT_PACKAGE);
        if (!SPI_BUNDLE.equals(symbolicName(manifest)) || export == null) {
            throw new IOException("the SPI on the class path has no bundle manifest beside " + program);
        }
        return export;
    }

    private static Manifest read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new Manifest(in);
        }
    }

    private static String symbolicName(Manifest manifest) {
        String bsn = manifest.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME);
        return bsn == null ? "" : bsn.split(";")[0].trim();
    }
}
