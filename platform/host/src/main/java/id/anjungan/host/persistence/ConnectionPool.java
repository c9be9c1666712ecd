package id.anjungan.host.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import id.anjungan.host.config.Setting;
import id.anjungan.host.config.Settings;
import java.time.Duration;
import java.util.Properties;

/**
 * The one pool of database connections (HikariCP), behind the persistence unit, the migrations and the plain JDBC
 * reads. Sized for the embedded Derby of a 2-core kiosk: 8 request threads, module calls and an import each hold at
 * most a connection or two; idle ones above the minimum are closed again, so a quiet kiosk keeps little memory.
 */
final class ConnectionPool {

    private ConnectionPool() {
    }

    /** Opens the pool and its first connection: an unreachable database or a wrong key fails here, at start. */
    static HikariDataSource open(String url, Properties driverProperties) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("anjungan");
        config.setDataSource(new DriverSource(url, driverProperties)); // user, password, Derby's boot attributes
        config.setMaximumPoolSize(Math.max(2, Settings.number(Setting.DB_POOL_SIZE)));
        config.setMinimumIdle(Math.min(Settings.number(Setting.DB_POOL_MIN_IDLE), config.getMaximumPoolSize()));
        config.setConnectionTimeout(Math.max(250, Settings.number(Setting.DB_POOL_WAIT_MS)));
        config.setIdleTimeout(Duration.ofMinutes(Math.max(1, Settings.number(Setting.DB_POOL_IDLE_MINUTES))).toMillis());
        return new HikariDataSource(config);
    }
}
