package id.anjungan.host.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The connections the pool fills itself with: straight from the driver of the URL, with the user, password and
 * (Derby) boot attributes as properties. Not through {@code DriverManager}, which inside the WAR does not list the
 * drivers the WAR brings (HikariCP warned of that at every start), and Derby 10.16 registers another class than its
 * {@code EmbeddedDriver}.
 */
final class DriverSource implements DataSource {

    private final Driver driver;
    private final String url;
    private final Properties properties;
    private volatile int loginTimeout;

    DriverSource(String url, Properties properties) {
        boolean derby = url.startsWith("jdbc:derby:");
        this.driver = derby ? new org.apache.derby.jdbc.EmbeddedDriver() : new org.postgresql.Driver();
        this.url = url;
        this.properties = new Properties();
        this.properties.putAll(properties);
        if (!derby && !url.contains("logServerErrorDetail")) {
            // PostgreSQL's DETAIL quotes the values: a duplicate claim would put a household's KK into the log
            this.properties.setProperty("logServerErrorDetail", "false");
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection c = driver.connect(url, properties);
        if (c == null) {
            throw new SQLException("not a Derby or PostgreSQL URL: " + url.replaceAll("//.*@", "//***@"), "08001");
        }
        return c;
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the user is a setting");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // nothing logs through it
    }

    /** Kept for the pool, which waits this long for connections being opened when it closes. */
    @Override
    public void setLoginTimeout(int seconds) {
        loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
