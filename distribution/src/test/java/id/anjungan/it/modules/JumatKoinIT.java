package id.anjungan.it.modules;

import static id.anjungan.it.modules.ModuleIt.attachment;
import static id.anjungan.it.modules.ModuleIt.detail;
import static id.anjungan.it.modules.ModuleIt.filed;
import static id.anjungan.it.modules.ModuleIt.kiosk;
import static id.anjungan.it.modules.ModuleIt.map;
import static id.anjungan.it.modules.ModuleIt.nik;
import static id.anjungan.it.modules.ModuleIt.op;
import static id.anjungan.it.modules.ModuleIt.operate;
import static id.anjungan.it.modules.ModuleIt.publicCase;
import static id.anjungan.it.modules.ModuleIt.receiptText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.it.Kiosk;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Jum'at Koin over REST: collections, a house-repair application, ranking, the camat's payout, the public ledger. */
class JumatKoinIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    private static Map<String, Object> application(int serial, String address, String cause, String damage,
                                                   boolean displaced, int children) throws Exception {
        return map("nik", nik(serial), "kelurahan", "Kranggan", "address", address, "rt", "4", "rw", "2",
                "cause", cause, "disasterDate", TODAY.minusDays(20).toString(), "damage", damage,
                "displaced", Boolean.toString(displaced), "photo1", attachment(), "householdSize",
                Integer.toString(2 + children), "children", Integer.toString(children), "elderly", "0",
                "disabled", "0", "femaleHead", "false", "dtks", "true", "otherAid", "false");
    }

    private static long balance() throws Exception {
        return op("JUMATKOIN", "kas", map(), null).getJsonNumber("balance").longValue();
    }

    @Test
    void collectionsFundARankedRepairThatThePublicLedgerShows() throws Exception {
        long start = balance();
        JsonObject first = op("JUMATKOIN", "catat-setoran", map("date", TODAY.minusDays(3).toString(),
                "box", "Kelurahan Pekunden", "amount", 2_000_000, "witness1", "Pak Harjono Saputro",
                "witness2", "Bu Endang Lestari"), Kiosk.CAMAT);
        assertEquals(start + 2_000_000, first.getJsonNumber("balance").longValue());
        for (String notTreasury : List.of(Kiosk.TKSK, Kiosk.ADMIN)) {
            assertEquals(403, operate("JUMATKOIN", "catat-setoran", map("date", TODAY.minusDays(3).toString(),
                    "box", "Kelurahan Kauman", "amount", 750_000, "witness1", "Pak Harjono Saputro",
                    "witness2", "Bu Endang Lestari"), notTreasury).status(), "the camat's office counts the coins");
        }
        op("JUMATKOIN", "catat-setoran", map("date", TODAY.minusDays(3).toString(), "box", "Kelurahan Kauman",
                "amount", 750_000, "witness1", "Pak Harjono Saputro", "witness2", "Bu Endang Lestari"), Kiosk.KASI);
        Kiosk.Answer twice = operate("JUMATKOIN", "catat-setoran", map("date", TODAY.minusDays(3).toString(),
                "box", "Kelurahan Kauman", "amount", 10_000, "witness1", "Pak Harjono Saputro",
                "witness2", "Bu Endang Lestari"), Kiosk.KASI);
        assertEquals(422, twice.status(), "a box is counted once per date: " + twice.body());
        assertEquals(start + 2_750_000, balance());

        String urgent = filed("JUMATKOIN", "ajukan-bantuan-rumah", application(9001, "Gang Kranggan Dalam 7",
                "KEBAKARAN", "BERAT", true, 3), null).getString("tracking");
        String mild = filed("JUMATKOIN", "ajukan-bantuan-rumah", application(9011, "Jl. Kranggan Timur 21",
                "BANJIR", "RINGAN", false, 0), null).getString("tracking");
        assertTrue(receiptText(urgent).contains(urgent));
        // a poor family's uninhabitable house, no disaster and no date of one (000:L5711-5717, L5732-5734)
        Map<String, Object> rtlh = new java.util.HashMap<>(application(9021, "Gang Kranggan Dalam 12", "RTLH",
                "BERAT", false, 1));
        rtlh.remove("disasterDate");
        rtlh.put("dtks", "false");
        JsonObject uninhabitable = filed("JUMATKOIN", "ajukan-bantuan-rumah", rtlh, null);
        assertTrue(uninhabitable.toString().contains("SKTM"), "not in DTKS: the SKTM is asked " + uninhabitable);
        assertEquals(403, operate("JUMATKOIN", "catat-survei", map("tracking", mild, "damage", "RINGAN",
                "estimatedCost", 900_000, "displaced", false, "note", "Lantai rusak terendam banjir"), Kiosk.ADMIN)
                .status(), "the TKSK surveys, not the IT administrator");
        op("JUMATKOIN", "catat-survei", map("tracking", urgent, "damage", "BERAT", "estimatedCost", 1_500_000,
                "displaced", true, "note", "Atap dan dinding dapur terbakar habis"), Kiosk.TKSK);
        op("JUMATKOIN", "catat-survei", map("tracking", mild, "damage", "RINGAN", "estimatedCost", 900_000,
                "displaced", false, "note", "Lantai rusak terendam banjir"), Kiosk.TKSK);

        List<JsonObject> ranked = op("JUMATKOIN", "prioritas", map(), Kiosk.TKSK).getJsonArray("requests").stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getString("tracking").equals(urgent)
                        || r.getString("tracking").equals(mild)).toList();
        assertEquals(List.of(urgent, mild), ranked.stream().map(r -> r.getString("tracking")).toList(),
                "the fire with a displaced family ranks above light flood damage");
        assertTrue(ranked.get(0).getInt("total") > ranked.get(1).getInt("total"));
        assertFalse(ranked.get(0).getJsonArray("factors").isEmpty(), "the scoring is visible");

        assertEquals(403, operate("JUMATKOIN", "setujui-pencairan", map("tracking", urgent, "amount", 1_500_000,
                "purpose", "Perbaikan atap dan dinding dapur"), Kiosk.TKSK).status(), "only the camat pays out");
        JsonObject paid = op("JUMATKOIN", "setujui-pencairan", map("tracking", urgent, "amount", 1_500_000,
                "purpose", "Perbaikan atap dan dinding dapur", "justification", "Paling mendesak menurut survei",
                "payeeKind", "TOKO", "payee", "Toko Bangunan Sinar Jaya"), Kiosk.CAMAT);
        assertEquals("dibayar", paid.getString("state"));
        long afterPayout = start + 1_250_000;
        assertEquals(afterPayout, paid.getJsonNumber("balance").longValue());

        JsonObject family = publicCase(urgent);
        assertEquals("dibayar", family.getString("state"));
        assertTrue(detail(urgent, Kiosk.TKSK).toString().contains("Rp1.500.000"), "the payout note is for staff");

        JsonObject kas = op("JUMATKOIN", "kas", map(), null);
        assertEquals(afterPayout, kas.getJsonNumber("balance").longValue());
        assertTrue(kas.getBoolean("intact"));
        JsonObject payout = kas.getJsonArray("disbursements").stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("purpose").equals("Perbaikan atap dan dinding dapur")).findFirst()
                .orElseThrow(() -> new AssertionError("the payout is on the public ledger: " + kas));
        assertEquals(1_500_000, payout.getJsonNumber("amount").longValue());
        assertEquals("TOKO", payout.getString("paidTo"), "the kind of payee is public");
        assertFalse(kas.toString().contains("Sinar Jaya"), "the payee's name stays in the case");
        assertFalse(kas.toString().contains(nik(9001)) || kas.toString().contains("Gang Kranggan Dalam 7"),
                "no personal data on the public ledger");

        JsonObject audit = kiosk().get("/api/admin/audit/verify", Kiosk.ADMIN).object();
        assertTrue(audit.getBoolean("intact"), audit.toString());

        Kiosk.Answer tooMuch = operate("JUMATKOIN", "setujui-pencairan", map("tracking", mild,
                "amount", afterPayout + 1, "purpose", "Perbaikan lantai rumah",
                "justification", "Satu-satunya permohonan tersisa", "payeeKind", "KELUARGA",
                "payee", "Keluarga pemohon"), Kiosk.CAMAT);
        assertEquals(422, tooMuch.status(), tooMuch.body());
        assertEquals("insufficient-balance", tooMuch.object().getString("code"), tooMuch.body());
        assertEquals(afterPayout, balance(), "nothing left the fund");
        assertEquals("diverifikasi", publicCase(mild).getString("state"), "the request is unchanged");
    }
}
