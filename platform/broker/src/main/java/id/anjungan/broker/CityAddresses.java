package id.anjungan.broker;

import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.CoreAddressConfiguration;
import org.apache.activemq.artemis.core.settings.impl.AddressFullMessagePolicy;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

/**
 * Every address the kiosks and the city use (docs/city-sync.md), declared in the broker's configuration: queues that
 * Artemis auto-created were auto-deleted when empty, at a restart or a backup's activation, and their duplicate-ID
 * cache went with them, so later resends were delivered again (CITY-NETWORK-NOTES).
 */
public final class CityAddresses {

    /** Kiosk to city: every case, attachment and audit batch; the city nodes are its competing consumers. */
    public static final String INBOUND = "anjungan.city.inbound";

    /** City to kiosk: {@code anjungan.kiosk.<kioskId>}, created when a registered kiosk first uses it. */
    public static final String KIOSK_PREFIX = "anjungan.kiosk.";

    /** Where a message goes after {@link #MAX_DELIVERY_ATTEMPTS} failed deliveries (an SHA-256 mismatch, say). */
    public static final String DEAD_LETTER = "anjungan.dlq";

    /**
     * Ten attempts, one second apart and doubling up to a minute: about four minutes, longer than a PostgreSQL
     * failover, so only a message the city can never apply ends up dead-lettered.
     */
    public static final int MAX_DELIVERY_ATTEMPTS = 10;

    /**
     * Duplicate-ID window of {@link #INBOUND}, which all kiosks share. A city of 177 kiosks with 100 cases a day each,
     * every case sending its snapshots per step, two photos and audit batches (about 10 messages), brings some 180,000
     * ids a day: 200,000 keep a whole day's, so a kiosk that crashed between send() and marking its row sent is still
     * deduplicated by the broker when it comes back the next morning. Beyond that window the city's sync_inbox is what
     * deduplicates. About 40 MB of heap and a journal record per id.
     */
    public static final int INBOUND_ID_CACHE = 200_000;

    /** A kiosk's own outcomes are few; their resends come within minutes. */
    public static final int KIOSK_ID_CACHE = 2_000;

    private CityAddresses() {}

    /** Declares the addresses and queues and their settings. */
    public static void declare(Configuration config) {
        config.addAddressConfiguration(anycast(INBOUND));
        config.addAddressConfiguration(anycast(DEAD_LETTER));
        config.addAddressSetting("#", declaredOnly());
        config.addAddressSetting(
                INBOUND,
                declaredOnly()
                        .setIDCacheSize(INBOUND_ID_CACHE)
                        .setDeadLetterAddress(SimpleString.of(DEAD_LETTER))
                        .setMaxDeliveryAttempts(MAX_DELIVERY_ATTEMPTS)
                        .setRedeliveryDelay(1_000)
                        .setRedeliveryMultiplier(2)
                        .setMaxRedeliveryDelay(60_000));
        config.addAddressSetting(
                KIOSK_PREFIX + "#",
                declaredOnly()
                        .setAutoCreateAddresses(true)
                        .setAutoCreateQueues(true)
                        .setDefaultAddressRoutingType(RoutingType.ANYCAST)
                        .setDefaultQueueRoutingType(RoutingType.ANYCAST)
                        .setIDCacheSize(KIOSK_ID_CACHE)
                        .setDeadLetterAddress(SimpleString.of(DEAD_LETTER))
                        .setMaxDeliveryAttempts(MAX_DELIVERY_ATTEMPTS));
    }

    private static CoreAddressConfiguration anycast(String name) {
        return new CoreAddressConfiguration()
                .setName(name)
                .addRoutingType(RoutingType.ANYCAST)
                .addQueueConfiguration(QueueConfiguration.of(name)
                        .setAddress(name)
                        .setRoutingType(RoutingType.ANYCAST)
                        .setDurable(true)
                        .setAutoDelete(false));
    }

    /** Nothing appears or disappears by itself: no auto-create (unless widened), never auto-delete, page when full. */
    private static AddressSettings declaredOnly() {
        return new AddressSettings()
                .setAutoCreateAddresses(false)
                .setAutoCreateQueues(false)
                .setAutoDeleteAddresses(false)
                .setAutoDeleteQueues(false)
                .setAutoDeleteCreatedQueues(false)
                .setAutoCreateDeadLetterResources(false)
                .setAutoCreateExpiryResources(false)
                .setAddressFullMessagePolicy(AddressFullMessagePolicy.PAGE);
    }
}
