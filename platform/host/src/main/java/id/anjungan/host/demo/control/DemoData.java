package id.anjungan.host.demo.control;

import id.anjungan.host.config.Setting;
import id.anjungan.host.config.Settings;
import id.anjungan.host.modules.control.ModuleManager;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.security.control.Accounts;
import id.anjungan.spi.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.logging.Logger;

/**
 * The demo kiosk of {@code ./run}: on a fresh home it installs the bundled modules, creates staff accounts with
 * known passwords and imports the synthetic recipient lists of Semarang Tengah. Only when {@code anjungan.demo=true}.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    Accounts accounts;

    public boolean enabled() {
        return Boolean.parseBoolean(Settings.value(Setting.DEMO));
    }

    /**
     * @param importer imports one CSV into a program and period (the recipient-list import)
     */
    public void load(ModuleManager modules, BiConsumer<String[], Path> importer) {
        Path dir = Path.of(Settings.value(Setting.DEMO_DIR));
        if (accounts.all().stream().noneMatch(a -> a.username.equals("tksk"))) {
            accounts.save("tksk", "Bu Ratna Wulandari", Role.TKSK, "tksk123", null);
            accounts.save("psm", "Pak Joko Susilo", Role.PSM, "psm123", "123456");
            accounts.save("kasi", "Ibu Sri Handayani", Role.KASI_KESOS, "kasi123", null);
            accounts.save("camat", "Bapak Camat Semarang Tengah", Role.CAMAT, "camat123", null);
            accounts.save("dinsos", "Petugas Dinas Sosial", Role.DINSOS, "dinsos123", null);
            // the TKSK and the camat serve the kiosk's kecamatan (on the city tier: that kecamatan's cases only)
            String kecamatan = Settings.value(Setting.KELURAHAN_KECAMATAN);
            String kelurahan = Settings.value(Setting.KELURAHAN_NAME);
            accounts.bind("tksk", kecamatan, null);
            accounts.bind("camat", kecamatan, null);
            accounts.bind("psm", kecamatan, kelurahan);
            accounts.bind("kasi", kecamatan, kelurahan);
            LOG.info("Demo accounts created");
        }
        if (modules.list().isEmpty()) {
            for (Path jar : files(dir.resolve("modules"), ".jar")) {
                try {
                    modules.install(jar);
                } catch (Problem refused) {
                    LOG.warning(() -> jar.getFileName() + " refused: " + refused.detail().en());
                }
            }
            for (Path program : files(dir.resolve("demo"), "")) {
                for (Path csv : files(program, ".csv")) {
                    String period = csv.getFileName().toString().replaceFirst("\\.csv$", "");
                    importer.accept(new String[] {program.getFileName().toString(), period}, csv);
                }
            }
            LOG.info("Demo modules and recipient lists loaded");
        }
    }

    private static List<Path> files(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
