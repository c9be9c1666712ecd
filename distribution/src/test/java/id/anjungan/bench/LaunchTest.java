package id.anjungan.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchTest {

    @Test
    void benchmarksStartTheKioskWithTheLaunchersFlags() throws IOException {
        List<String> flags = Launch.flags(Path.of("src/main/dist/lib/payara-micro.jar"));
        assertTrue(flags.containsAll(List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:MaxTenuringThreshold=3",
                "-XX:TieredStopAtLevel=1")), flags::toString);
        assertTrue(flags.stream().noneMatch(f -> f.contains("$") || f.contains("\"")), flags::toString);
        assertEquals(Map.of("MALLOC_ARENA_MAX", "2"), Launch.environment(Path.of("src/main/dist/lib/payara-micro.jar")),
                "the launcher's glibc settings reach the benchmarked kiosk too");
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

    @Test
    void aSecondKioskOnTheSameHomeSaysSoAndLeavesTheRunningOneAlone(@TempDir Path dir) throws Exception {
        Path dist = launcherWithFakeJava(dir);
        Path home = dir.resolve("home");
        Process first = launch(dist, home);
        try {
            awaitFile(home.resolve("payara/started"), first);
            Files.writeString(home.resolve("payara/unpacked"), "running kiosk's file");

            Process second = launch(dist, home);
            String said = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(75, second.waitFor());
            assertTrue(said.contains("sudah berjalan") && said.contains("already running"), said);
            assertTrue(first.isAlive());
            assertEquals("running kiosk's file", Files.readString(home.resolve("payara/unpacked")));
            assertEquals(1, Files.readAllLines(home.resolve("payara/started")).size(), "the second JVM never started");
        } finally {
            Files.writeString(home.resolve("payara/stop"), "");
            first.waitFor();
        }
        Process again = launch(dist, home); // the lock ends with the kiosk
        awaitFile(home.resolve("payara/started"), again);
        Files.writeString(home.resolve("payara/stop"), "");
        assertEquals(0, again.waitFor());
    }

    @Test
    void theHomeAndWhatTheKioskWritesAreItsUsersAlone(@TempDir Path dir) throws Exception {
        Path dist = launcherWithFakeJava(dir);
        Path home = dir.resolve("home");
        Files.createDirectories(home, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Process kiosk = launch(dist, home);
        awaitFile(home.resolve("payara/started"), kiosk);
        Files.writeString(home.resolve("payara/stop"), "");
        assertEquals(0, kiosk.waitFor());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve(".lock"))));
        assertEquals("0077", Files.readString(home.resolve("payara/umask")).trim());
    }

    /** The real launcher with a {@code java} on its PATH that records its start and runs until told to stop. */
    private static Path launcherWithFakeJava(Path dir) throws IOException {
        Path dist = Files.createDirectories(dir.resolve("dist/bin"));
        Files.copy(Path.of("src/main/dist/bin/anjungan"), dist.resolve("anjungan"), StandardCopyOption.COPY_ATTRIBUTES);
        Path java = Files.createDirectories(dir.resolve("jdk")).resolve("java");
        Files.writeString(java, """
                #!/usr/bin/env bash
                if [ "$1" = "-version" ]; then echo 'openjdk version "17.0.9"'; exit 0; fi
                umask > "$ANJUNGAN_HOME/payara/umask"
                echo "$$" >> "$ANJUNGAN_HOME/payara/started"
                while [ ! -f "$ANJUNGAN_HOME/payara/stop" ]; do sleep 0.05; done
                rm "$ANJUNGAN_HOME/payara/stop" "$ANJUNGAN_HOME/payara/started"
                """);
        java.toFile().setExecutable(true);
        return dist.getParent();
    }

    private static Process launch(Path dist, Path home) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(dist.resolve("bin/anjungan").toString()).redirectErrorStream(true);
        builder.environment().put("ANJUNGAN_HOME", home.toString());
        builder.environment().put("PATH", dist.resolveSibling("jdk") + ":" + System.getenv("PATH"));
        return builder.start();
    }

    private static void awaitFile(Path file, Process process) throws InterruptedException {
        while (!Files.exists(file)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the launcher stopped with " + process.exitValue());
            }
            Thread.sleep(20);
        }
    }
}
