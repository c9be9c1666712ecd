package id.anjungan.host.config;

import java.util.Locale;

/**
 * Every setting of the kiosk, with its default and meaning: {@link Settings} reads nothing else, and
 * {@code SettingsDocumentedTest} holds the README's settings table to this list. A setting is the system property
 * {@link #key()} or the environment variable {@link #variable()}; a per-program one also the key with
 * {@code .<code>} appended (the variable with {@code _<CODE>}), which wins over the kiosk-wide value.
 */
public enum Setting {
    HOME("anjungan.home", "var", "data folder: database, module store, attachments, configuration"),
    PORT("anjungan.port", "8080", "HTTP port (read by bin/anjungan)"),
    DEMO("anjungan.demo", "false", "demo modules, accounts and lists at first start (bin/anjungan --demo)"),
    DEMO_DIR("anjungan.demo.dir", ".", "the distribution folder the demo data comes from (bin/anjungan --demo)"),
    DB_URL("anjungan.db.url", null, "JDBC URL of a PostgreSQL database; none: embedded Derby in $ANJUNGAN_HOME/db"),
    DB_USER("anjungan.db.user", null, "user of the PostgreSQL database"),
    DB_PASSWORD("anjungan.db.password", null, "password of the PostgreSQL database"),
    DB_BOOT_KEY("anjungan.db.boot.key", null, "key the embedded Derby database is encrypted with; none: a key file"),
    DB_POOL_SIZE("anjungan.db.pool.size", "32", "most database connections open at once"),
    DB_POOL_MIN_IDLE("anjungan.db.pool.min.idle", "4", "database connections kept open while the kiosk is idle"),
    DB_POOL_WAIT_MS("anjungan.db.pool.wait.ms", "10000", "how long a request waits for a free connection"),
    DB_POOL_IDLE_MINUTES("anjungan.db.pool.idle.minutes", "10", "unused connections above the minimum close after"),
    ADMIN_PASSWORD("anjungan.admin.password", null, "password of the first admin; none: a one-time password"),
    TRUST_KEYSTORE("anjungan.trust.keystore", null, "PKCS#12 trust store of the module signers"),
    TRUST_PASSWORD("anjungan.trust.password", "anjungan", "password of the trust store"),
    TRUST_DEVELOPMENT_KEY("anjungan.trust.development.key", "false", "run without --demo on the development key"),
    KELURAHAN_NAME("anjungan.kelurahan.name", "Miroto", "kelurahan the kiosk stands in"),
    KELURAHAN_KECAMATAN("anjungan.kelurahan.kecamatan", "Semarang Tengah", "its kecamatan"),
    KELURAHAN_CITY("anjungan.kelurahan.city", "Kota Semarang", "its city"),
    KELURAHAN_KECAMATAN_CODE("anjungan.kelurahan.kecamatan.code", "337401", "its kecamatan code"),
    ZONE("anjungan.zone", "Asia/Jakarta", "time zone of dates on receipts and screens"),
    PRINTER("anjungan.printer", null, "receipt printer: a device file or tcp://host:9100"),
    MODULE_TIMEOUT_MS("anjungan.module.timeout.ms", "5000", "how long a call into a module may take"),
    MODULE_CONCURRENCY("anjungan.module.concurrency", "16", "calls one module may have running at once"),
    MODULE_COOLDOWN_S("anjungan.module.cooldown.s", "30", "how long a DOWN module's calls are refused"),
    MODULE_START_TIMEOUT_S("anjungan.module.start.timeout.s", "20", "how long a started module may take to register its program"),
    AUDIT_KEY("anjungan.audit.key", null, "key of the audit entries' NIK hash; none: $ANJUNGAN_HOME/audit.key"),
    ATTACHMENT_ORPHAN_HOURS("anjungan.attachment.orphan.hours", "24", "age an unused upload is removed at"),
    IDLE_SECONDS("anjungan.idle.seconds", "60", "seconds without a touch before the screen warns of its reset"),
    IDLE_WARNING_SECONDS("anjungan.idle.warning.seconds", "20", "seconds the warning shows before the reset"),
    STATUS_INDEX_ROWS("anjungan.status.index.rows", "2000000", "recipient list NIKs kept in memory"),
    SESSION_IDLE_MINUTES("anjungan.session.idle.minutes", "15", "a resident session ends after this long unused"),
    SESSION_MAX_MINUTES("anjungan.session.max.minutes", "60", "a resident session ends after this long"),
    SESSION_PER_DEVICE_PER_MINUTE("anjungan.session.per.device.per.minute", "30", "resident sessions a device starts"),
    STATUS_PER_SESSION_PER_MINUTE("anjungan.status.per.session.per.minute", "10", "status lookups per session"),
    STATUS_PER_DEVICE_PER_MINUTE("anjungan.status.per.device.per.minute", "60", "status lookups per device"),
    STATUS_PER_STAFF_PER_MINUTE("anjungan.status.per.staff.per.minute", "60", "status lookups per staff account"),
    STATUS_PER_NIK_PER_HOUR("anjungan.status.per.nik.per.hour", "20", "lookups of one NIK an hour"),
    TRACKING_PER_SESSION_PER_MINUTE("anjungan.tracking.per.session.per.minute", "30", "case lookups per session"),
    TRACKING_PER_DEVICE_PER_MINUTE("anjungan.tracking.per.device.per.minute", "60", "case lookups per device"),
    TRACKING_PROOFS_PER_CASE_PER_HOUR("anjungan.tracking.proofs.per.case.per.hour", "10", "KK proofs per case"),
    LISTS_SOURCE("anjungan.lists.source", "DTSEN", "source of an import that names none", true),
    LISTS_REFRESH_DAYS("anjungan.lists.refresh.days", "92", "days after which a list is due for replacement"
            + " (a quarter and a few days for the list to arrive from Dinas Sosial)", true),
    IMPORT_MAX_MB("anjungan.import.max.mb", "512", "largest recipient list upload"),
    IMPORT_BATCH_ROWS("anjungan.import.batch.rows", "5000", "rows an import writes per batch"),
    IMPORT_WRITERS("anjungan.import.writers", "1", "threads writing an import's rows (PostgreSQL)"),
    UPLOAD_PER_SESSION_FILES("anjungan.upload.per.session.files", "20", "uploads one resident session may make"),
    UPLOAD_PER_SESSION_MB("anjungan.upload.per.session.mb", "50", "megabytes one resident session may upload"),
    LOGIN_PER_MINUTE("anjungan.login.per.minute", "5", "login attempts a minute per account"),
    LOGIN_SOURCE_PER_MINUTE("anjungan.login.source.per.minute", "30", "login attempts a minute per address"),
    PROXY_TRUSTED("anjungan.proxy.trusted", null, "reverse proxies whose X-Forwarded-For is believed"),
    LOGIN_LOCK_AFTER("anjungan.login.lock.after", "10", "failed logins that lock an account"),
    STAFF_SESSION_IDLE_MINUTES("anjungan.staff.session.idle.minutes", "480", "a staff session ends after this long unused"),
    STAFF_SESSION_MAX_MINUTES("anjungan.staff.session.max.minutes", "720", "a staff session ends this long after login"),
    ROLE("anjungan.role", "kiosk", "kiosk, or city: a node of the city tier that receives every kiosk's cases"),
    CLUSTER_MEMBERS("anjungan.cluster.members", null, "city nodes' data grid members, host:port,host:port (bin/anjungan)"),
    CLUSTER_NAME("anjungan.cluster.name", "anjungan", "name of the city nodes' data grid (bin/anjungan)"),
    CLUSTER_PORT("anjungan.cluster.port", "6900", "this city node's data grid port (bin/anjungan)"),
    CLUSTER_INTERFACE("anjungan.cluster.interface", null, "address the data grid binds to (bin/anjungan)"),
    KIOSK_NUMBER("anjungan.kiosk.number", null, "number the city assigned the kiosk (1-9999); none: not registered"),
    CITY_BROKER_URL("anjungan.city.broker.url", null, "Artemis URL of the city's broker pair; none: an island kiosk"),
    CITY_BROKER_USER("anjungan.city.broker.user", null, "user at the city's broker"),
    CITY_URL("anjungan.city.url", null, "the city tier's address, asked about cases filed at other kiosks; none: not asked"),
    CITY_BROKER_PASSWORD("anjungan.city.broker.password", null, "password at the city's broker"),
    CITY_OFFLINE_MAX_DAYS("anjungan.city.offline.max.days", "7", "days without reaching the city before new filings are refused"),
    CITY_CONSUMERS("anjungan.city.consumers", "4", "threads of a city node taking kiosks' messages"),
    CITY_BATCH("anjungan.city.batch", "50", "kiosk messages a city consumer takes and commits together"),
    CITY_BATCH_WAIT_MS("anjungan.city.batch.wait.ms", "20", "how long a city consumer waits to fill a batch"),
    CITY_SENT_RETENTION_DAYS("anjungan.city.sent.retention.days", "30", "days a kiosk keeps the outbox rows and attachment records the city's broker took"),
    CITY_INBOX_RETENTION_DAYS("anjungan.city.inbox.retention.days", "30", "days a city node keeps the ids of applied kiosk messages"),
    CITY_REQUIRE_VALIDATED_USER("anjungan.city.require.validated.user", "false", "refuse kiosk messages the broker did not stamp with the named kiosk as their validated user (mutual TLS)"),
    CITY_STATUS_SECONDS("anjungan.city.status.seconds", "30", "seconds between a kiosk's heartbeats to the city (modules, health, sync queue)"),
    ROLLOUT_HEALTHY_SECONDS("anjungan.rollout.healthy.seconds", "300", "seconds every kiosk of a ring must run a new module version UP before the rollout goes on"),
    IDP_URL("anjungan.idp.url", null, "issuer of the staff identity provider (Keycloak realm); none: local accounts"),
    IDP_CLIENT("anjungan.idp.client", "anjungan", "the identity provider's client (and token audience) of Anjungan"),
    STAFF_OFFLINE_DAYS("anjungan.staff.offline.days", "7", "days a kiosk accepts a staff credential cached at its last online login"),
    CITY_LIST_CHECK_MINUTES("anjungan.city.list.check.minutes", "60", "minutes between a kiosk's requests for newer recipient lists from the city"),
    CITY_DOWNLINK_LEASE_SECONDS("anjungan.city.downlink.lease.seconds", "30", "seconds a city node's claim on a message for a kiosk holds before another node may send it"),
    CITY_STATUS_PAUSE_SECONDS("anjungan.city.status.pause.seconds", "30", "seconds a kiosk stops asking the city about other kiosks' cases after the city did not answer");

    private final String key;
    private final String fallback;
    private final String meaning;
    private final boolean perProgram;

    Setting(String key, String fallback, String meaning) {
        this(key, fallback, meaning, false);
    }

    Setting(String key, String fallback, String meaning, boolean perProgram) {
        this.key = key;
        this.fallback = fallback;
        this.meaning = meaning;
        this.perProgram = perProgram;
    }

    /** The system property. */
    public String key() {
        return key;
    }

    /** The environment variable: the key upper-cased, dots as underscores. */
    public String variable() {
        return variable(key);
    }

    static String variable(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    /** The value without configuration, or null when there is none (an optional setting). */
    public String fallback() {
        return fallback;
    }

    public String meaning() {
        return meaning;
    }

    /** Whether a program may have its own value ({@code ANJUNGAN_LISTS_SOURCE_BPNT}). */
    public boolean perProgram() {
        return perProgram;
    }
}
