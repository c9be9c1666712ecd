package id.anjungan.host.sync;

import java.util.Map;

/**
 * A kiosk asking the city for newer recipient lists: the city's list version it holds of each program (a program it
 * holds none of is absent). The city answers with a {@code recipient-list} for every program whose newest version is
 * higher, cut for the kelurahan where the city registered the kiosk.
 */
public record ListRequest(String kiosk, Map<String, Long> versions) {
}
