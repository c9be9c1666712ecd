package id.anjungan.host.catalog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import id.anjungan.host.modules.control.ModuleJars;
import id.anjungan.host.modules.control.TestHost;
import id.anjungan.spi.ProgramDescriptor;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgramsTest {

    @TempDir
    Path home;
    private TestHost host;
    private Programs programs;

    @BeforeEach
    void start() throws Exception {
        host = TestHost.start(home);
        programs = TestPrograms.over(host.runtime);
    }

    @AfterEach
    void stop() {
        host.close();
    }

    private static List<String> codes(List<ProgramDescriptor> descriptors) {
        return descriptors.stream().map(ProgramDescriptor::code).toList();
    }

    @Test
    void descriptorsFollowEveryChangeOfTheAnsweringPrograms() throws Exception {
        assertEquals(List.of(), codes(programs.descriptors()));
        host.modules.install(ModuleJars.example());
        List<ProgramDescriptor> installed = programs.descriptors();
        assertEquals(List.of("RUJUKAN"), codes(installed));
        assertSame(installed, programs.descriptors(), "asked once while nothing changes");

        host.modules.setEnabled("RUJUKAN", false);
        assertEquals(List.of(), codes(programs.descriptors()));
        host.modules.setEnabled("RUJUKAN", true);
        assertEquals(List.of("RUJUKAN"), codes(programs.descriptors()));

        host.modules.update("RUJUKAN", ModuleJars.example("1.0.1"));
        List<ProgramDescriptor> updated = programs.descriptors();
        assertNotSame(installed.get(0), updated.get(0), "the new version's descriptor");

        host.modules.uninstall("RUJUKAN");
        assertEquals(List.of(), codes(programs.descriptors()));
    }
}
