package id.anjungan.host.persistence;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small JSON columns (form data, details, a list row's program fields): written with JSON-B, read with JSON-P. */
public final class JsonText {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final JsonProvider JSON = JsonProvider.provider();

    private JsonText() {
    }

    public static String write(Object value) {
        return value == null ? null : JSONB.toJson(value);
    }

    /**
     * A JSON object of texts as a map in the object's order; numbers and booleans as their text. Every status lookup
     * reads one (a list row's program fields): JSON-B took an eighth of the lookup's database read to do it.
     */
    public static Map<String, String> readMap(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try (JsonParser parser = JSON.createParser(new StringReader(json))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw new IllegalArgumentException("not a JSON object");
            }
            Map<String, String> map = new LinkedHashMap<>();
            for (JsonParser.Event e = parser.next(); e != JsonParser.Event.END_OBJECT; e = parser.next()) {
                String key = parser.getString();
                map.put(key, value(parser, parser.next()));
            }
            return map;
        } catch (JsonParsingException | java.util.NoSuchElementException e) {
            throw new IllegalArgumentException("not a JSON object: " + e.getMessage(), e);
        }
    }

    private static String value(JsonParser parser, JsonParser.Event e) {
        return switch (e) {
            case VALUE_STRING, VALUE_NUMBER -> parser.getString();
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> null;
            default -> parser.getValue().toString(); // never written so; kept as its JSON text
        };
    }
}
