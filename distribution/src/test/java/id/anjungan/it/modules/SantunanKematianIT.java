package id.anjungan.it.modules;

import static id.anjungan.it.modules.ModuleIt.attachment;
import static id.anjungan.it.modules.ModuleIt.digitVariants;
import static id.anjungan.it.modules.ModuleIt.ensureDemoList;
import static id.anjungan.it.modules.ModuleIt.filed;
import static id.anjungan.it.modules.ModuleIt.kk;
import static id.anjungan.it.modules.ModuleIt.map;
import static id.anjungan.it.modules.ModuleIt.masked;
import static id.anjungan.it.modules.ModuleIt.move;
import static id.anjungan.it.modules.ModuleIt.nik;
import static id.anjungan.it.modules.ModuleIt.op;
import static id.anjungan.it.modules.ModuleIt.publicCase;
import static id.anjungan.it.modules.ModuleIt.receiptText;
import static id.anjungan.it.modules.ModuleIt.refusalCodes;
import static id.anjungan.it.modules.ModuleIt.submit;
import static id.anjungan.it.modules.ModuleIt.transitions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.it.Kiosk;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Santunan Kematian over REST: an application through every role to "paid", refusals with their reason, and the heir's
 * aid account.
 */
class SantunanKematianIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    private static Map<String, Object> application(int deceased, LocalDate died) throws Exception {
        return map("deceasedNik", nik(deceased), "deceasedKk", kk(deceased), "deceasedName", "Slamet Riyadi",
                "dateOfDeath", died.toString(), "deathCertificate", attachment(), "heirNik", nik(deceased + 1),
                "heirName", "Siti Riyadi", "relationship", "SPOUSE", "bank", "BRI", "accountNumber", "0123456789",
                "accountHolder", "Siti Riyadi");
    }

    @Test
    void anApplicationIsWalkedThroughEveryRoleToPaid() throws Exception {
        JsonObject filed = filed("SANKEM", "ajukan", application(7001, TODAY.minusDays(12)), null);
        String tracking = filed.getString("tracking");
        assertEquals("submitted", filed.getString("state"));
        assertFalse(filed.getJsonArray("checklist").isEmpty());
        String receipt = receiptText(tracking);
        assertTrue(receipt.contains(tracking), receipt);

        assertFalse(transitions(tracking, Kiosk.TKSK).contains("verify"), "the Kasi Kesos verifies");
        move(tracking, "verify", "Berkas lengkap", Kiosk.KASI);
        move(tracking, "field-check", "Ahli waris dikunjungi, keterangan sesuai", Kiosk.PSM);
        move(tracking, "propose", "Diusulkan ke Dinas Sosial", Kiosk.TKSK);
        assertFalse(transitions(tracking, Kiosk.TKSK).contains("approve"), "Dinas Sosial decides");
        move(tracking, "approve", "Disetujui", Kiosk.DINSOS);
        move(tracking, "pay", "Ditransfer", Kiosk.DINSOS);

        JsonObject seen = publicCase(tracking);
        assertEquals("paid", seen.getString("state"));
        assertTrue(seen.getBoolean("closed"));
        assertEquals(List.of("submitted", "verified", "field-checked", "proposed", "approved", "paid"),
                seen.getJsonArray("history").stream().map(h -> h.asJsonObject().getString("state")).distinct()
                        .toList());
        assertTrue(seen.toString().contains("Rp1.500.000"), "the amount paid is visible: " + seen);
        assertFalse(seen.toString().contains(nik(7001)), "the deceased's NIK is masked");

        JsonObject tracked = op("SANKEM", "track", map("tracking", tracking), null);
        assertEquals(1_500_000L, tracked.getJsonNumber("amountPaid").longValue());
        assertEquals(masked(nik(7001)), tracked.getString("deceasedNik"));

        List<String> again = refusalCodes(submit("SANKEM", "ajukan", application(7001, TODAY.minusDays(12)), null));
        assertTrue(again.contains("already-claimed") || again.stream().anyMatch(c -> c.contains("claim")),
                "a second application for the same deceased is refused: " + again);
        for (String typed : digitVariants(nik(7001))) {
            Map<String, Object> variant = application(7001, TODAY.minusDays(12));
            variant.put("deceasedNik", typed);
            List<String> codes = refusalCodes(submit("SANKEM", "ajukan", variant, null));
            assertTrue(codes.contains("already-claimed"), "the same deceased in other digits: " + codes);
        }
    }

    @Test
    void anApplicationPastTheDeadlineIsRefusedWithTheReason() throws Exception {
        Kiosk.Answer late = submit("SANKEM", "ajukan", application(7011, TODAY.minusDays(200)), null);
        assertEquals(List.of("deadline-passed"), refusalCodes(late));
        assertTrue(late.object().getString("detail").length() > 10, late.body());

        Kiosk.Answer future = submit("SANKEM", "ajukan", application(7021, TODAY.plusDays(3)), null);
        assertTrue(future.status() == 422, future.body());
    }

    @Test
    void anHeirWithAnAidAccountMustUseIt() throws Exception {
        ensureDemoList("BPNT", "2026-11", BpntIT.KPM, BpntIT.KPM_KK); // KPM paid into account 0881140745
        Map<String, Object> application = application(7041, TODAY.minusDays(5));
        application.put("heirNik", BpntIT.KPM);
        Kiosk.Answer refused = submit("SANKEM", "ajukan", application, null);
        assertEquals(List.of("aid-account"), refusalCodes(refused));
        String message = refused.object().getJsonArray("reasons").getJsonObject(0).toString();
        assertTrue(message.contains("BPNT: ••••••0745"), message);
        assertFalse(refused.body().contains("0881140745"), "the known account is never shown in full");

        application.put("accountNumber", "0881 140-745");
        assertEquals("submitted", filed("SANKEM", "ajukan", application, null).getString("state"));
    }

    @Test
    void aRejectionCarriesTheReasonTheHeirReads() throws Exception {
        String tracking = filed("SANKEM", "ajukan", application(7031, TODAY.minusDays(5)), null)
                .getString("tracking");
        move(tracking, "verify", "Berkas lengkap", Kiosk.KASI);
        move(tracking, "reject", "Almarhum tercatat sudah menerima santunan dari kelurahan lain", Kiosk.PSM);
        JsonObject tracked = op("SANKEM", "track", map("tracking", tracking), null);
        assertEquals("rejected", tracked.getString("state"));
        assertEquals("Almarhum tercatat sudah menerima santunan dari kelurahan lain", tracked.getString("reason"));
        assertFalse(publicCase(tracking).toString().contains("sudah menerima santunan dari kelurahan lain"),
                "the platform's public view shows no officer's note: the heir reads the reason the module gives");
    }
}
