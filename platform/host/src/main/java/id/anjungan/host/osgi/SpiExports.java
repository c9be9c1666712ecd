package id.anjungan.host.osgi;

import id.anjungan.spi.Program;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.jar.Manifest;

/**
 * The SPI packages the host shares with modules ({@code org.osgi.framework.system.packages.extra}): the
 * {@code Export-Package} header bnd wrote into the SPI jar's manifest when the SPI was built, so the host exports
 * exactly the packages and versions the SPI declares.
 */
public final class SpiExports {

    /** The SPI bundle's symbolic name. */
    public static final String SPI_BUNDLE = "id.anjungan.spi";
    private static final String PROGRAM_CLASS = Program.class.getName().replace('.', '/') + ".class";

    private SpiExports() {
    }

    /** The SPI's {@code Export-Package} header. */
    public static String header() {
        return exportOf(manifest());
    }

    static String exportOf(Manifest manifest) {
        String bsn = manifest.getMainAttributes().getValue("Bundle-SymbolicName");
        String export = manifest.getMainAttributes().getValue("Export-Package");
        if (bsn == null || !bsn.split(";")[0].trim().equals(SPI_BUNDLE) || export == null || export.isBlank()) {
            throw new IllegalStateException("the SPI's manifest names no " + SPI_BUNDLE + " exports: " + bsn);
        }
        return export;
    }

    /** The manifest beside the SPI's classes: in its jar (the WAR), or in its build output (tests in the reactor). */
    private static Manifest manifest() {
        String program = Program.class.getResource("/" + PROGRAM_CLASS).toString();
        String root = program.substring(0, program.length() - PROGRAM_CLASS.length());
        try (InputStream in = new URL(root + "META-INF/MANIFEST.MF").openStream()) {
            return new Manifest(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the SPI's manifest cannot be read beside " + program, e);
        }
    }
}
