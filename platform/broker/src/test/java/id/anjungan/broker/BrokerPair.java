package id.anjungan.broker;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A primary and a backup on one shared store, both up: the primary live, the backup announced as its standby; {@code
 * url} is the kiosks' HA URL for the pair.
 */
record BrokerPair(BrokerProcess primary, BrokerProcess backup, String url) implements AutoCloseable {

    static BrokerPair start(Path data, int primaryPort, int backupPort, String... more)
            throws IOException, InterruptedException {
        BrokerProcess primary = BrokerProcess.start("primary", data, primaryPort, more).awaitLive();
        try {
            BrokerProcess backup = BrokerProcess.start("backup", data, backupPort, more).awaitStandby();
            return new BrokerPair(primary, backup, haUrl(primaryPort, backupPort));
        } catch (IOException | InterruptedException | RuntimeException e) {
            primary.close();
            throw e;
        }
    }

    static String haUrl(int first, int second) {
        return "(tcp://127.0.0.1:" + first + ",tcp://127.0.0.1:" + second
                + ")?ha=true&reconnectAttempts=-1&retryInterval=200";
    }

    @Override
    public void close() {
        try {
            backup.close();
        } finally {
            primary.close();
        }
    }
}
