package id.anjungan.host.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyncJsonTest {

    @Test
    void aSnapshotReadsBackEqual() {
        var step = new CaseSnapshot.Step(Instant.parse("2026-12-06T01:02:03.456Z"), "diajukan", "Diajukan", "Filed",
                "submit", "Warga (RESIDENT)", null);
        var snapshot = new CaseSnapshot("K0042", "CPP-2612-0042-1234-5678-3", "CPP", "daftar", "CPP", "CPP",
                "Daftar", "Register", "diajukan", "Diajukan", "Filed", false, "3374010101010003", "umum", "Miroto",
                "Semarang Tengah", Map.of("nama", "Sukinah"), "{}", step.recorded(), null, "warga", "case:CPP",
                "3374010101010003", List.of("0f8fad5b-d9cb-469f-a165-70867728950e"), List.of(step));
        assertEquals(snapshot, SyncJson.read(SyncJson.write(snapshot), CaseSnapshot.class));
    }

    @Test
    void anAuditBatchAndAnOutcomeReadBackEqual() {
        var batch = new AuditBatch("K1", List.of(new AuditBatch.Entry(7, Instant.EPOCH, "a", "case-open", "s", null,
                null, "ab")));
        assertEquals(batch, SyncJson.read(SyncJson.write(batch), AuditBatch.class));
        var outcome = new Outcome("K1", "T", Outcome.CLAIM_CONFLICT, "U");
        assertEquals(outcome, SyncJson.read(SyncJson.write(outcome), Outcome.class));
    }

    @Test
    void aBodyThatDoesNotReadIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SyncJson.read("{\"kiosk\":", CaseSnapshot.class));
        assertThrows(IllegalArgumentException.class, () -> SyncJson.read("null", Outcome.class));
    }
}
