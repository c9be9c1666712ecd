package id.anjungan.broker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One {@link CityBroker} in a process of its own, as the distribution's script starts it (kill -9 needs a process). */
final class BrokerProcess implements AutoCloseable {

    private static final Duration START = Duration.ofSeconds(60);

    private final String role;
    private final int port;
    private final Process process;
    private final List<String> lines = new ArrayList<>();

    private BrokerProcess(String role, int port, Process process) {
        this.role = role;
        this.port = port;
        this.process = process;
        Thread reader = new Thread(this::read, "broker-" + role + "-" + port + "-out");
        reader.setDaemon(true);
        reader.start();
    }

    static BrokerProcess start(String role, Path data, int port) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path log = Files.createDirectories(data.resolveSibling("logs")).resolve(role + "-" + port + ".log");
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-cp",
                        classpath,
                        CityBroker.class.getName(),
                        "--role",
                        role,
                        "--data",
                        data.toString(),
                        "--port",
                        Integer.toString(port))
                .redirectErrorStream(false)
                .redirectError(log.toFile())
                .start();
        return new BrokerProcess(role, port, process);
    }

    /** Waits (bounded) until the broker printed {@code LIVE <role> on <port>}, failing if it died first. */
    BrokerProcess awaitLive() throws InterruptedException {
        return awaitLine("LIVE " + role + " on " + port);
    }

    BrokerProcess awaitStandby() throws InterruptedException {
        return awaitLine("STANDBY " + role + " on " + port);
    }

    synchronized BrokerProcess awaitLine(String line) throws InterruptedException {
        long deadline = System.nanoTime() + START.toNanos();
        while (!printed(line)) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0 || !process.isAlive() && !printed(line)) {
                throw new IllegalStateException("no '" + line + "' from the broker; it printed " + lines);
            }
            wait(Math.min(left, 200));
        }
        return this;
    }

    /** Whether the broker printed a line that starts with this one. */
    synchronized boolean printed(String line) {
        return lines.stream().anyMatch(l -> l.startsWith(line));
    }

    /** kill -9: on Linux {@link Process#destroyForcibly()} sends SIGKILL. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, as an operator stops it; returns the exit code. */
    int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            terminate();
        }
    }

    private void read() {
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                synchronized (this) {
                    lines.add(line);
                    notifyAll();
                }
            }
        } catch (IOException e) {
            // the process is gone; awaitLine reports what it printed
        }
        synchronized (this) {
            notifyAll();
        }
    }
}
