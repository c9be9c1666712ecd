package id.anjungan.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BrokerOptionsTest {

    @Test
    void readsTheCommandLineOtherScriptsUse() {
        BrokerOptions o = BrokerOptions.parse("--role", "backup", "--data", "/srv/store", "--port", "61617");
        assertEquals(BrokerOptions.Role.BACKUP, o.role());
        assertEquals(Path.of("/srv/store"), o.data());
        assertEquals(61617, o.port());
        assertEquals("127.0.0.1", o.host());
        assertEquals("127.0.0.1:61616", o.peer(), "the backup's peer is the next port down");
        assertFalse(o.secured());
    }

    @Test
    void thePrimarysPeerIsTheNextPortUpUnlessGiven() {
        assertEquals("127.0.0.1:61617", BrokerOptions.parse("--role", "primary", "--data", "d", "--port", "61616").peer());
        assertEquals(
                "10.0.0.2:61616",
                BrokerOptions.parse("--role", "primary", "--data", "d", "--port", "61616", "--peer", "10.0.0.2:61616")
                        .peer());
    }

    @Test
    void credentialsComeInPairs() {
        assertTrue(BrokerOptions.parse(
                        "--role", "primary", "--data", "d", "--port", "1", "--user", "u", "--password", "p")
                .secured());
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> BrokerOptions.parse("--role", "primary", "--data", "d", "--port", "1", "--user", "u"));
        assertTrue(e.getMessage().contains("--user and --password go together"), e.getMessage());
    }

    @Test
    void misuseIsExplainedInBothLanguages() {
        assertThrows(IllegalArgumentException.class, () -> BrokerOptions.parse("--role", "live", "--data", "d"));
        assertThrows(IllegalArgumentException.class, () -> BrokerOptions.parse("--role", "primary", "--data"));
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> BrokerOptions.parse("--role", "primary", "--data", "d", "--port", "70000"));
        assertTrue(e.getMessage().startsWith("port tidak sah: 70000 / invalid port: 70000"), e.getMessage());
        assertTrue(e.getMessage().contains(BrokerOptions.USAGE));
        assertThrows(IllegalArgumentException.class, () -> BrokerOptions.parse("--role", "primary", "--port", "1"));
    }
}
