package id.anjungan.host.security.control;

import id.anjungan.spi.Actor;
import id.anjungan.spi.Role;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.time.Instant;

/**
 * A staff session as the data grid holds it: JSON text, because a node that has joined the grid but not yet deployed
 * the WAR cannot read the WAR's classes (the read would fail with {@code ClassNotFoundException}).
 */
final class SessionText {

    private SessionText() {
    }

    static String write(Sessions.Session s) {
        Actor a = s.actor();
        JsonObjectBuilder json = Json.createObjectBuilder().add("username", a.username())
                .add("displayName", a.displayName()).add("role", a.role().name())
                .add("opened", s.opened().toEpochMilli()).add("lastUse", s.lastUse().toEpochMilli());
        if (a.onBehalfOfNik() != null) {
            json.add("onBehalfOfNik", a.onBehalfOfNik());
        }
        return json.build().toString();
    }

    static Sessions.Session read(String text) {
        JsonObject json = Json.createReader(new StringReader(text)).readObject();
        Actor actor = new Actor(json.getString("username"), json.getString("displayName"),
                Role.valueOf(json.getString("role")), json.getString("onBehalfOfNik", null));
        return new Sessions.Session(actor, Instant.ofEpochMilli(json.getJsonNumber("opened").longValue()),
                Instant.ofEpochMilli(json.getJsonNumber("lastUse").longValue()));
    }
}
