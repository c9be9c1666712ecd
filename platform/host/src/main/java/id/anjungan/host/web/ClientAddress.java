package id.anjungan.host.web;

import id.anjungan.host.config.Setting;
import id.anjungan.host.config.Settings;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The address a request comes from, which limits and resident sessions are counted by. That is the connection's
 * address, unless the connection comes from a reverse proxy named in {@code anjungan.proxy.trusted} (HAProxy in front
 * of the city's nodes): then it is the address that proxy received the request from, which it appended last to
 * {@code X-Forwarded-For}. Addresses a client wrote into that header itself stand to the left of it and are never
 * believed; without a trusted proxy the header is ignored.
 */
public final class ClientAddress {

    private static final Pattern IPV4 = Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}"
            + "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static volatile ClientAddress configured;

    private final List<Range> trusted;

    /** Proxies as addresses or CIDR ranges, separated by commas or spaces, for example {@code 10.0.0.0/24, ::1}. */
    public ClientAddress(String trustedProxies) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : trustedProxies == null ? new String[0] : trustedProxies.trim().split("[,\\s]+")) {
            if (!entry.isEmpty()) {
                ranges.add(Range.parse(entry));
            }
        }
        this.trusted = List.copyOf(ranges);
    }

    /** The request's client address, as {@link Setting#PROXY_TRUSTED} says whom to believe. */
    public static String of(HttpServletRequest request) {
        ClientAddress c = configured;
        if (c == null) {
            c = new ClientAddress(Settings.get(Setting.PROXY_TRUSTED).orElse(""));
            configured = c;
        }
        String peer = request.getRemoteAddr();
        return c.isTrusted(peer) ? c.of(peer, request.getHeaders("X-Forwarded-For")) : peer; // read only if believed
    }

    /** {@code peer} (the connection's address), or the nearest address a trusted proxy forwarded for. */
    public String of(String peer, Enumeration<String> forwardedFor) {
        if (!isTrusted(peer) || forwardedFor == null) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : Collections.list(forwardedFor)) {
            for (String hop : header.split(",")) {
                hops.add(hop.trim());
            }
        }
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<byte[]> address = literal(hops.get(i));
            if (address.isEmpty()) {
                return client; // not written by a proxy we trust: what came before it is the client's own word
            }
            client = hops.get(i);
            if (!trusted.stream().anyMatch(r -> r.contains(address.get()))) {
                return client;
            }
        }
        return client;
    }

    private boolean isTrusted(String address) {
        if (trusted.isEmpty()) {
            return false;
        }
        Optional<byte[]> bytes = literal(address);
        return bytes.isPresent() && trusted.stream().anyMatch(r -> r.contains(bytes.get()));
    }

    /** The address's bytes if it is an IPv4 or IPv6 literal; never a name lookup. */
    static Optional<byte[]> literal(String text) {
        if (text == null || !(IPV4.matcher(text).matches() || IPV6.matcher(text).matches())) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text).getAddress());
        } catch (UnknownHostException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private record Range(byte[] network, int bits) {

        static Range parse(String entry) {
            int slash = entry.indexOf('/');
            String address = slash < 0 ? entry : entry.substring(0, slash);
            byte[] bytes = literal(address).orElseThrow(() -> new IllegalArgumentException(
                    Setting.PROXY_TRUSTED.variable() + ": not an IP address or CIDR range: " + entry));
            int bits = bytes.length * 8;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    bits = -1;
                }
                if (bits < 0 || bits > bytes.length * 8) {
                    throw new IllegalArgumentException(Setting.PROXY_TRUSTED.variable() + ": invalid prefix in " + entry);
                }
            }
            return new Range(bytes, bits);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
