package id.anjungan.module.kjs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.Actor;
import id.anjungan.spi.ProgramException;
import id.anjungan.spi.Role;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SK Pendamping and the Surat Tugas are checked before a pack; each hand-over to a recipient is recorded. */
class MandatesAndHandOverTest {

    private final Fixture f = new Fixture();

    private Map<String, Object> op(String id, Map<String, Object> input, Actor actor) {
        return f.op(id, input, actor);
    }

    private Map<String, Object> op(String id, Map<String, Object> input) {
        return op(id, input, Fixture.TKSK);
    }

    private static String ref(String nik) {
        return Refs.of("2026-Q4", nik);
    }

    private static Map<String, Object> sk(String number, String issued, String until) {
        return Map.of("number", number, "issued", issued, "validUntil", until);
    }

    private Map<String, Object> collective(String number, String date) {
        Map<String, Object> in = new HashMap<>(Map.of("mode", "COLLECTIVE", "refs", List.of(ref(Fixture.CARD),
                ref(Fixture.ALONE))));
        if (number != null) {
            in.put("suratTugasNumber", number);
        }
        if (date != null) {
            in.put("suratTugasDate", date);
        }
        return in;
    }

    @Test
    void noPackWithoutAValidSk() {
        assertEquals("sk-missing", assertThrows(ProgramException.class, () -> op("pack", Map.of("mode", "INDIVIDUAL",
                "ref", ref(Fixture.CARD)))).reason().code());
        assertFalse(op("recipients", Map.of()).containsKey("sk"));
        op("sk-pendamping", sk("463/021/2026", "2026-01-02", "2026-12-31"));
        assertEquals("463/021/2026", ((Map<?, ?>) op("recipients", Map.of()).get("sk")).get("number"));
        assertEquals("PKT-2026-Q3-001", op("pack", Map.of("mode", "INDIVIDUAL", "ref", ref(Fixture.CARD)))
                .get("packId"));
    }

    @ParameterizedTest(name = "{0} {1}–{2} → {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "463/021/2026|2026-01-02|2026-12-31|-",
        "463/021/2026|2026-11-24|2026-12-31|invalid-issued",
        "463/021/2025|2025-01-02|2025-12-31|sk-expired",
        "463/021/2026|2026-01-02|2025-12-31|sk-expired",
        "463 / 021 / 2026|2026-01-02|2026-12-31|-",
        "463/О21/2026|2026-01-02|2026-12-31|invalid-number",
        "-|2026-01-02|2026-12-31|missing-number",
        "463/021/2026|2-1-2026|2026-12-31|invalid-issued"})
    void skRules(String number, String issued, String until, String refusal) {
        Map<String, Object> in = new HashMap<>(Map.of("issued", issued, "validUntil", until));
        if (number != null) {
            in.put("number", number);
        }
        if (refusal == null) {
            assertEquals("463/021/2026", op("sk-pendamping", in).get("number"));
        } else {
            assertEquals(refusal, assertThrows(ProgramException.class, () -> op("sk-pendamping", in)).reason()
                    .code());
        }
    }

    @Test
    void aRecordedSkIsNotChangedAndBelongsToItsHolder() {
        op("sk-pendamping", sk("463/021/2026", "2026-01-02", "2026-12-31"));
        op("sk-pendamping", sk("463/021/2026", "2026-01-02", "2026-12-31"));
        assertEquals("sk-recorded", assertThrows(ProgramException.class, () -> op("sk-pendamping",
                sk("463/021/2026", "2026-01-02", "2027-12-31"))).reason().code());
        Actor other = new Actor("tksk2", "TKSK Sari", Role.TKSK, null);
        assertEquals("sk-missing", assertThrows(ProgramException.class, () -> op("pack", Map.of("mode", "INDIVIDUAL",
                "ref", ref(Fixture.CARD)), other)).reason().code());
    }

    @ParameterizedTest(name = "Surat Tugas {0} of {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "460/512/DINSOS/2026|2026-11-16|-",
        "460/512/DINSOS/2026|2026-08-25|-",
        "460/512/DINSOS/2026|2026-08-24|surat-tugas-date",
        "460/512/DINSOS/2026|2026-11-24|surat-tugas-date",
        "-|2026-11-16|surat-tugas-missing",
        "460/512/DINSOS/2026|-|missing-suratTugasDate",
        "460/512/DINSOS/2026|16-11-2026|invalid-suratTugasDate"})
    void aCollectivePackNeedsARecentSuratTugas(String number, String date, String refusal) {
        f.withSk();
        if (refusal == null) {
            Map<String, Object> pack = op("pack", collective(number, date));
            assertEquals(number, ((Map<?, ?>) pack.get("papers")).get("suratTugasNumber"));
        } else {
            assertEquals(refusal, assertThrows(ProgramException.class, () -> op("pack", collective(number, date)))
                    .reason().code());
        }
    }

    @Test
    void aSuratTugasServesOneRoundOfOnePendamping() {
        f.withSk();
        op("pack", collective("460/512/DINSOS/2026", "2026-11-16"));
        op("pack", collective("460/512/dinsos/2026", "2026-11-16"));
        Map<String, Object> otherRound = collective("460/512/DINSOS/2026", "2026-11-16");
        otherRound.put("round", "2026-Q2");
        assertEquals("surat-tugas-used", assertThrows(ProgramException.class, () -> op("pack", otherRound)).reason()
                .code());
        Actor other = new Actor("tksk2", "TKSK Sari", Role.TKSK, null);
        op("sk-pendamping", sk("463/022/2026", "2026-01-02", "2026-12-31"), other);
        assertEquals("surat-tugas-used", assertThrows(ProgramException.class, () -> op("pack",
                collective("460/512/DINSOS/2026", "2026-11-16"), other)).reason().code());
    }

    @Test
    void theHandOverIsRecordedOnceAfterTheCollectionAndCompletesThePack() {
        f.withSk();
        Map<String, Object> pack = op("pack", collective("460/512/DINSOS/2026", "2026-11-16"));
        Map<String, Object> toFamily = new HashMap<>(Map.of("packId", pack.get("packId"), "ref", ref(Fixture.CARD),
                "receiver", "KELUARGA", "receiverName", "Wahyuni", "relation", "Anak", "acknowledgement",
                "CAP_JEMPOL"));
        assertEquals("not-disbursed", assertThrows(ProgramException.class, () -> op("hand-over", toFamily)).reason()
                .code());
        op("record", Map.of("packId", pack.get("packId"), "refs", List.of(ref(Fixture.CARD), ref(Fixture.ALONE))));
        Map<String, Object> out = op("hand-over", toFamily);
        assertEquals("RECORDED", ((Map<?, ?>) out.get("handOver")).get("status"));
        assertEquals(false, out.get("complete"));
        Map<?, ?> row = ((List<?>) out.get("rows")).stream().map(r -> (Map<?, ?>) r)
                .filter(r -> r.get("ref").equals(ref(Fixture.CARD))).findFirst().orElseThrow();
        Map<?, ?> record = (Map<?, ?>) row.get("handOver");
        assertEquals(List.of("KELUARGA", "Wahyuni", "Anak", "CAP_JEMPOL", "2026-11-23", "TKSK Rahmat"),
                List.of(record.get("receiver"), record.get("receiverName"), record.get("relation"),
                        record.get("acknowledgement"), record.get("date"), record.get("by")));
        toFamily.put("receiverName", "Orang Lain");
        assertEquals("ALREADY", ((Map<?, ?>) op("hand-over", toFamily).get("handOver")).get("status"));
        Map<String, Object> done = op("hand-over", Map.of("packId", pack.get("packId"), "ref", ref(Fixture.ALONE),
                "receiver", "PENERIMA", "acknowledgement", "TANDA_TANGAN"));
        assertEquals(true, done.get("complete"));
        assertEquals(2, f.platform.audit.entries.stream().filter(e -> e.contains("kjs-handed-over")).count());
        assertFalse(f.platform.audit.entries.toString().contains(Fixture.CARD));
        assertTrue(done.get("document").toString().contains("Diserahkan 2026-11-23"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "receiver|TETANGGA|invalid-receiver",
        "acknowledgement|LISAN|invalid-acknowledgement",
        "receiverName|-|missing-receiverName",
        "date|2026-11-24|invalid-date",
        "date|2026-11-22|invalid-date",
        "photo|../../etc/passwd|invalid-photo"})
    void aHandOverNeedsWhoAndHow(String key, String value, String refusal) {
        f.withSk();
        Map<String, Object> pack = op("pack", Map.of("mode", "INDIVIDUAL", "ref", ref(Fixture.CARD)));
        op("record", Map.of("packId", pack.get("packId"), "ref", ref(Fixture.CARD)));
        Map<String, Object> in = new HashMap<>(Map.of("packId", pack.get("packId"), "ref", ref(Fixture.CARD),
                "receiver", "KELUARGA", "receiverName", "Wahyuni", "relation", "Anak", "acknowledgement",
                "CAP_JEMPOL"));
        if (value == null) {
            in.remove(key);
        } else {
            in.put(key, value);
        }
        assertEquals(refusal, assertThrows(ProgramException.class, () -> op("hand-over", in)).reason().code());
        assertTrue(f.platform.counters.claims(HandOvers.scope("2026-Q3")).isEmpty());
    }
}
