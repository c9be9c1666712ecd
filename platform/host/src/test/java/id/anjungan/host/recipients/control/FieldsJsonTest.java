package id.anjungan.host.recipients.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.anjungan.host.persistence.JsonText;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The encodings of staged rows: JSON of the extra columns, PostgreSQL's COPY text. */
class FieldsJsonTest {

    @Test
    void extraColumnsReadBackAsWritten() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("channel", "KKS");
        fields.put("note", "a \"quoted\" back\\slash\ttab\nline \u0001 é 한");
        String json = FieldsJson.write(fields);
        assertEquals("{\"channel\":\"KKS\",", json.substring(0, 17));
        assertEquals(fields, JsonText.readMap(json));
        assertNull(FieldsJson.write(Map.of()));
    }

    @Test
    void copyTextEscapesWhatCopyTreatsSpecially() {
        assertEquals("a\\\\b\\tc\\nd\\re", CopyRows.field(new StringBuilder(), "a\\b\tc\nd\re").toString());
        assertEquals("\\N", CopyRows.field(new StringBuilder(), null).toString());
        assertEquals("Jl. Pemuda; No. 5", CopyRows.field(new StringBuilder(), "Jl. Pemuda; No. 5").toString());
    }
}
