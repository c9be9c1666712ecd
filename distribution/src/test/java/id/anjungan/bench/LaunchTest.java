package id.anjungan.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchTest {

    @Test
    void benchmarksStartTheKioskWithTheLaunchersFlags() throws IOException {
        List<String> flags = Launch.flags(Path.of("src/main/dist/lib/payara-micro.jar"));
        assertTrue(flags.containsAll(List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:MaxTenuringThreshold=3",
                "-XX:TieredStopAtLevel=1")), flags::toString);
        assertTrue(flags.stream().noneMatch(f -> f.contains("$") || f.contains("\"")), flags::toString);
    }

    @Test
    void readsFlagsAcrossContinuedLinesAndLeavesOutShellVariables(@TempDir Path dist) throws IOException {
        Files.createDirectories(dist.resolve("bin"));
        Files.writeString(dist.resolve("bin/anjungan"), """
                #!/usr/bin/env bash
                # -Xmx1g in a comment is no flag
                exec java -Xmx64m -Xss512k \\
                  -XX:+UseSerialGC "${cds[@]}" ${JAVA_OPTS:-} "-Danjungan.home=$HOME" \\
                  -jar "$dist/lib/payara-micro.jar" --port "$port"
                """);
        assertEquals(List.of("-Xmx64m", "-Xss512k", "-XX:+UseSerialGC"),
                Launch.flags(dist.resolve("lib/payara-micro.jar")));
    }

    @Test
    void refusesALauncherWithoutFlags(@TempDir Path dist) throws IOException {
        Files.createDirectories(dist.resolve("bin"));
        Files.writeString(dist.resolve("bin/anjungan"), "#!/bin/sh\nexec payara\n");
        assertThrows(IllegalStateException.class, () -> Launch.flags(dist.resolve("lib/payara-micro.jar")));
    }
}
