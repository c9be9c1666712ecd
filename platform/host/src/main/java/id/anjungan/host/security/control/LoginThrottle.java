package id.anjungan.host.security.control;

import id.anjungan.host.config.Setting;
import id.anjungan.host.config.Settings;
import id.anjungan.host.grid.Grid;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Login attempts per account and per source address, each in a one-minute window: a 6-digit PIN tried at 96–168
 * guesses a minute was never slowed. The source is the connection's address, never a header the caller writes.
 * On the city tier the attempts are counted on the data grid: guesses spread over the nodes count as one.
 */
@ApplicationScoped
public class LoginThrottle {

    final RateLimits perAccount = new RateLimits(Settings.number(Setting.LOGIN_PER_MINUTE));
    final RateLimits perSource = new RateLimits(Settings.number(Setting.LOGIN_SOURCE_PER_MINUTE));
    @Inject
    Grid grid;

    @PostConstruct
    void share() {
        perAccount.share(grid, "login-account");
        perSource.share(grid, "login-source");
    }

    /** Counts an attempt; how long to wait when the account's or the source's minute is used up. */
    public Optional<Duration> attempt(String username, String source, Instant now) {
        boolean account = perAccount.allow(username == null ? "" : username.toLowerCase(Locale.ROOT), now);
        boolean address = perSource.allow(source == null ? "" : source, now);
        return account && address ? Optional.empty() : Optional.of(Duration.ofSeconds(60 - now.getEpochSecond() % 60));
    }
}
