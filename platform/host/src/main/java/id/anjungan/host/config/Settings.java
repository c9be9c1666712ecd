package id.anjungan.host.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Deployment settings from system properties or environment variables ({@code anjungan.home} or
 * {@code ANJUNGAN_HOME}); read directly so that the runtime can start before CDI. Only the settings {@link Setting}
 * lists can be read, each with the default it declares.
 */
public final class Settings {

    private Settings() {
    }

    /** The configured value, if any. */
    public static Optional<String> get(Setting setting) {
        return read(setting.key());
    }

    /** The configured value, else the setting's default (null for an optional setting without one). */
    public static String value(Setting setting) {
        return get(setting).orElse(setting.fallback());
    }

    /** A whole number setting (a limit, a count of minutes). */
    public static int number(Setting setting) {
        return Integer.parseInt(value(setting));
    }

    /** A per-program setting: the program's own value, else the kiosk-wide one, else the default. */
    public static String value(Setting setting, String program) {
        if (!setting.perProgram()) {
            throw new IllegalArgumentException(setting + " has no per-program values");
        }
        return read(setting.key() + "." + program.toLowerCase(Locale.ROOT)).orElseGet(() -> value(setting));
    }

    private static Optional<String> read(String key) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            value = System.getenv(Setting.variable(key));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public static Path home() {
        return Path.of(value(Setting.HOME)).toAbsolutePath().normalize();
    }

    public static Duration callTimeout() {
        return Duration.ofMillis(Long.parseLong(value(Setting.MODULE_TIMEOUT_MS)));
    }

    /**
     * Calls one module may have running at once: twice the kiosk's request threads, so that a healthy module is never
     * refused under load, while a hanging one holds no more threads than that.
     */
    public static int moduleConcurrency() {
        return Math.max(1, number(Setting.MODULE_CONCURRENCY));
    }

    /** How long calls to a module whose calls timed out are refused before one call probes it again. */
    public static Duration moduleCoolDown() {
        return Duration.ofSeconds(Long.parseLong(value(Setting.MODULE_COOLDOWN_S)));
    }
}
