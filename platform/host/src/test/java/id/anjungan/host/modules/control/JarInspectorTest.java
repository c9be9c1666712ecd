package id.anjungan.host.modules.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.anjungan.host.problem.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JarInspectorTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "id.anjungan.spi;version=\"[1.0,2)\",id.anjungan.spi.platform;version=\"[1.0,2)\"",
            "id.anjungan.spi;version=\"[1.1,2)\",id.anjungan.spi.platform;version=\"[1.0,2)\",org.osgi.framework",
            "id.anjungan.spi;version=\"[1.2,2)\",id.anjungan.spi.platform;version=\"[1.0,2)\"",
            "id.anjungan.spi;version=\"[1.3,2)\"",
            "id.anjungan.spi"})
    void acceptsRangesThePlatformsPackagesSatisfy(String importPackage) {
        JarInspector.checkSpiRange(importPackage);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "id.anjungan.spi;version=\"[2.0,3)\"",
            "id.anjungan.spi;version=\"[1.4,2)\"",
            "id.anjungan.spi.platform;version=\"[1.1,2)\"",
            "id.anjungan.spi.other;version=\"[1.0,2)\""})
    void refusesRangesItDoesNot(String importPackage) {
        assertEquals("spi-version", assertThrows(Problem.class, () -> JarInspector.checkSpiRange(importPackage)).code());
    }
}
