package id.anjungan.host.receipts.control;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

final class SampleReceipts {

    static final String TRACKING = "BPNT-2611-000042-7";

    private SampleReceipts() {
    }

    static Receipt lostKksCard() {
        return lostKksCard(TRACKING);
    }

    static Receipt lostKksCard(String tracking) {
        return new Receipt("Miroto", "Semarang Tengah", "BPNT (Bantuan Pangan Non Tunai)",
                "Laporan kartu KKS hilang", tracking,
                ZonedDateTime.of(2026, 11, 26, 10, 42, 0, 0, ZoneId.of("Asia/Jakarta")), "Diajukan",
                "3374••••••••0003",
                List.of(Receipt.ChecklistItem.of("Surat keterangan kehilangan", "Kantor Kelurahan Miroto"),
                        Receipt.ChecklistItem.of("Laporan kehilangan dari Polsek Semarang Tengah", "Polsek Semarang Tengah"),
                        Receipt.ChecklistItem.of("KTP dan Kartu Keluarga (asli dan fotokopi)")),
                "Bawa dokumen di atas ke TKSK Kecamatan Semarang Tengah, Kantor Kecamatan lantai 1, "
                        + "Senin sampai Jumat pukul 08.00–14.00. TKSK meneruskan laporan ke Dinas Sosial; "
                        + "bank mencetak ulang kartu KKS setelah itu.",
                "Cek di anjungan: menu Cek perkembangan pengajuan");
    }

    /** No NIK (a person found without identity card), no checklist, a very long service title. */
    static Receipt withoutNik() {
        return new Receipt("Pekunden", null, null,
                "Rujukan rehabilitasi sosial untuk orang terlantar yang ditemukan di Jalan Pemuda depan pasar",
                "REHAB-2611-000007-3", ZonedDateTime.of(2026, 11, 27, 7, 5, 0, 0, ZoneId.of("Asia/Jakarta")),
                null, null, List.of(), "TKSK akan menghubungi pelapor.", null);
    }
}
