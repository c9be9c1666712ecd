package id.anjungan.host.osgi;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;

/** OSGi version syntax, for the parts of the host that read bundle manifests without touching the framework. */
public final class Versions {

    private static final Map<String, Version> SPI = Arrays.stream(FelixRuntime.SPI_PACKAGES.split(","))
            .map(p -> p.split(";version=")).collect(Collectors.toUnmodifiableMap(p -> p[0], p -> new Version(p[1])));

    private Versions() {
    }

    /** The version at which the host exports an SPI package to modules; empty for any other package. */
    public static Optional<String> exportedSpi(String packageName) {
        return Optional.ofNullable(SPI.get(packageName)).map(Version::toString);
    }

    /** Whether {@code version} lies in an OSGi version range such as {@code [1.2,2)}. */
    public static boolean inRange(String range, String version) {
        return new VersionRange(range).includes(Version.parseVersion(version));
    }

    /** A bundle version in its canonical form ({@code 1.0} becomes {@code 1.0.0}); refuses what is not a version. */
    public static String canonical(String version) {
        return Version.parseVersion(version).toString();
    }
}
