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

    /** Negative, zero or positive as bundle version {@code a} is older than, the same as or newer than {@code b}. */
    public static int compare(String a, String b) {
        return Version.parseVersion(a).compareTo(Version.parseVersion(b));
    }
}
