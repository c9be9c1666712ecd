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
 * Santunan Kematian over REST: an application through every role to "paid" with the kelurahan's DTSEN check and
 * Dinas Sosial Kota's decision, refusals with their reason (not in DTSEN, already on the paid list), no filing
 * cut-off by default, and no one-aid-account rule for the heir.
 */
class SantunanKematianIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    private static Map<String, Object> application(int deceased, LocalDate died) throws Exception {
        return map("deceasedNik", nik(deceased), "deceasedKk", kk(deceased), "deceasedName", "Slamet Riyadi",
                "dateOfDeath", died.toString(), "deathCertificate", attachment(), "dtsenRegistered", "UNKNOWN",
                "heirNik", nik(deceased + 1),
                "heirName", "Siti Riyadi", "relationship", "SPOUSE", "bank", "BRI", "accountNumber", "0123456789",
                "accountHolder", "Siti Riyadi");
    }

    @Test
    void anApplicationIsWalkedThroughEveryRoleToPaid() throws Exception {
        JsonObject filed = filed("SANKEM", "ajukan", application(7001, TODAY.minusDays(12)), null);
        String tracking = filed.getString("tracking");
        assertEquals("submitted", filed.getString("state"));
        assertTrue(filed.getJsonArray("checklist").toString().contains("Surat keterangan terdaftar DTKS/DTSEN"),
                "the checklist names the DTSEN letter: " + filed);
        String nextSteps = filed.toString();
        assertTrue(nextSteps.contains("Kasi Kesos memeriksa apakah keluarga almarhum/almarhumah terdaftar di DTSEN")
                && nextSteps.contains("Dinas Sosial Kota Semarang memutuskan")
                && nextSteps.contains("Bila disetujui, santunan Rp3.000.000"), nextSteps);
        String receipt = receiptText(tracking).replaceAll("\\s+", " ");
        assertTrue(receipt.contains(tracking), receipt);
        assertTrue(receipt.contains("Dinas Sosial Kota Semarang"), "the receipt names who decides: " + receipt);
        assertTrue(receipt.contains("terdaftar DTKS/DTSEN"), "the receipt lists the DTSEN letter: " + receipt);

        assertFalse(transitions(tracking, Kiosk.TKSK).contains("verify"), "the Kasi Kesos verifies");
        Kiosk.Answer noNote = ModuleIt.kiosk().post("/api/cases/" + tracking + "/transitions",
                ModuleIt.json("transition", "verify", "note", ""), Kiosk.KASI);
        assertEquals(422, noNote.status(), "the DTSEN check must be written down: " + noNote.body());
        move(tracking, "verify", "Terdaftar di DTSEN (cek SIKS-NG 1 Desember)", Kiosk.KASI);
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
        assertTrue(seen.toString().contains("Rp3.000.000"), "the amount paid is visible: " + seen);
        assertFalse(seen.toString().contains(nik(7001)), "the deceased's NIK is masked");

        JsonObject tracked = op("SANKEM", "track", map("tracking", tracking), null);
        assertEquals(3_000_000L, tracked.getJsonNumber("amountPaid").longValue());
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
    void noCutOffByDefaultButAHouseholdNotInDtsenIsToldWhy() throws Exception {
        assertEquals("submitted", filed("SANKEM", "ajukan", application(7011, TODAY.minusDays(200)), null)
                .getString("state"), "no source sets a filing deadline, so none is enforced by default");

        Kiosk.Answer future = submit("SANKEM", "ajukan", application(7021, TODAY.plusDays(3)), null);
        assertTrue(future.status() == 422, future.body());

        Map<String, Object> notRegistered = application(7051, TODAY.minusDays(5));
        notRegistered.put("dtsenRegistered", "NO");
        Kiosk.Answer refused = submit("SANKEM", "ajukan", notRegistered, null);
        assertEquals(List.of("not-in-dtsen"), refusalCodes(refused));
        assertTrue(refused.body().contains("keluarga miskin yang terdaftar di DTSEN"), refused.body());
    }

    @Test
    void aDeceasedOnTheImportedListCannotBeClaimedAgain() throws Exception {
        // demo SANKEM list 2026: heir Sumarni Hartono for Sutrisno Prasetyo, approved and awaiting the transfer
        ensureDemoList("SANKEM", "2026", "3374015506700011", "3374011507952010");
        Map<String, Object> application = application(7061, TODAY.minusDays(5));
        application.put("deceasedNik", "3374010203650012");
        application.put("deceasedKk", "3374011203100012");
        application.put("heirNik", "3374015506700011");
        Kiosk.Answer refused = submit("SANKEM", "ajukan", application, null);
        assertEquals(List.of("already-paid"), refusalCodes(refused));
        assertTrue(refused.body().contains("sudah disetujui dan menunggu transfer"), refused.body());
        assertFalse(refused.body().contains("3374015506700011"), "the heir's NIK is masked");
    }

    @Test
    void anHeirWithAnAidAccountMayUseAnotherAccount() throws Exception {
        ensureDemoList("BPNT", "2026-11", BpntIT.KPM, BpntIT.KPM_KK); // KPM paid into account 0881140745
        Map<String, Object> application = application(7041, TODAY.minusDays(5));
        application.put("heirNik", BpntIT.KPM);
        assertEquals("submitted", filed("SANKEM", "ajukan", application, null).getString("state"),
                "the one-aid-account rule is Kemensos's, not the city's");
    }

    @Test
    void aRejectionCarriesTheReasonTheHeirReads() throws Exception {
        String tracking = filed("SANKEM", "ajukan", application(7031, TODAY.minusDays(5)), null)
                .getString("tracking");
        move(tracking, "verify", "Terdaftar di DTSEN", Kiosk.KASI);
        move(tracking, "reject", "Almarhum tercatat sudah menerima santunan dari kelurahan lain", Kiosk.PSM);
        JsonObject tracked = op("SANKEM", "track", map("tracking", tracking), null);
        assertEquals("rejected", tracked.getString("state"));
        assertEquals("Almarhum tercatat sudah menerima santunan dari kelurahan lain", tracked.getString("reason"));
        assertFalse(publicCase(tracking).toString().contains("sudah menerima santunan dari kelurahan lain"),
                "the platform's public view shows no officer's note: the heir reads the reason the module gives");
    }
}
