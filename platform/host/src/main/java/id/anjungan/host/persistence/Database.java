package id.anjungan.host.persistence;

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
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * The one EntityManagerFactory: embedded Derby under {@code $ANJUNGAN_HOME/db} by default, or any JDBC URL
 * ({@code anjungan.db.url}, PostgreSQL for a central server). The persistence unit lives outside the standard
 * location so that the container does not deploy it with its own default data source.
 */
@jakarta.enterprise.context.ApplicationScoped
public class Database implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Database.class.getName());
    /** EclipseLink hands properties with this prefix to the JDBC driver. */
    private static final String DRIVER_PROPERTY = "eclipselink.jdbc.property.";

    private EntityManagerFactory factory;
    private ReadConnections reads;
    private boolean derby;
    private String url;

    /** Opens the database with the deployment's settings plus {@code overrides} (tests). */
    public void open(Map<String, String> overrides) {
        Map<String, Object> props = new HashMap<>();
        Optional<String> configured = Optional.ofNullable(overrides.get("jakarta.persistence.jdbc.url"))
                .or(() -> Settings.get("anjungan.db.url"));
        url = configured.orElseGet(Database::derbyUrl);
        derby = url.startsWith("jdbc:derby:");
        if (configured.isEmpty()) { // the kiosk's own Derby: encrypted at rest, on every connection the same way
            DerbyEncryption.bootAttributes(Settings.home()).forEach((k, v) -> props.put(DRIVER_PROPERTY + k, v));
        }
        props.put("jakarta.persistence.jdbc.url", url);
        props.put("jakarta.persistence.jdbc.driver", derby ? "org.apache.derby.jdbc.EmbeddedDriver" : "org.postgresql.Driver");
        Settings.get("anjungan.db.user").ifPresent(u -> props.put("jakarta.persistence.jdbc.user", u));
        Settings.get("anjungan.db.password").ifPresent(p -> props.put("jakarta.persistence.jdbc.password", p));
        props.put("eclipselink.persistencexml", "META-INF/anjungan-persistence.xml");
        props.put("eclipselink.ddl-generation", "create-or-extend-tables");
        props.put("eclipselink.ddl-generation.output-mode", "database");
        props.put("eclipselink.logging.level", "WARNING");
        props.put("eclipselink.logging.logger", "JavaLogger");
        // a lost race on a unique key is expected and handled; schema (ddl) warnings stay visible
        props.put("eclipselink.logging.level.sql", "SEVERE");
        // EclipseLink closes every released connection above the minimum: keep them, or a busy kiosk opens and closes
        // a connection per query
        props.put("eclipselink.connection-pool.default.initial", "2");
        props.put("eclipselink.connection-pool.default.min", "32");
        props.put("eclipselink.connection-pool.default.max", "32");
        props.put("eclipselink.cache.shared.default", "false");
        // the same few statements run all day: prepare them once per pooled connection, not per query
        props.put("eclipselink.jdbc.cache-statements", "true");
        props.put("eclipselink.jdbc.cache-statements.size", "100");
        props.putAll(overrides);
        java.sql.Driver driver = driver((String) props.get("jakarta.persistence.jdbc.driver"));
        java.util.Properties credentials = credentials(props);
        SchemaMarker marker = SchemaMarker.ofEntities();
        boolean current = false;
        try (java.sql.Connection c = driver.connect(url, credentials)) {
            current = marker.current(c);
        } catch (java.sql.SQLException e) {
            // unreachable database: EclipseLink reports it below, as before
        }
        if (current) {
            props.put("eclipselink.ddl-generation", "none"); // same entities as last time: skip the metadata round trips
        }
        factory = Persistence.createEntityManagerFactory("anjungan", props);
        reads = new ReadConnections(driver, url, credentials);
        factory.createEntityManager().close(); // creates and upgrades the schema now, not on the first request
        if (!current) { // the schema was generated: its keys and indexes, then the marker that spares the next start
            try (java.sql.Connection c = driver.connect(url, credentials)) {
                UniqueKeys.ensure(c);
                Indexes.ensure(c);
                recordQuietly(marker, c);
            } catch (java.sql.SQLException e) {
                // the ledger and the quotas rely on them: no start without
                throw new jakarta.persistence.PersistenceException("unique keys missing (" + e.getSQLState() + ")", e);
            }
        }
        if (derby) {
            SchemaMarker.forgetFileBeside(url);
        }
        LOG.info(() -> "Database ready: " + (derby ? url : url.replaceAll("//.*@", "//***@")));
    }

    private static void recordQuietly(SchemaMarker marker, java.sql.Connection c) {
        try {
            marker.record(c);
        } catch (java.sql.SQLException e) {
            LOG.fine(() -> "Schema marker not recorded (" + e.getSQLState() + "): the next start generates it again");
        }
    }

    private static java.sql.Driver driver(String name) {
        try {
            return (java.sql.Driver) Class.forName(name).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("JDBC driver " + name + " missing", e);
        }
    }

    private static java.util.Properties credentials(Map<String, Object> props) {
        java.util.Properties credentials = new java.util.Properties();
        if (props.get("jakarta.persistence.jdbc.user") instanceof String user) {
            credentials.setProperty("user", user);
        }
        if (props.get("jakarta.persistence.jdbc.password") instanceof String password) {
            credentials.setProperty("password", password);
        }
        props.forEach((k, v) -> {
            if (k.startsWith(DRIVER_PROPERTY)) {
                credentials.setProperty(k.substring(DRIVER_PROPERTY.length()), (String) v);
            }
        });
        return credentials;
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

    /** Closes the factory and, on Derby, shuts this database down so its files are consistent and unlocked. */
    @Override
    public void close() {
        if (factory == null) {
            return;
        }
        reads.close();
        factory.close();
        factory = null;
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
