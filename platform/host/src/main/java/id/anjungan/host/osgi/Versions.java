package id.anjungan.host.osgi;

import org.osgi.framework.Version;

/** OSGi version syntax, for the parts of the host that read bundle manifests without touching the framework. */
public final class Versions {

    private Versions() {
    }

    /** A bundle version in its canonical form ({@code 1.0} becomes {@code 1.0.0}); refuses what is not a version. */
    public static String canonical(String version) {
        return Version.parseVersion(version).toString();
    }
}
