package id.anjungan.module.cpp.internal;

import id.anjungan.spi.PrintableDocument;
import static id.anjungan.module.cpp.internal.Fixture.PSM;
import static id.anjungan.module.cpp.internal.Fixture.TKSK;
import static id.anjungan.module.cpp.internal.Fixture.kk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@SuppressWarnings("unchecked")
class ReportTest {

    private final Fixture f = new Fixture();

    @Test
    void anEventWalksFromImportToReport() {
        String event = f.event(4, 45);
        f.op("claim", PSM, "eventId", event, "kk", kk(101));
        f.op("claim", TKSK, "eventId", event, "kk", kk(103), "pickupNik", "3374015508052003", "desk", "Meja 2",
                "suratKuasa", true, "pickupName", "Bu Darmi", "proof", "CAP_JEMPOL");

        Map<String, Object> r = f.op("report", TKSK, "eventId", event);

        assertEquals(45L, r.get("stockReceivedKg"));
        assertEquals(20L, r.get("handedOutKg"));
        assertEquals(25L, r.get("remainingKg"));
        assertEquals(4, r.get("households"));
        assertEquals(2, r.get("claimedHouseholds"));
        assertEquals(2, r.get("unclaimedHouseholds"));
        assertEquals(List.of("Warga 102", "Warga 104"),
                ((List<Map<?, ?>>) r.get("unclaimed")).stream().map(u -> u.get("name")).toList());
        String[] csv = ((String) r.get("csv")).split("\r\n");
        assertEquals("kk,nama_pbp,rt,rw,kelurahan,kg,status,waktu,petugas,tempat,diambil_oleh,dasar_pengambil,bukti,"
                + "menggantikan", csv[0]);
        assertEquals(5, csv.length);
        assertEquals("3374••••••••2103,Warga 103,001,002,Miroto,10,diambil,2026-11-23T09:00,TKSK Budi,Meja 2,"
                + "3374••••••••2003,SURAT_KUASA,CAP_JEMPOL,", csv[3]);
        assertEquals("3374••••••••2104,Warga 104,001,002,Miroto,10,belum diambil,,,,,,,", csv[4]);
        assertTrue(((String) r.get("summaryCsv")).contains("sisa_kg,25\r\n"));
        assertTrue(!((String) r.get("csv")).contains(kk(101)), "numbers are masked");
    }

    @Test
    void theReportPrintsAsADocumentListingUnclaimedHouseholds() {
        String event = f.event(3, 45);
        f.op("claim", PSM, "eventId", event, "kk", kk(101));

        PrintableDocument doc = (PrintableDocument) f.op("report", TKSK, "eventId", event).get("document");

        assertEquals("Laporan Distribusi Beras CPP", doc.title());
        List<PrintableDocument.Meta> meta = doc.meta();
        Map<Object, Object> values = new java.util.HashMap<>();
        meta.forEach(m -> values.put(m.label(), m.value()));
        assertEquals("45 kg", values.get("Stok diterima"));
        assertEquals("10 kg", values.get("Diserahkan"));
        assertEquals("35 kg", values.get("Sisa stok"));
        assertEquals("2", values.get("Belum mengambil"));
        assertEquals("Sabtu, 5 Desember 2026", values.get("Tanggal"));
        PrintableDocument.Table table = doc.table();
        assertEquals(List.of(List.of("1", "Warga 102", "3374••••••••2102", "3374••••••••2102", "001/002"),
                List.of("2", "Warga 103", "3374••••••••2103", "3374••••••••2103", "001/002")), table.rows());
        assertTrue(!doc.toString().contains(kk(102)), "numbers are masked");
    }

    @Test
    void invitationsPrintAsCardsWithTheQrPayload() {
        String event = f.event(2, 20);
        Map<String, Object> all = f.op("invitations", PSM, "eventId", event);
        PrintableDocument doc = (PrintableDocument) all.get("document");
        assertEquals("Undangan Pengambilan Beras CPP", doc.title());
        List<PrintableDocument.Card> cards = doc.cards();
        assertEquals(2, cards.size());
        Map<?, ?> invitation = ((List<Map<?, ?>>) all.get("invitations")).get(0);
        assertEquals(invitation.get("qr"), cards.get(0).qr());
        List<?> lines = cards.get(0).lines();
        assertEquals("Warga 101", lines.get(1));
        assertTrue(lines.contains("KK 3374••••••••2101"), lines.toString());
        assertTrue(lines.contains("Sabtu, 5 Desember 2026"), lines.toString());
        assertTrue(lines.contains("Balai Kelurahan Miroto"), lines.toString());
    }

    @Test
    void csvQuotesCommasAndDefusesFormulas() {
        assertEquals("a,\"b, c\",'=1+1,\"say \"\"hi\"\"\"\r\n",
                new Csv("x").row("a", "b, c", "=1+1", "say \"hi\"").toString().split("\r\n", 2)[1]);
        assertEquals("'@SUM(A1),'\t=1,\"'\r=1\"\r\n",
                new Csv("x").row("@SUM(A1)", "\t=1", "\r=1").toString().split("\r\n", 2)[1]);
    }

    @Test
    void invitationsCarryMaskedNumbersAndAReadableQr() {
        String event = f.event(2, 20);
        Map<String, Object> all = f.op("invitations", PSM, "eventId", event);
        Map<?, ?> card = ((List<Map<?, ?>>) all.get("invitations")).get(0);
        assertEquals("Warga 101", card.get("name"));
        assertEquals("3374••••••••2101", card.get("nik"));
        assertEquals("Balai Kelurahan Miroto", card.get("place"));
        assertEquals("2026-12-05", card.get("date"));
        assertEquals(10, card.get("kg"));
        String qr = (String) card.get("qr");
        assertTrue(qr.matches("CPP2\\|" + event + "\\|[0-9a-f]{20}\\|[0-9a-f]{10}"), qr);
        assertFalse(qr.contains(kk(101)), "the printed code does not carry the family card number");
        assertTrue(((Map<?, ?>) card.get("text")).get("id").toString()
                .contains("10 kg beras CPP pada Sabtu, 5 Desember 2026 di Balai Kelurahan Miroto"));
    }

    @Test
    void theListOfReceiptsHasALinePerPbpWithItsProofAndABoxToSign() {
        String event = f.event(3, 45);
        f.op("claim", PSM, "eventId", event, "kk", kk(101), "proof", "CAP_JEMPOL");
        f.op("claim", PSM, "eventId", event, "kk", kk(102), "pickupNik", "3374015508052003", "suratKuasa", true,
                "pickupName", "Bu Darmi", "proof", "TANDA_TANGAN");

        PrintableDocument doc = (PrintableDocument) f.op("receipts", TKSK, "eventId", event).get("document");

        assertEquals("Daftar Tanda Terima Beras CPP", doc.title());
        PrintableDocument.Table table = doc.table();
        assertEquals("Tanda tangan / cap jempol", table.headers().get(7));
        List<List<String>> rows = table.rows();
        assertEquals(3, rows.size(), "one line per PBP, collected or not");
        assertEquals(List.of("1", "Warga 101", "3374••••••••2101", "10"), rows.get(0).subList(0, 4));
        assertEquals("PBP sendiri", rows.get(0).get(5));
        assertEquals("Cap jempol", rows.get(0).get(6));
        assertEquals("3374••••••••2003 (surat kuasa)", rows.get(1).get(5));
        assertEquals("", rows.get(2).get(6), "not collected yet: no proof");
        assertFalse(doc.toString().contains(kk(101)) || doc.toString().contains("3374015508052003"), "masked");
    }

    @Test
    void theBastNamesBothPartiesAndTheRiceReceivedAndHandedOut() {
        String event = f.event(3, 45);
        f.op("claim", PSM, "eventId", event, "kk", kk(101));

        Map<String, Object> bast = f.op("bast", TKSK, "eventId", event);

        assertEquals(45L, bast.get("receivedKg"));
        assertEquals(10L, bast.get("handedOutKg"));
        assertEquals(1, bast.get("servedHouseholds"));
        PrintableDocument doc = (PrintableDocument) bast.get("document");
        assertEquals("Berita Acara Serah Terima (BAST) Beras CPP", doc.title());
        Map<Object, Object> values = new java.util.HashMap<>();
        doc.meta().forEach(m -> values.put(m.label(), m.value()));
        assertEquals("Dinas Ketahanan Pangan Kota Semarang", values.get("Pihak pertama (yang menyerahkan)"));
        assertEquals("10 kg kepada 1 rumah tangga (PBP)", values.get("Diserahkan kepada PBP"));
        assertTrue(doc.signature().contains("Pihak kedua: petugas distribusi"));
    }
}
