package id.anjungan.module.cpp.internal;

import static id.anjungan.module.cpp.internal.Fixture.PSM;
import static id.anjungan.module.cpp.internal.Fixture.TKSK;
import static id.anjungan.module.cpp.internal.Fixture.kk;
import static id.anjungan.module.cpp.internal.Fixture.nik;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.ProgramException;
import id.anjungan.spi.platform.Resident;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HandOverTest {

    private final Fixture f = new Fixture();
    private final String event = f.event(5, 100);

    private String qr(int serial) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> cards = (List<Map<String, Object>>) f.op("invitations", PSM, "eventId", event)
                .get("invitations");
        return (String) cards.stream().filter(c -> c.get("name").equals("Warga " + serial)).findFirst().orElseThrow()
                .get("qr");
    }

    @ParameterizedTest(name = "by {0}")
    @ValueSource(strings = {"nik", "kk", "qr"})
    void aHouseholdIsFoundByNikKkOrInvitationAndClaimsOnce(String by) {
        Object key = switch (by) {
            case "nik" -> nik(101);
            case "kk" -> kk(101);
            default -> qr(101);
        };
        Map<String, Object> first = f.op("claim", PSM, "eventId", event, by, key);
        assertEquals(true, first.get("handedOver"));
        assertEquals(by.toUpperCase(), first.get("via"));
        assertEquals(90L, first.get("remainingKg"));
        assertEquals("3374••••••••2101".replace("2101", kk(101).substring(12)), first.get("kk"));

        f.platform.clock.advance(Duration.ofMinutes(42));
        for (Object again : List.of(nik(101), kk(101), qr(101))) {
            String field = again.equals(nik(101)) ? "nik" : again.equals(kk(101)) ? "kk" : "qr";
            Map<String, Object> second = f.op("claim", TKSK, "eventId", event, field, again, "desk", "Meja 2");
            assertEquals(false, second.get("handedOver"));
            assertEquals("already-claimed", second.get("code"));
            @SuppressWarnings("unchecked")
            Map<String, String> message = (Map<String, String>) second.get("message");
            assertEquals("Jatah rumah tangga (PBP) ini sudah diambil pada 23 November 2026 pukul 09.00 di Balai "
                    + "Kelurahan Miroto, dicatat oleh PSM Sari.", message.get("id"));
            assertTrue(message.get("en").contains("23 November 2026 at 09:00"));
        }
        assertEquals(90L, f.op("report", PSM, "eventId", event).get("remainingKg"), "rice went out once");
    }

    @Test
    void aFamilyMemberCollectingIsRecordedWithTheirNik() {
        String daughter = "3374015508052003";
        Map<String, Object> done = f.op("claim", PSM, "eventId", event, "kk", kk(102), "pickupNik", daughter,
                "pickupName", "Rina", "relation", "Anak", "desk", "Meja 1", "kkChecked", true);
        @SuppressWarnings("unchecked")
        Map<String, Object> claim = (Map<String, Object>) done.get("claim");
        assertEquals("3374••••••••2003", claim.get("pickupNik"));
        assertEquals("Anak", claim.get("relation"));
        assertEquals("Meja 1", claim.get("place"));
        assertEquals(daughter, f.platform.counters.claimed("CPP|" + event, kk(102)).orElseThrow().details()
                .get("pickupNik"), "the platform keeps the full NIK");
        assertTrue(f.platform.audit.entries.stream().noneMatch(e -> e.contains(daughter)), "logs mask it");
        @SuppressWarnings("unchecked")
        Map<String, String> again = (Map<String, String>) f.op("claim", PSM, "eventId", event, "nik", nik(102))
                .get("message");
        assertTrue(again.get("id").endsWith("di Meja 1, dicatat oleh PSM Sari, diambil oleh 3374••••••••2003."));
    }

    @Test
    void aFamilyMemberShowingTheirOwnKtpIsFoundThroughTheirKk() {
        String son = "3374010101002004";
        f.platform.residents.save(new Resident(son, kk(103), "Agus", LocalDate.of(2000, 1, 1), "Jl. Miroto", "001",
                "002", "Miroto", Resident.Standing.ACTIVE));
        Map<String, Object> done = f.op("claim", PSM, "eventId", event, "nik", son);
        assertEquals(true, done.get("handedOver"));
        assertEquals("Warga 103", done.get("name"));
        @SuppressWarnings("unchecked")
        Map<String, Object> claim = (Map<String, Object>) done.get("claim");
        assertEquals("3374••••••••2004", claim.get("pickupNik"));
    }

    @Test
    void theListedPersonIsNotRecordedAsAProxy() {
        Map<String, Object> done = f.op("claim", PSM, "eventId", event, "kk", kk(104), "pickupNik", nik(104));
        @SuppressWarnings("unchecked")
        Map<String, Object> claim = (Map<String, Object>) done.get("claim");
        assertNull(claim.get("pickupNik"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "not on the list,            nik,       3374019999992999, not-listed",
        "unknown family card,        kk,        3374019999992998, not-listed",
        "forged QR check,            qr,        CPP|EVENT|3374011712132101|0000000000, invalid-qr",
        "forged household code,      qr,        CPP2|EVENT|0123456789abcdef0123|0000000000, invalid-qr",
        "not a CPP code,             qr,        https://example.org, invalid-qr",
        "nothing typed,              desk,      Meja 1, missing-household",
        "bad proxy NIK,              pickupNik, 12345, invalid-pickup-nik",
    })
    void theDeskRefusesWithAReason(String why, String field, String value, String code) {
        Map<String, Object> input = new java.util.HashMap<>(Map.of("eventId", event, "proof", "CAP_JEMPOL"));
        if (!field.equals("pickupNik") && !field.equals("desk")) {
            input.put(field, value.replace("EVENT", event));
        } else {
            input.put(field, value);
            if (field.equals("pickupNik")) {
                input.put("kk", kk(101));
            }
        }
        ProgramException e = assertThrows(ProgramException.class, () -> f.program.operate("claim", input, PSM), why);
        assertEquals(code, e.reason().code());
        assertEquals(100L, f.op("report", PSM, "eventId", event).get("remainingKg"));
    }

    @Test
    void anInvitationForAnotherEventIsNotAcceptedHere() {
        String other = f.event(1, 10);
        ProgramException e = assertThrows(ProgramException.class,
                () -> f.op("claim", PSM, "eventId", other, "qr", qr(101)));
        assertEquals("other-event", e.reason().code());
    }

    @Test
    void withoutProxyPickupOnlyTheListedPersonCollects() {
        Fixture strict = new Fixture(Map.of("proxyPickup", false));
        String id = strict.event(1, 10);
        ProgramException e = assertThrows(ProgramException.class,
                () -> strict.op("claim", PSM, "eventId", id, "kk", kk(101), "pickupNik", "3374015508052003"));
        assertEquals("proxy-not-allowed", e.reason().code());
        assertEquals(true, strict.op("claim", PSM, "eventId", id, "nik", nik(101)).get("handedOver"));
    }

    @Test
    void lookupShowsTheHouseholdAndAnEarlierClaimWithoutClaiming() {
        Map<String, Object> before = f.op("lookup", PSM, "eventId", event, "kk", kk(105));
        assertFalse(before.containsKey("claim"));
        assertEquals(10, before.get("kg"));
        f.op("claim", PSM, "eventId", event, "kk", kk(105));
        assertTrue(f.op("lookup", PSM, "eventId", event, "nik", nik(105)).containsKey("claim"));
        assertEquals(90L, f.op("report", PSM, "eventId", event).get("remainingKg"));
    }
}
