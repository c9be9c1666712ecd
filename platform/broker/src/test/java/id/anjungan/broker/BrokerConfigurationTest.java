package id.anjungan.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.CoreAddressConfiguration;
import org.apache.activemq.artemis.core.config.ha.SharedStoreBackupPolicyConfiguration;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.core.settings.impl.HierarchicalObjectRepository;
import org.junit.jupiter.api.Test;

class BrokerConfigurationTest {

    private final Configuration config = configuration("--role", "backup", "--data", "/srv/store", "--port", "61617");

    @Test
    void everythingLivesOnTheSharedStore() {
        assertEquals("/srv/store/journal", config.getJournalDirectory());
        assertEquals("/srv/store/bindings", config.getBindingsDirectory());
        assertEquals("/srv/store/paging", config.getPagingDirectory());
        assertEquals("/srv/store/large-messages", config.getLargeMessagesDirectory());
        assertEquals("/srv/store", config.getNodeManagerLockDirectory());
        assertTrue(config.isPersistIDCache());
    }

    @Test
    void theBackupNeverFailsBack() {
        SharedStoreBackupPolicyConfiguration ha = (SharedStoreBackupPolicyConfiguration) config.getHAPolicyConfiguration();
        assertFalse(ha.isAllowFailBack());
    }

    @Test
    void theGlobalLimitIsAQuarterOfTheHeap() {
        assertEquals(64L << 20, BrokerConfiguration.globalMaxSize(256L << 20));
        assertEquals(BrokerConfiguration.globalMaxSize(Runtime.getRuntime().maxMemory()), config.getGlobalMaxSize());
    }

    @Test
    void inboundAndTheDeadLettersAreDeclaredAndDurable() {
        List<String> declared = config.getAddressConfigurations().stream()
                .map(CoreAddressConfiguration::getName)
                .toList();
        assertEquals(List.of(CityAddresses.INBOUND, CityAddresses.DEAD_LETTER), declared);
        config.getAddressConfigurations().forEach(a -> a.getQueueConfigs().forEach(q -> {
            assertTrue(q.isDurable(), q.getName().toString());
            assertFalse(q.isAutoDelete(), q.getName().toString());
        }));
    }

    @Test
    void nothingIsEverAutoDeletedAndOnlyKioskQueuesAreAutoCreated() {
        AddressSettings inbound = settings(CityAddresses.INBOUND);
        AddressSettings kiosk = settings(CityAddresses.KIOSK_PREFIX + "K0042");
        AddressSettings other = settings("something.else");
        for (AddressSettings s : List.of(inbound, kiosk, other)) {
            assertFalse(s.isAutoDeleteQueues());
            assertFalse(s.isAutoDeleteAddresses());
        }
        assertTrue(kiosk.isAutoCreateQueues());
        assertFalse(inbound.isAutoCreateQueues());
        assertFalse(other.isAutoCreateAddresses());
        assertEquals(CityAddresses.INBOUND_ID_CACHE, inbound.getIDCacheSize());
        assertEquals(CityAddresses.DEAD_LETTER, inbound.getDeadLetterAddress().toString());
        assertEquals(CityAddresses.MAX_DELIVERY_ATTEMPTS, inbound.getMaxDeliveryAttempts());
        assertEquals(CityAddresses.DEAD_LETTER, kiosk.getDeadLetterAddress().toString());
    }

    private AddressSettings settings(String address) {
        HierarchicalObjectRepository<AddressSettings> repository = new HierarchicalObjectRepository<>();
        repository.setDefault(new AddressSettings());
        config.getAddressSettings().forEach(repository::addMatch);
        return repository.getMatch(address);
    }

    private static Configuration configuration(String... args) {
        try {
            return BrokerConfiguration.of(BrokerOptions.parse(args));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
