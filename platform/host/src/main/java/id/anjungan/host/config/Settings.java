package id.anjungan.host.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Deployment settings from system properties or environment variables ({@code anjungan.home} or
 * {@code ANJUNGAN_HOME}); read directly so that the runtime can start before CDI.
 */
public final class Settings {

    private Settings() {
    }

    public static Optional<String> get(String key) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            value = System.getenv(key.toUpperCase(java.util.Locale.ROOT).replace('.', '_'));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public static String get(String key, String fallback) {
        return get(key).orElse(fallback);
    }

    /** A whole number setting (a limit, a count of minutes). */
    public static int number(String key, int fallback) {
        return get(key).map(Integer::parseInt).orElse(fallback);
    }

    public static Path home() {
        return Path.of(get("anjungan.home", "var")).toAbsolutePath().normalize();
    }

    public static Duration callTimeout() {
        return Duration.ofMillis(Long.parseLong(get("anjungan.module.timeout.ms", "5000")));
    }

    /**
     * Calls one module may have running at once: twice the kiosk's request threads, so that a healthy module is never
     * refused under load, while a hanging one holds no more threads than that.
     */
    public static int moduleConcurrency() {
        return Math.max(1, Integer.parseInt(get("anjungan.module.concurrency", "16")));
    }

    /** How long calls to a module whose calls timed out are refused before one call probes it again. */
    public static Duration moduleCoolDown() {
        return Duration.ofSeconds(Long.parseLong(get("anjungan.module.cooldown.s", "30")));
    }
}
