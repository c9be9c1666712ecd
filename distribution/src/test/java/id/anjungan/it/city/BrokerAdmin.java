package id.anjungan.it.city;

import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientRequestor;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.api.core.management.ManagementHelper;
import org.apache.activemq.artemis.api.core.management.ResourceNames;

/** The live broker's management, as an operator reaches it: the inbound queue's figures, its duplicate-ID cache. */
final class BrokerAdmin {

    static final String INBOUND = "anjungan.city.inbound";

    private BrokerAdmin() {
    }

    /** Messages the city nodes acknowledged on the inbound queue since the live broker started. */
    static long acknowledged() throws Exception {
        return ((Number) call(ResourceNames.QUEUE + INBOUND, "messagesAcknowledged", false)).longValue();
    }

    /** Messages waiting on, or being delivered from, the inbound queue. */
    static long waiting() throws Exception {
        return ((Number) call(ResourceNames.QUEUE + INBOUND, "messageCount", false)).longValue();
    }

    /**
     * Empties the inbound address's duplicate-ID cache: what a kiosk resends now reaches the city again, as after an
     * outage longer than the cache's window.
     */
    static void forgetDuplicateIds() throws Exception {
        call(ResourceNames.ADDRESS + INBOUND, "clearDuplicateIdCache", true);
    }

    private static Object call(String resource, String name, boolean operation) throws Exception {
        try (ServerLocator locator = ActiveMQClient.createServerLocator(City.get().brokerUrl());
             ClientSessionFactory factory = locator.createSessionFactory();
             ClientSession session = factory.createSession()) {
            ClientRequestor requestor = new ClientRequestor(session, "activemq.management");
            session.start();
            ClientMessage request = session.createMessage(false);
            if (operation) {
                ManagementHelper.putOperationInvocation(request, resource, name);
            } else {
                ManagementHelper.putAttribute(request, resource, name);
            }
            ClientMessage reply = requestor.request(request, 10_000);
            if (reply == null || !ManagementHelper.hasOperationSucceeded(reply)) {
                throw new IllegalStateException(name + " on " + resource + " failed: "
                        + (reply == null ? "no reply" : ManagementHelper.getResult(reply)));
            }
            return ManagementHelper.getResult(reply);
        }
    }
}
