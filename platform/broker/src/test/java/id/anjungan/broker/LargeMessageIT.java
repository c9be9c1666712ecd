package id.anjungan.broker;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 10 MB attachment streamed as a large message (never a byte[] in the heap) is kept in the shared store's
 * large-messages folder, survives kill -9 of the live broker and arrives at the backup with its SHA-256.
 */
class LargeMessageIT {

    static final int PRIMARY = 19331;
    static final int BACKUP = 19332;
    static final int SIZE = 10 * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void tenMegabytesArriveIntactAcrossAFailover() throws Exception {
        Path data = dir.resolve("store");
        Path photo = dir.resolve("photo.bin");
        byte[] sha = write(photo, SIZE);
        String url = FailoverIT.haUrl(PRIMARY, BACKUP);
        try (BrokerProcess primary = BrokerProcess.start("primary", data, PRIMARY).awaitLive();
                BrokerProcess backup = BrokerProcess.start("backup", data, BACKUP).awaitStandby();
                ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url)) {
            try (Connection connection = factory.createConnection();
                    InputStream in = Files.newInputStream(photo)) {
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                MessageProducer producer = session.createProducer(session.createQueue(CityAddresses.INBOUND));
                BytesMessage message = session.createBytesMessage();
                message.setObjectProperty("JMS_AMQ_InputStream", in);
                message.setStringProperty("anjungan_sha256", HexFormat.of().formatHex(sha));
                message.setStringProperty(FailoverIT.DUP, "K0001:attachment:photo");
                producer.send(message);
            }
            try (Stream<Path> files = Files.list(data.resolve("large-messages"))) {
                assertTrue(files.findAny().isPresent(), "the body is a file on the shared store");
            }

            primary.kill();
            backup.awaitLive();

            Path received = dir.resolve("received.bin");
            try (Connection connection = factory.createConnection();
                    OutputStream file = Files.newOutputStream(received);
                    DigestOutputStream out = new DigestOutputStream(file, MessageDigest.getInstance("SHA-256"))) {
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                MessageConsumer consumer = session.createConsumer(session.createQueue(CityAddresses.INBOUND));
                connection.start();
                BytesMessage message = (BytesMessage) consumer.receive(60_000);
                assertNotNull(message, "the attachment is delivered by the backup");
                message.setObjectProperty("JMS_AMQ_SaveStream", out);
                assertEquals(HexFormat.of().formatHex(sha), message.getStringProperty("anjungan_sha256"));
                assertArrayEquals(sha, out.getMessageDigest().digest());
            }
            assertEquals(SIZE, Files.size(received));
        }
    }

    /** Random bytes (photos do not compress), written to a file; returns their SHA-256. */
    private static byte[] write(Path file, int size) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        Random random = new Random(23);
        byte[] chunk = new byte[64 * 1024];
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha)) {
            for (int written = 0; written < size; written += chunk.length) {
                random.nextBytes(chunk);
                out.write(chunk);
            }
        }
        return sha.digest();
    }
}
