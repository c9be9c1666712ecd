package id.anjungan.host.runtime.control;

import id.anjungan.host.modules.control.ModuleJar;
import id.anjungan.host.modules.control.ModuleManager;
import id.anjungan.host.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Installs or updates a module when its jar is dropped into {@code $ANJUNGAN_HOME/modules/}; the jar is then renamed
 * {@code *.installed}, or {@code *.refused} with the reason in {@code *.refused.txt}. FileInstall watches the
 * configuration folder; jars go through the module manager instead so that they pass the same signature checks and
 * hot-swap path as an upload.
 */
final class DropFolder implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DropFolder.class.getName());

    private final Path dir;
    private final ModuleManager modules;
    private final Map<Path, String> seen = new HashMap<>();
    private final ScheduledExecutorService poller;

    DropFolder(Path dir, ModuleManager modules, ThreadFactory threads) {
        this.poller = Executors.newSingleThreadScheduledExecutor(threads);
        this.dir = dir;
        this.modules = modules;
    }

    void start() throws IOException {
        Files.createDirectories(dir);
        poller.scheduleWithFixedDelay(this::scan, 0, 1, TimeUnit.SECONDS);
    }

    private synchronized void scan() {
        try (var files = Files.list(dir)) {
            files.filter(f -> f.toString().endsWith(".jar")).forEach(this::consider);
        } catch (IOException | RuntimeException e) {
            LOG.warning("Cannot read " + dir + ": " + e);
        }
    }

    private void consider(Path jar) {
        try {
            String stamp = Files.size(jar) + ":" + Files.getLastModifiedTime(jar).toMillis();
            if (!stamp.equals(seen.put(jar, stamp))) {
                return; // new or still being copied: take it once it stopped changing
            }
            seen.remove(jar);
            ModuleJar candidate = modules.peek(jar);
            boolean installed = modules.list().stream().anyMatch(m -> m.code().equals(candidate.code()));
            if (installed) {
                modules.update(candidate.code(), jar);
            } else {
                modules.install(jar);
            }
            LOG.info(() -> candidate.code() + " " + candidate.version() + " installed from " + jar.getFileName());
            Files.move(jar, jar.resolveSibling(jar.getFileName() + ".installed"), StandardCopyOption.REPLACE_EXISTING);
        } catch (Problem refused) {
            LOG.warning(() -> jar.getFileName() + " refused: " + refused.detail().en());
            markRefused(jar, refused.detail().id() + "\n" + refused.detail().en());
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> jar.getFileName() + " could not be installed: " + e);
            markRefused(jar, e.toString());
        }
    }

    /** Moves a refused jar aside with the reason next to it, so the admin sees why and it is not retried. */
    private static void markRefused(Path jar, String reason) {
        try {
            Files.writeString(jar.resolveSibling(jar.getFileName() + ".refused.txt"), reason + "\n");
            Files.move(jar, jar.resolveSibling(jar.getFileName() + ".refused"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.warning("Cannot mark " + jar + " as refused: " + e);
        }
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
