package id.anjungan.host.problem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonDepthLimitTest {

    private static byte[] read(String json) throws IOException {
        try (InputStream in = new JsonDepthLimit.Counting(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))) {
            return in.readAllBytes();
        }
    }

    @Test
    void deepNestingIsRefusedBeforeAParserSeesIt() {
        Problem p = assertThrows(Problem.class, () -> read("[".repeat(5000) + "]".repeat(5000)));
        assertEquals(400, p.status());
        assertEquals("too-deep", p.code());
        assertThrows(Problem.class, () -> read("{\"a\":".repeat(JsonDepthLimit.MAX_DEPTH + 1) + "1"
                + "}".repeat(JsonDepthLimit.MAX_DEPTH + 1)));
    }

    @Test
    void nestingUpToTheLimitAndBracketsInTextPass() throws IOException {
        String deepest = "[".repeat(JsonDepthLimit.MAX_DEPTH) + "]".repeat(JsonDepthLimit.MAX_DEPTH);
        assertArrayEquals(deepest.getBytes(StandardCharsets.UTF_8), read(deepest));
        // many siblings are not depth; brackets and escaped quotes inside strings are text
        String wide = "[" + "[1],".repeat(10_000) + "{\"note\":\"[[[[\\\"{{{{ ]]] ” \"}]";
        assertEquals(wide.length(), new String(read(wide), StandardCharsets.UTF_8).length());
        String text = "{\"a\":\"" + "[".repeat(5000) + "\"}";
        assertEquals(text, new String(read(text), StandardCharsets.UTF_8));
    }
}
