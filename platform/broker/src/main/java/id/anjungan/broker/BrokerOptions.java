package id.anjungan.broker;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The launcher's command line: {@code --role primary|backup --data <dir> --port <tcpPort> [--host <address>] [--peer
 * <host:port>] [--user U --password P]}. Both brokers of a pair get the same {@code --data}: the shared store whose
 * file lock decides which one is live. The peer is the other broker of the pair; without {@code --peer} it is the next
 * port up for the primary and the next one down for the backup, on the same host (61616 and 61617).
 */
public record BrokerOptions(Role role, Path data, int port, String host, String peer, String user, String password) {

    /** Which side of the shared-store pair this broker starts as. */
    public enum Role {
        PRIMARY,
        BACKUP;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static final String USAGE =
            "pemakaian / usage: CityBroker --role primary|backup --data <folder> --port <port-tcp>"
                    + " [--host <alamat/address>] [--peer <host:port>] [--user <nama> --password <sandi>]";

    /** Reads the arguments; an {@link IllegalArgumentException} says what is wrong in Bahasa Indonesia and English. */
    public static BrokerOptions parse(String... args) {
        Role role = null;
        Path data = null;
        Integer port = null;
        String host = "127.0.0.1";
        String peer = null;
        String user = null;
        String password = null;
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw wrong("nilai untuk " + name + " tidak ada", "no value for " + name);
            }
            String value = args[i + 1];
            switch (name) {
                case "--role" -> role = role(value);
                case "--data" -> data = Path.of(value).toAbsolutePath();
                case "--port" -> port = port(value);
                case "--host" -> host = value;
                case "--peer" -> peer = value;
                case "--user" -> user = value;
                case "--password" -> password = value;
                default -> throw wrong("pilihan tidak dikenal: " + name, "unknown option: " + name);
            }
        }
        if (role == null || data == null || port == null) {
            throw wrong("--role, --data dan --port wajib", "--role, --data and --port are required");
        }
        if ((user == null) != (password == null)) {
            throw wrong("--user dan --password harus berpasangan", "--user and --password go together");
        }
        if (peer == null) {
            peer = host + ":" + (role == Role.PRIMARY ? port + 1 : port - 1);
        }
        return new BrokerOptions(role, data, port, host, peer, user, password);
    }

    /** Whether clients must log in (the broker then requires --user/--password of every connection). */
    public boolean secured() {
        return user != null;
    }

    private static Role role(String value) {
        return switch (value) {
            case "primary" -> Role.PRIMARY;
            case "backup" -> Role.BACKUP;
            default -> throw wrong("peran harus primary atau backup: " + value, "role must be primary or backup: " + value);
        };
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below, with the usage
        }
        throw wrong("port tidak sah: " + value, "invalid port: " + value);
    }

    private static IllegalArgumentException wrong(String id, String en) {
        return new IllegalArgumentException(id + " / " + en + "\n" + USAGE);
    }
}
