package id.anjungan.host.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonAnswerTest {

    @Test
    void writesNestedMapsListsNumbersBooleansTextAndNull() {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("program", "BPNT");
        result.put("registered", true);
        result.put("amount", 400_000L);
        result.put("status", 422);
        result.put("share", new BigDecimal("0.25"));
        result.put("note", null);
        result.put("tags", Arrays.asList("a", null, 3));
        result.put("text", "Rp200.000 \"per bulan\"\n");
        StringWriter out = new StringWriter();
        JsonAnswer.write(out, Map.of("results", List.of(result)));
        assertEquals("{\"results\":[{\"program\":\"BPNT\",\"registered\":true,\"amount\":400000,\"status\":422,"
                + "\"share\":0.25,\"note\":null,\"tags\":[\"a\",null,3],\"text\":\"Rp200.000 \\\"per bulan\\\"\\n\"}]}",
                out.toString());
    }

    @Test
    void aProblemReadsAsTheJaxRsResourcesWriteIt() {
        StringWriter out = new StringWriter();
        JsonAnswer.write(out, Problem.of(429, "rate-limited", "Terlalu sering", "Too many requests",
                "Tunggu sebentar.", "Please wait a moment.").members("en"));
        assertEquals("{\"type\":\"about:blank\",\"title\":\"Too many requests\",\"status\":429,"
                + "\"code\":\"rate-limited\",\"detail\":\"Please wait a moment.\"}", out.toString());
    }
}
