package id.anjungan.it;

import jakarta.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Another kiosk PC: requests from a loopback address of its own (Linux answers all of 127.0.0.0/8), so the server
 * sees another device. Plain HTTP/1.0 over a socket: Java 17's HTTP client cannot choose its local address. Every
 * request also claims another address in {@code X-Forwarded-For}, which the server must not believe.
 */
public final class Device {

    private final InetAddress address;
    private int spoofed;

    /** An answer: status, headers (lower-case names) and body. */
    public record Answer(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }
    }

    public Device(String loopbackAddress) throws IOException {
        this.address = InetAddress.getByName(loopbackAddress);
    }

    /** Starts a resident session from this device. */
    public String session(Kiosk kiosk) throws IOException {
        Answer started = post(kiosk, "/api/session", null, "");
        if (started.status() != 201) {
            throw new IllegalStateException("no session: " + started);
        }
        return Json.createReader(new StringReader(started.body())).readObject().getString("session");
    }

    public Answer post(Kiosk kiosk, String path, String session, String json) throws IOException {
        URI uri = URI.create(kiosk.url(path));
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(address, 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), uri.getPort()), 5000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + uri.getRawPath() + " HTTP/1.0\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nContent-Type: application/json\r\nAccept-Language: id\r\nContent-Length: " + body.length
                    + "\r\nX-Forwarded-For: 198.51.100." + ++spoofed % 250
                    + (session == null ? "" : "\r\nX-Kiosk-Session: " + session) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return parse(socket.getInputStream());
        }
    }

    private static Answer parse(InputStream in) throws IOException {
        String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        int end = raw.indexOf("\r\n\r\n");
        String[] head = raw.substring(0, end).split("\r\n");
        Map<String, String> headers = new TreeMap<>();
        for (int i = 1; i < head.length; i++) {
            int colon = head[i].indexOf(':');
            headers.put(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).trim());
        }
        return new Answer(Integer.parseInt(head[0].split(" ")[1]), headers, raw.substring(end + 4));
    }
}
