package id.anjungan.host.persistence;

import com.zaxxer.hikari.HikariDataSource;
import id.anjungan.host.config.Setting;
import id.anjungan.host.config.Settings;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * The one EntityManagerFactory: embedded Derby under {@code $ANJUNGAN_HOME/db} by default, or any JDBC URL
 * ({@code anjungan.db.url}, PostgreSQL for a central server), behind one connection pool. Its schema comes from the
 * migrations (Flyway), never from EclipseLink. The persistence unit lives outside the standard location so that the
 * container does not deploy it with its own default data source.
 */
@jakarta.enterprise.context.ApplicationScoped
public class Database implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Database.class.getName());
    private static final String JDBC = "jakarta.persistence.jdbc.";

    private HikariDataSource pool;
    private EntityManagerFactory factory;
    private ReadConnections reads;
    private boolean derby;
    private String url;

    /** Opens the database with the deployment's settings plus {@code overrides} (tests): migrates it, then the unit. */
    public void open(Map<String, String> overrides) {
        Optional<String> configured = Optional.ofNullable(overrides.get(JDBC + "url"))
                .or(() -> Settings.get(Setting.DB_URL));
        url = configured.orElseGet(Database::derbyUrl);
        derby = url.startsWith("jdbc:derby:");
        Properties driverProperties = new Properties();
        if (configured.isEmpty()) { // the kiosk's own Derby: encrypted at rest, on every connection the same way
            DerbyEncryption.bootAttributes(Settings.home()).forEach(driverProperties::setProperty);
        }
        Optional.ofNullable(overrides.get(JDBC + "user")).or(() -> Settings.get(Setting.DB_USER))
                .ifPresent(u -> driverProperties.setProperty("user", u));
        Optional.ofNullable(overrides.get(JDBC + "password")).or(() -> Settings.get(Setting.DB_PASSWORD))
                .ifPresent(p -> driverProperties.setProperty("password", p));
        pool = ConnectionPool.open(url, driverProperties);
        try {
            Migrations.apply(pool, derby);
            factory = Persistence.createEntityManagerFactory("anjungan", unitProperties(overrides));
            factory.createEntityManager().close(); // logs in now, not on the first request
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        reads = new ReadConnections(pool, derby);
        LOG.info(() -> "Database ready: " + (derby ? url : url.replaceAll("//.*@", "//***@")));
    }

    private Map<String, Object> unitProperties(Map<String, String> overrides) {
        Map<String, Object> props = new HashMap<>();
        props.put("eclipselink.persistencexml", "META-INF/anjungan-persistence.xml");
        props.put("jakarta.persistence.nonJtaDataSource", pool);
        props.put("eclipselink.logging.level", "WARNING");
        props.put("eclipselink.logging.logger", "JavaLogger");
        // a lost race on a unique key is expected and handled
        props.put("eclipselink.logging.level.sql", "SEVERE");
        props.put("eclipselink.cache.shared.default", "false");
        // TABLE ids (case steps, ledgers, quota slots) are allocated on a connection of their own and committed at
        // once: allocated in the caller's transaction, the sequence row stays locked until that commits, so a long
        // transaction (the city's batches) holds up every other one that needs ids, and deadlocks with them
        props.put("eclipselink.jdbc.sequence-connection-pool", "true");
        overrides.forEach((k, v) -> {
            if (!k.startsWith(JDBC)) { // the connection settings went to the pool
                props.put(k, v);
            }
        });
        return props;
    }

    private static String derbyUrl() {
        Path dir = Settings.home().resolve("db");
        try {
            Files.createDirectories(dir.getParent());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create " + dir.getParent(), e);
        }
        System.setProperty("derby.system.home", dir.getParent().toString());
        System.setProperty("derby.stream.error.file", dir.getParent().resolve("derby.log").toString());
        return "jdbc:derby:" + dir + ";create=true";
    }

    public boolean isDerby() {
        return derby;
    }

    /** Runs {@code work} in a transaction and commits; rolls back on any exception. */
    public <T> T tx(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    /**
     * Like {@link #tx} but runs the work again (up to 5 times) when the database reports a conflict with a
     * concurrent transaction: a duplicate key from a racing insert, a deadlock or a lock timeout.
     */
    public <T> T txRetrying(Function<EntityManager, T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tx(work);
            } catch (jakarta.persistence.PersistenceException e) {
                if (attempt >= 5 || !isConflict(e)) {
                    throw e;
                }
                try {
                    Thread.sleep(5L * attempt);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    static boolean isConflict(Throwable e) {
        String state = sqlState(e);
        return state.startsWith("23") || state.startsWith("40");
    }

    /** The SQLState of the first SQL exception in the chain, or "". */
    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "";
    }

    /**
     * Like {@link #tx} but runs the work once more when the database chose it as a deadlock victim or its lock wait
     * timed out (Derby 40001 and 40XL1, PostgreSQL 40P01): by then the transaction it waited for has ended.
     */
    public <T> T txRetryingOnce(Function<EntityManager, T> work) {
        try {
            return tx(work);
        } catch (jakarta.persistence.PersistenceException e) {
            if (!isDeadlock(e)) {
                throw e;
            }
            LOG.fine(() -> "Deadlock victim, running once more: " + e.getMessage());
            return tx(work);
        }
    }

    static boolean isDeadlock(Throwable e) {
        return java.util.Set.of("40001", "40XL1", "40P01").contains(sqlState(e));
    }

    /** Work on the plain JDBC connection of a transaction. */
    public interface JdbcWork<T> {
        T run(java.sql.Connection connection) throws java.sql.SQLException;
    }

    /** Runs {@code work} on the connection of {@code em}'s transaction (begun by {@link #tx}). */
    public static <T> T jdbc(EntityManager em, JdbcWork<T> work) {
        try {
            return work.run(em.unwrap(java.sql.Connection.class));
        } catch (java.sql.SQLException e) {
            throw new jakarta.persistence.PersistenceException(e);
        }
    }

    /**
     * Runs work on a plain connection in auto-commit mode, outside the persistence unit: the read every status lookup
     * makes, where a transaction would cost PostgreSQL a second round trip, and what cannot run in a transaction.
     */
    public <T> T autoCommitted(JdbcWork<T> work) {
        try {
            return reads.run(work);
        } catch (java.sql.SQLException e) {
            throw new jakarta.persistence.PersistenceException(e);
        }
    }

    /** Runs a read without a transaction. */
    public <T> T read(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    /** Closes the factory, then the pool, and, on Derby, shuts this database down so its files are consistent and unlocked. */
    @Override
    public void close() {
        if (pool == null) {
            return;
        }
        if (factory != null) {
            factory.close();
            factory = null;
        }
        pool.close();
        pool = null;
        if (derby) {
            shutdown(url.replace(";create=true", "") + ";shutdown=true", "08006");
        }
    }

    /** Stops the whole Derby engine; call last, when the web application stops. */
    public static void shutdownDerbyEngine() {
        shutdown("jdbc:derby:;shutdown=true", "XJ015");
    }

    private static void shutdown(String shutdownUrl, String cleanState) {
        try {
            new org.apache.derby.jdbc.EmbeddedDriver().connect(shutdownUrl, new java.util.Properties());
        } catch (java.sql.SQLException expected) {
            // Derby reports a clean shutdown as an exception with a known SQLState
            if (!cleanState.equals(expected.getSQLState())) {
                LOG.warning("Derby shutdown: " + expected.getMessage());
            }
        }
    }
}
