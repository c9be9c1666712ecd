package id.anjungan.host.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvFilesTest {

    @Test
    void aNameFromAListThatASpreadsheetWouldRunIsWrittenAsText() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvFiles.write(List.of("name", "kelurahan", "count"), List.of(
                Map.of("name", "=HYPERLINK(\"http://x\")", "kelurahan", "+Miroto", "count", -3),
                Map.of("name", "Siti Aminah", "kelurahan", "@Kauman")), out);
        assertEquals("\uFEFFname,kelurahan,count\r\n\"'=HYPERLINK(\"\"http://x\"\")\",'+Miroto,-3\r\n"
                + "Siti Aminah,'@Kauman,\r\n", out.toString(StandardCharsets.UTF_8));
    }
}
