package id.anjungan.host.catalog.boundary;

import id.anjungan.host.audit.control.HashChainedAudit;
import id.anjungan.host.catalog.control.DocumentMapping;
import id.anjungan.host.catalog.control.Programs;
import id.anjungan.host.identity.control.Digits;
import id.anjungan.host.receipts.control.PdfDocuments;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.security.control.Caller;
import id.anjungan.spi.Actor;
import id.anjungan.spi.Operation;
import id.anjungan.spi.Role;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;

/** A module's own operations, called by its screens; the role is checked here, the rest by the module. */
@Path("programs/{code}/operations/{operation}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OperationsResource {

    @Inject
    Programs programs;
    @Inject
    Caller caller;
    @Inject
    HashChainedAudit audit;

    /** The operation's {@code document} as an A4 PDF (a disbursement pack, a report, invitations, a letter). */
    @POST
    @Path("pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public jakarta.ws.rs.core.Response pdf(@PathParam("code") String code, @PathParam("operation") String id,
                                           JsonValue body) {
        var document = DocumentMapping.from(call(code, id, body));
        return jakarta.ws.rs.core.Response.ok(new PdfDocuments().render(document),
                "application/pdf").header("Cache-Control", "no-store").build();
    }

    @POST
    public Object operate(@PathParam("code") String code, @PathParam("operation") String id, JsonValue body) {
        return DocumentMapping.json(call(code, id, body));
    }

    private Object call(String code, String id, JsonValue body) {
        Operation operation = programs.descriptor(code).operation(id).orElseThrow(() -> Problem.notFound(
                "Operasi " + id, "Operation " + id));
        Actor actor = caller.actor();
        if (!operation.roles().contains(Role.RESIDENT) && !actor.hasAnyOf(operation.roles())) {
            throw Problem.of(actor.role() == Role.RESIDENT ? 401 : 403, "forbidden", "Tidak diizinkan", "Not allowed",
                    "Hanya petugas yang berwenang yang dapat melakukan ini.", "Only authorised staff may do this.");
        }
        Map<String, Object> input = input(body);
        Object result = programs.call(code, p -> p.operate(id, input, actor));
        if (!operation.readOnly()) {
            audit.recordNow(actor, "operation", code + "/" + id, String.join(",", input.keySet()));
        }
        return result;
    }

    /** The operation's input: a JSON object, or nothing. */
    static Map<String, Object> input(JsonValue body) {
        if (body == null || body.getValueType() == JsonValue.ValueType.NULL) {
            return Map.of();
        }
        if (body.getValueType() != JsonValue.ValueType.OBJECT) {
            throw Problem.of(400, "bad-request", "Permintaan tidak dapat dibaca", "Bad request",
                    "Kirim data sebagai objek JSON.", "Send the data as a JSON object.");
        }
        return map(body.asJsonObject());
    }

    static Map<String, Object> map(JsonObject object) {
        Map<String, Object> m = new LinkedHashMap<>();
        object.forEach((k, v) -> m.put(k, value(v)));
        return m;
    }

    static Object value(JsonValue v) {
        return switch (v.getValueType()) {
            case OBJECT -> map((JsonObject) v);
            case ARRAY -> ((JsonArray) v).stream().map(OperationsResource::value).toList();
            // digits folded as form answers are: a NIK or KK typed in fullwidth reaches a module's claims as ASCII
            case STRING -> Digits.fold(((JsonString) v).getString());
            case NUMBER -> ((JsonNumber) v).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            default -> null;
        };
    }

}
