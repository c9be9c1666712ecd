package id.anjungan.host.city.control;

import id.anjungan.host.config.Setting;
import id.anjungan.host.config.Settings;
import id.anjungan.host.sync.SyncProtocol;
import jakarta.jms.JMSException;
import jakarta.jms.Message;

/**
 * A kiosk sends only as itself. The broker authorises addresses, not contents: every kiosk may send to the inbound
 * queue, and a message's {@code anjungan_kiosk} is whatever its sender wrote. With mutual TLS each kiosk logs in as
 * its own certificate's user ({@code K0042}), and the broker, with {@code populate-validated-user}, stamps that user
 * on the message as {@code _AMQ_VALIDATED_USER}, which no client can set. With
 * {@code anjungan.city.require.validated.user} a message whose stamped user is not the kiosk it names (or that has
 * none: the broker does not stamp) is unusable: refused, logged with both ids (no personal data), dead-lettered after
 * the broker's tries. The duplicate id's kiosk already must be the named one ({@link Inbound}). Off by default: the
 * demo city's kiosks share one password login, so the stamped user is never a kiosk's.
 */
final class SenderCheck {

    /** Artemis's {@code Message.HDR_VALIDATED_USER}. */
    static final String VALIDATED_USER = "_AMQ_VALIDATED_USER";

    private final boolean required;

    SenderCheck() {
        this(Boolean.parseBoolean(Settings.value(Setting.CITY_REQUIRE_VALIDATED_USER)));
    }

    SenderCheck(boolean required) {
        this.required = required;
    }

    void check(Message m) throws JMSException {
        if (!required) {
            return;
        }
        String user = m.getStringProperty(VALIDATED_USER);
        String kiosk = m.getStringProperty(SyncProtocol.KIOSK);
        if (user == null) {
            throw new UnusableMessage("no validated user on a message naming kiosk " + kiosk
                    + " (is populate-validated-user on at the broker?)");
        }
        if (!user.equals(kiosk)) {
            throw new UnusableMessage("sent by broker user " + user + " in the name of kiosk " + kiosk);
        }
    }
}
