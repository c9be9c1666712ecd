package id.anjungan.host.testbundles;

import id.anjungan.testkit.SignedJars;
import java.nio.file.Path;

/** Signed jars of program ROLL: healthy versions, a version that goes DOWN once started, and an unsigned one. */
public final class RolloutJars {

    static final String SPI = "id.anjungan.spi;version=\"[1.0,2)\"";

    private RolloutJars() {
    }

    public static Path healthy(String version) throws Exception {
        return TestBundles.bundle(RolloutProgram.class, "ROLL", SPI, version);
    }

    public static Path failing(String version) throws Exception {
        return TestBundles.bundle(FailingRolloutProgram.class, "ROLL", SPI, version);
    }

    public static Path unsigned(String version) throws Exception {
        return SignedJars.unsigned(healthy(version), manifest -> { });
    }
}
