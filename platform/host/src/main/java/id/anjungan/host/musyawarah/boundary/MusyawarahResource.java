package id.anjungan.host.musyawarah.boundary;

import id.anjungan.host.musyawarah.control.MusyawarahRecords;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.security.control.Allowed;
import id.anjungan.host.security.control.Caller;
import id.anjungan.spi.Role;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** {@code /api/musyawarah}: the kelurahan's meetings on proposals, recorded by the Kasi Kesos or the TKSK. */
@Path("musyawarah")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.KASI_KESOS, Role.TKSK})
public class MusyawarahResource {

    @Inject
    MusyawarahRecords records;
    @Inject
    Caller caller;

    @GET
    public Map<String, Object> meetings() {
        return Map.of("meetings", records.meetings());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> record(JsonObject body) {
        if (body == null) {
            throw Problem.of(400, "no-body", "Data kosong", "Empty request", "Kirim data musyawarah.",
                    "Send the meeting record.");
        }
        LocalDate heldOn;
        try {
            heldOn = body.containsKey("heldOn") ? LocalDate.parse(body.getString("heldOn")) : null;
        } catch (DateTimeParseException | ClassCastException e) {
            heldOn = null;
        }
        try {
            List<String> attendees = body.containsKey("attendees") ? body.getJsonArray("attendees").stream()
                    .map(v -> v.getValueType() == JsonValue.ValueType.STRING ? ((jakarta.json.JsonString) v).getString()
                            : "").toList() : List.of();
            List<MusyawarahRecords.Decision> decisions = body.containsKey("decisions") ? body.getJsonArray("decisions")
                    .stream().map(JsonValue::asJsonObject).map(d -> new MusyawarahRecords.Decision(
                            d.getString("tracking", null), d.getBoolean("approved", false), d.getString("note", null)))
                    .toList() : List.of();
            String id = records.record(new MusyawarahRecords.Meeting(heldOn, body.getString("place", null), attendees,
                    decisions), caller.actor());
            return Map.of("id", id);
        } catch (ClassCastException e) {
            throw Problem.of(400, "malformed", "Data tidak dapat dibaca", "Unreadable request",
                    "Peserta harus berupa daftar nama dan keputusan berupa daftar {tracking, approved, note}.",
                    "attendees must be a list of names and decisions a list of {tracking, approved, note}.");
        }
    }
}
