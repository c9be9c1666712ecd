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

    /** A module's operations (CPP hand-over, KJS disbursement) compare NIKs and KKs as strings: one form reaches them. */
    @Test
    void operationInputReachesModulesWithAsciiDigits() {
        Map<String, Object> input = OperationsResource.map(Json.createObjectBuilder()
                .add("pickupNik", "３３７４٠١٤١٠١٨٠\u200B0003")
                .add("rows", Json.createArrayBuilder().add(Json.createObjectBuilder().add("kk", "３３７４０１１２００００００01")))
                .add("note", "Beras 10 kg, RT ٠٠٣").build());
        assertEquals("3374014101800003", input.get("pickupNik"));
        assertEquals(List.of(Map.of("kk", "3374011200000001")), input.get("rows"));
        assertEquals("Beras 10 kg, RT 003", input.get("note"));
    }

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
