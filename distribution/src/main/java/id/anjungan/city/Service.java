package id.anjungan.city;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** One process of the demo city: started with its command and environment, logged to a file, stopped or killed. */
public final class Service {

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path log;
    private volatile Process process;

    /** A process not yet started: {@link #start} runs it, its output appended to {@code log}. */
    public Service(String name, List<String> command, Map<String, String> environment, Path log) {
        this.name = name;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.log = log;
    }

    public String name() {
        return name;
    }

    public Path log() {
        return log;
    }

    /** Starts (again, after a stop or a kill) the same command; the log is appended to, so a restart keeps history. */
    public synchronized Service start() throws IOException {
        if (alive()) {
            throw new IllegalStateException(name + " is running");
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
        return this;
    }

    public boolean alive() {
        Process p = process;
        return p != null && p.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** {@code kill -9} of the process and whatever it started: no shutdown hook, no flush, as a power cut. */
    public void kill() throws InterruptedException {
        Process p = process;
        if (p != null) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** SIGTERM, as an operator stops it; {@code kill -9} when it has not ended in 30 s. */
    public void stop() throws InterruptedException {
        Process p = process;
        if (p != null && p.isAlive()) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    /** Sends SIGTERM and returns at once: {@link #stop} then waits, so that several stop side by side. */
    public void signalStop() {
        Process p = process;
        if (p != null && p.isAlive()) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
        }
    }

    /**
     * Asks the process, when it is a JVM, and the JVMs it started for a thread dump (jcmd), written to its log, for a
     * start that hangs.
     */
    void dumpThreads() throws InterruptedException {
        Process p = process;
        if (p != null && p.isAlive()) {
            List<ProcessHandle> jvms = Stream.concat(Stream.of(p.toHandle()), p.descendants())
                    .filter(h -> h.info().command().map(c -> Path.of(c).endsWith("java")).orElse(false)).toList();
            for (ProcessHandle jvm : jvms) {
                String pid = Long.toString(jvm.pid());
                try {
                    Process jcmd = new ProcessBuilder("jcmd", pid, "Thread.print").redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
                    if (!jcmd.waitFor(30, TimeUnit.SECONDS)) {
                        jcmd.destroyForcibly(); // a JVM too stuck to answer: the report goes on without its dump
                    }
                } catch (IOException e) {
                    System.err.println("no thread dump of " + name + ": " + e.getMessage());
                }
            }
        }
    }

    /** Fails with the log's place when the process ended, for a wait that would otherwise time out silently. */
    void requireAlive() {
        if (!alive()) {
            throw new IllegalStateException(name + " stopped; see " + log);
        }
    }
}
