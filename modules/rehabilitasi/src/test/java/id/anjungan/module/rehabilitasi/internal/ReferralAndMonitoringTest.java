package id.anjungan.module.rehabilitasi.internal;

import id.anjungan.spi.PrintableDocument;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.ProgramException;
import id.anjungan.spi.platform.CaseRecord;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReferralAndMonitoringTest {

    private final Fixture f = new Fixture();

    @Test
    void fromStreetReportToReferralPlacementAndTheFirstVisit() {
        CaseRecord report = f.report("dilaporkan", Map.of("urgency", "DARURAT", "category", "ODGJ",
                "kelurahan", "Kauman", "location", "Serambi Masjid Agung Kauman", "needs", "MEDIS",
                "description", "Laki-laki, rambut gondrong, kaos biru"));
        Map<?, ?> listed = (Map<?, ?>) ((List<?>) f.op("laporan", Map.of()).get("reports")).get(0);
        assertEquals("DARURAT", listed.get("urgency"));

        Map<String, Object> referral = f.op("rujukan", Map.of("tracking", report.tracking(),
                "reason", "Tidak sadar, dehidrasi, luka di kaki", "estimatedAge", BigDecimal.valueOf(45), "sex", "L"));
        assertEquals("dirujuk", referral.get("state"));
        List<?> letters = (List<?>) referral.get("letters");
        assertEquals(2, letters.size());
        assertEquals(false, ((Map<?, ?>) letters.get(0)).get("ready"));
        Map<?, ?> letter = (Map<?, ?>) referral.get("coverLetter");
        assertEquals("Yth. Kepala Instalasi Pekerja Sosial Medis RSUP Dr. Kariadi", letter.get("to"));
        assertEquals(List.of("PEMERINTAH KOTA SEMARANG", "KECAMATAN SEMARANG TENGAH", "KELURAHAN KAUMAN"),
                letter.get("issuer"));
        assertEquals("Semarang", letter.get("place"));
        assertEquals("23 November 2026", letter.get("date"));
        Map<?, ?> person = (Map<?, ?>) letter.get("person");
        assertEquals("Tidak diketahui (tanpa identitas)", person.get("Nama"));
        assertEquals("± 45 tahun", person.get("Perkiraan umur"));
        assertEquals("Laki-laki", person.get("Jenis kelamin"));
        assertEquals("Lurah Kauman", ((Map<?, ?>) letter.get("signatory")).get("title"));
        String text = (String) letter.get("text");
        assertTrue(text.contains("Serambi Masjid Agung Kauman, RT 2 RW 1, Kelurahan Kauman"), text);
        assertTrue(text.contains(report.tracking()));
        assertTrue(text.contains("Tembusan: Dinas Sosial Kota Semarang"));

        Map<String, Object> recorded = f.op("catat-surat", Map.of("tracking", report.tracking(),
                "letter", "pengantar", "number", "460/112/XI/2026", "date", "2026-11-23"));
        assertEquals(true, ((Map<?, ?>) ((List<?>) recorded.get("letters")).get(0)).get("ready"));
        assertEquals("460/112/XI/2026", f.op("surat-pengantar", Map.of("tracking", report.tracking())).get("number"));

        assertEquals("not-declared-recovered", assertThrows(ProgramException.class, () -> f.op("tempatkan",
                Map.of("tracking", report.tracking(), "panti", "samekto-karti", "category", "ODGJ"))).reason().code());
        f.place(report.tracking(), "samekto-karti", "ODGJ");
        assertEquals("ditempatkan", f.state(report.tracking()));

        f.p.clock.advance(Duration.ofDays(120));
        Map<String, Object> left = f.op("keluar-panti", Map.of("tracking", report.tracking(), "reason", "PULIH",
                "note", "Dinyatakan pulih, tinggal di rumah singgah"));
        assertEquals(List.of("2027-04-22", "2027-06-21", "2027-09-19"), left.get("visits"));
        assertEquals("pemantauan", left.get("state"));

        f.p.clock.advance(Duration.ofDays(31));
        Map<?, ?> due = (Map<?, ?>) ((List<?>) f.op("pemantauan", Map.of()).get("visits")).get(0);
        assertEquals(1, due.get("visit"));
        assertEquals(true, due.get("overdue"));

        Map<String, Object> visit = f.op("kunjungan", Map.of("tracking", report.tracking(), "condition", "BAIK",
                "note", "Sehat, minum obat teratur, ikut kerja bakti"));
        assertEquals(1, visit.get("visit"));
        assertEquals("2027-06-21", visit.get("nextDue"));
        assertEquals("pemantauan", visit.get("state"));
        assertTrue(f.p.cases.find(report.tracking()).orElseThrow().history().stream()
                .anyMatch(s -> s.note().startsWith("Kunjungan pemantauan ke-1")));
    }

    @Test
    void theCoverLetterPrintsAsADocument() {
        CaseRecord report = f.report("dilaporkan", Map.of("urgency", "DARURAT", "category", "ODGJ",
                "kelurahan", "Kauman", "location", "Serambi Masjid Agung Kauman", "needs", "MEDIS",
                "description", "Laki-laki, rambut gondrong, kaos biru"));
        f.op("rujukan", Map.of("tracking", report.tracking(), "reason", "Tidak sadar, dehidrasi",
                "estimatedAge", BigDecimal.valueOf(45), "sex", "L"));
        f.op("catat-surat", Map.of("tracking", report.tracking(), "letter", "pengantar", "number", "460/113/XI/2026",
                "date", "2026-11-23"));

        PrintableDocument doc = (PrintableDocument) f.op("surat-pengantar", Map.of("tracking", report.tracking())).get("document");

        assertEquals("Surat Pengantar", doc.title());
        assertEquals("PEMERINTAH KOTA SEMARANG · KECAMATAN SEMARANG TENGAH · KELURAHAN KAUMAN", doc.subtitle());
        assertEquals(List.of(new PrintableDocument.Meta("Nomor", "460/113/XI/2026"),
                new PrintableDocument.Meta("Tanggal", "Semarang, 23 November 2026"),
                new PrintableDocument.Meta("Perihal", "Pengantar rujukan orang terlantar"),
                new PrintableDocument.Meta("Kepada", "Yth. Kepala Instalasi Pekerja Sosial Medis RSUP Dr. Kariadi")),
                doc.meta());
        List<String> paragraphs = doc.paragraphs();
        assertEquals("Dengan hormat,", paragraphs.get(0));
        assertTrue(paragraphs.get(2).toString().contains("Perkiraan umur: ± 45 tahun\nJenis kelamin: Laki-laki"),
                paragraphs.get(2).toString());
        assertTrue(paragraphs.toString().contains(report.tracking()));
        assertEquals("Tembusan:\n1. Dinas Sosial Kota Semarang\n2. TKSK Kecamatan Semarang Tengah",
                paragraphs.get(paragraphs.size() - 1));
        assertEquals(List.of("Semarang, 23 November 2026", "Lurah Kauman", "", "", "(........................)"),
                doc.signature());
    }

    @Test
    void theLastVisitClosesTheCase() {
        Fixture short1 = new Fixture(Map.of("monitoringDays", new int[] {14}));
        String tracking = short1.handled().tracking();
        short1.place(tracking, "salam-sari", "PGOT");
        short1.op("keluar-panti", Map.of("tracking", tracking, "reason", "KELUARGA", "note", "Dijemput adiknya"));
        Map<String, Object> visit = short1.op("kunjungan", Map.of("tracking", tracking, "condition", "BAIK",
                "note", "Tinggal bersama keluarga adik"));
        assertEquals("selesai", visit.get("state"));
        assertEquals(null, visit.get("nextDue"));
    }

    @Test
    void referralRefusesBadInput() {
        CaseRecord report = f.report("dilaporkan", Map.of());
        assertEquals("missing-reason", assertThrows(ProgramException.class,
                () -> f.op("rujukan", Map.of("tracking", report.tracking()))).reason().code());
        assertEquals("invalid-sex", assertThrows(ProgramException.class, () -> f.op("rujukan", Map.of("tracking",
                report.tracking(), "reason", "Demam tinggi", "sex", "X"))).reason().code());
        assertEquals("invalid-foundDate", assertThrows(ProgramException.class, () -> f.op("rujukan", Map.of(
                "tracking", report.tracking(), "reason", "Demam tinggi", "foundDate", "2026-12-01"))).reason().code());
        assertEquals("unknown-report", assertThrows(ProgramException.class, () -> f.op("rujukan", Map.of(
                "tracking", "REHSOS-0000-000000-0", "reason", "Demam tinggi"))).reason().code());
        assertEquals("dilaporkan", f.state(report.tracking()));
        assertNotNull(f.op("surat-pengantar", Map.of("tracking", report.tracking())).get("text"));
    }
}
