package id.anjungan.host.catalog.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.anjungan.host.problem.Problem;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OperationsResourceTest {

    private static JsonValue json(String text) {
        return Json.createReader(new StringReader(text)).readValue();
    }

    @Test
    void anObjectIsTheInputAndNothingIsNoInput() {
        assertEquals(Map.of("kg", new BigDecimal("10"), "names", List.of("a")),
                OperationsResource.input(json("{\"kg\":10,\"names\":[\"a\"]}")));
        assertEquals(Map.of(), OperationsResource.input(null));
        assertEquals(Map.of(), OperationsResource.input(JsonValue.NULL));
    }

    @Test
    void anyOtherJsonIsABadRequestNotAServerFailure() {
        for (String body : List.of("[1,2]", "42", "\"text\"", "true")) {
            assertEquals(400, assertThrows(Problem.class, () -> OperationsResource.input(json(body))).status(), body);
        }
    }
}
