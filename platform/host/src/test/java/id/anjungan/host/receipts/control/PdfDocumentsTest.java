package id.anjungan.host.receipts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfDocumentsTest {

    private final PdfDocuments documents = new PdfDocuments();

    @Test
    void aLongTableContinuesOnFollowingPagesUnderItsHeader() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 70; i++) {
            rows.add(List.of(String.valueOf(i), "Penerima Contoh " + i, "3374••••••••" + String.format("%04d", i),
                    "RT 0" + (i % 9 + 1) + "/RW 0" + (i % 4 + 1) + ", Kelurahan Miroto", "Rp1.110.000",
                    i % 7 == 0 ? "Kartu hilang: tanpa kartu, nomor rekening 2-031-" + i : "Kartu KJS"));
        }
        PrintDocument doc = PrintDocument.titled("Berkas pencairan KJS kolektif")
                .subtitle("Bank Jateng Cabang Semarang · Triwulan IV 2026")
                .meta("Pendamping", "TKSK Kecamatan Semarang Tengah")
                .meta("Nomor SK pendamping", "400.9/123/2026")
                .meta("Surat Tugas", "Dinas Sosial Kota Semarang 005/77/2026")
                .paragraph("Daftar penerima KJS yang pencairannya dikuasakan kepada pendamping. Setiap penerima "
                        + "dilampiri KTP/KK atau surat keterangan tidak mempunyai kartu identitas.")
                .table(List.of("No", "Nama", "NIK", "Alamat", "Jumlah", "Dokumen"), rows)
                .signature("Semarang, 26 November 2026", "Pendamping KJS", "", "", "", "(Nama Pendamping)")
                .build();

        byte[] pdf = documents.render(doc);
        Pictures.render(pdf, 0, 110, "document-table-p1");
        Pictures.render(pdf, 1, 110, "document-table-p2");

        try (PDDocument pd = Loader.loadPDF(pdf)) {
            assertTrue(pd.getNumberOfPages() >= 2, "pages: " + pd.getNumberOfPages());
            PDRectangle a4 = pd.getPage(0).getMediaBox();
            assertEquals(210.0, a4.getWidth() / 72.0 * 25.4, 0.5);
            assertEquals(297.0, a4.getHeight() / 72.0 * 25.4, 0.5);
            String all = new PDFTextStripper().getText(pd);
            assertTrue(all.matches("(?s).*Penerima Contoh 1\\b.*"), all);
            assertTrue(all.contains("Penerima Contoh 70"), all);
            assertTrue(all.contains("(Nama Pendamping)"), all);
            PDFTextStripper page2 = new PDFTextStripper();
            page2.setStartPage(2);
            page2.setEndPage(2);
            String second = page2.getText(pd);
            assertTrue(second.contains("Alamat") && second.contains("Dokumen"), "header repeated:\n" + second);
            assertTrue(second.contains("Halaman 2 dari " + pd.getNumberOfPages()), second);
            Pictures.render(pdf, pd.getNumberOfPages() - 1, 110, "document-table-last");
        }
    }

    @Test
    void tenInvitationCardsFillOneSheetAndPartOfTheNext() throws Exception {
        PrintDocument.Builder builder = PrintDocument.titled("Undangan pengambilan beras CPP")
                .subtitle("Distribusi semester II 2026");
        Set<String> payloads = new TreeSet<>();
        for (int i = 1; i <= 10; i++) {
            String code = "CPP-2612-" + String.format("%06d", i) + "-" + (i % 10);
            payloads.add(code);
            builder.card(code, "UNDANGAN CPP", "Kepada: Warga Contoh " + i,
                    "RT 0" + (i % 5 + 1) + "/RW 03, Kelurahan Miroto",
                    "Sabtu, 6 Desember 2026, pukul 08.00–11.00",
                    "Balai Kelurahan Miroto, Jl. Contoh No. " + i,
                    "Bawa undangan ini dan KTP atau KK. Beras 10 kg per keluarga.");
        }

        byte[] pdf = documents.render(builder.build());

        Set<String> decoded = new TreeSet<>();
        try (PDDocument pd = Loader.loadPDF(pdf)) {
            assertEquals(2, pd.getNumberOfPages());
            String text = new PDFTextStripper().getText(pd);
            assertTrue(text.contains("Warga Contoh 10"), text);
        }
        for (int page = 0; page < 2; page++) {
            BufferedImage image = Pictures.render(pdf, page, 200, "document-cards-p" + (page + 1));
            decoded.addAll(decodeCards(image));
        }
        assertEquals(payloads, decoded);
    }

    /** Each card cut out of the page image, as a person would, and its code read on its own. */
    private static Set<String> decodeCards(BufferedImage page) {
        Set<String> found = new TreeSet<>();
        int w = page.getWidth() / CardSheet.COLUMNS;
        int h = page.getHeight() / CardSheet.ROWS;
        for (int row = 0; row < CardSheet.ROWS; row++) {
            for (int col = 0; col < CardSheet.COLUMNS; col++) {
                try {
                    found.add(Pictures.decodeQr(page.getSubimage(col * w, row * h, w, h)));
                } catch (com.google.zxing.NotFoundException empty) {
                    // the last sheet is not full
                }
            }
        }
        return found;
    }
}
