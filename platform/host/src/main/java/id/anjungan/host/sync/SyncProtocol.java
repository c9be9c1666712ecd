package id.anjungan.host.sync;

/**
 * Addresses and message properties between kiosks and the city ({@code docs/city-sync.md}). Every address here is
 * declared in the broker's configuration: an auto-created queue is deleted when empty, and its duplicate-ID cache
 * with it.
 */
public final class SyncProtocol {

    /** Version of the bodies; a consumer refuses (dead-letters) a message of a version it does not know. */
    public static final int SCHEMA = 1;

    /** Kiosk to city: every case snapshot, attachment and audit batch (anycast, competing city consumers). */
    public static final String INBOUND = "anjungan.city.inbound";

    /** City to one kiosk: {@code anjungan.kiosk.<kioskId>} (anycast, that kiosk's one consumer). */
    public static final String KIOSK_PREFIX = "anjungan.kiosk.";

    /** Artemis duplicate detection: {@code <kioskId>:<kind>:<key>}, the same on every resend of one message. */
    public static final String DUPLICATE_ID = "_AMQ_DUPL_ID";
    /** Which body follows: one of the {@code KIND_} values. */
    public static final String KIND = "anjungan_kind";
    /** The sending kiosk's id. */
    public static final String KIOSK = "anjungan_kiosk";
    /** {@link #SCHEMA} of the body. */
    public static final String SCHEMA_PROPERTY = "anjungan_schema";
    /** Attachment: its id (a UUID, unique across kiosks). */
    public static final String ATTACHMENT = "anjungan_attachment";
    /** Attachment: hex SHA-256 of its bytes, checked by the city before it stores them. */
    public static final String SHA256 = "anjungan_sha256";
    /** Attachment: its content type as the kiosk sniffed it. */
    public static final String CONTENT_TYPE = "anjungan_content_type";

    /** Recipient list: the program whose list it is. */
    public static final String PROGRAM = "anjungan_program";
    /** Recipient list: the period of the city's list, which the kiosk loads it as. */
    public static final String PERIOD = "anjungan_period";
    /** Recipient list: the city's source of the list (DTSEN, SP2D, OTHER). */
    public static final String LIST_SOURCE = "anjungan_list_source";
    /** Recipient list: the city's version of the program's list, higher for every newer list. */
    public static final String LIST_VERSION = "anjungan_list_version";

    /** Text message, {@link CaseSnapshot} as JSON. */
    public static final String KIND_CASE = "case";
    /** Bytes (large) message: the attachment's bytes, streamed; properties {@link #ATTACHMENT}, {@link #SHA256}. */
    public static final String KIND_ATTACHMENT = "attachment";
    /** Text message, {@link AuditBatch} as JSON. */
    public static final String KIND_AUDIT = "audit";
    /** Text message (city to kiosk), {@link Outcome} as JSON. */
    public static final String KIND_OUTCOME = "outcome";
    /** Text message (city to kiosk), {@link DesiredModules} as JSON: the module versions the kiosk's ring should run. */
    public static final String KIND_DESIRED_MODULES = "desired-modules";
    /** Bytes (large) message (city to kiosk): a signed module jar a desired state names; property {@link #SHA256}. */
    public static final String KIND_MODULE_JAR = "module-jar";
    /** Text message (kiosk to city), {@link KioskStatus} as JSON: the kiosk's heartbeat. */
    public static final String KIND_STATUS = "status";
    /**
     * Bytes (large) message (city to kiosk): the kiosk's kelurahan's rows of a program's newest list, gzip CSV as the
     * import reads it; properties {@link #PROGRAM}, {@link #PERIOD}, {@link #LIST_SOURCE}, {@link #LIST_VERSION},
     * {@link #SHA256} (of the gzip bytes).
     */
    public static final String KIND_RECIPIENT_LIST = "recipient-list";
    /** Text message (kiosk to city), {@link ListRequest} as JSON. */
    public static final String KIND_LIST_REQUEST = "list-request";
    /**
     * Text message (city to kiosk), {@link CaseSnapshot} as JSON: the city's copy of a case the kiosk filed, with every
     * step, after a staff step on the city tier; duplicate id {@code city:case-state:<tracking>:<steps>}.
     */
    public static final String KIND_CASE_STATE = "case-state";
    /**
     * Text message (city to kiosk), {@link KelurahanPrograms} as JSON: the programs the kiosk's kelurahan runs, as the
     * city's admin set them; duplicate id {@code city:programs:<kelurahan>:<revision>:<kiosk>}.
     */
    public static final String KIND_PROGRAMS = "programs";
    /**
     * Text message (city to kiosk), {@link ProgramsReleased} as JSON: the city handed the kiosk's kelurahan back, its
     * admin switches the programs again; duplicate id {@code city:programs-released:<kelurahan>:<revision>:<kiosk>}.
     * A kiosk that does not know the kind drops it and stays with the last list.
     */
    public static final String KIND_PROGRAMS_RELEASED = "programs-released";

    private SyncProtocol() {
    }

    /** The duplicate id of a message: globally unique because kiosk ids are. */
    public static String duplicateId(String kioskId, String kind, String key) {
        return kioskId + ":" + kind + ":" + key;
    }

    /** The duplicate id of a city-to-kiosk message: {@code city:<kind>:<key>}. */
    public static String cityDuplicateId(String kind, String key) {
        return "city:" + kind + ":" + key;
    }

    /** The address of one kiosk's queue. */
    public static String kioskAddress(String kioskId) {
        return KIOSK_PREFIX + kioskId;
    }
}
