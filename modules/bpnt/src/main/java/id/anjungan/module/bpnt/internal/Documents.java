package id.anjungan.module.bpnt.internal;

import id.anjungan.spi.Document;

/** Documents BPNT services ask for; where they come from depends on the configured offices. */
final class Documents {

    static final Document KTP = Document.of("ktp", "KTP asli pemegang kartu", "Original identity card (KTP) of the holder");
    static final Document KK = Document.of("kk", "Kartu Keluarga (KK)", "Family card (KK)");
    static final Document KKS = Document.of("kks", "Kartu KKS", "KKS card");
    static final Document INVITATION = Document.of("surat-undangan", "Surat undangan penyaluran BPNT (bila ada)",
            "BPNT invitation letter (if you have it)");
    static final Document RECEIPT = Document.of("struk", "Struk atau bukti transaksi dari e-Warung (bila ada)",
            "Receipt or proof of the transaction from the e-Warung (if any)");
    static final Document BOOK = Document.of("buku-tabungan", "Buku tabungan", "Bank account book");

    private final BpntConfig config;

    Documents(BpntConfig config) {
        this.config = config;
    }

    Document lossLetter() {
        return Document.of("surat-kehilangan-kelurahan", "Surat keterangan kehilangan", "Letter of loss")
                .at("Kantor kelurahan/desa", "Kelurahan/village office");
    }

    Document policeReport() {
        return Document.of("laporan-polisi", "Surat tanda laporan kehilangan dari polisi", "Police report of loss")
                .at(config.police(), config.police());
    }

    Document deathLetter() {
        return Document.of("surat-kematian", "Akta kematian atau surat keterangan kematian",
                "Death certificate or death letter").at("Kantor kelurahan / Disdukcapil", "Kelurahan / civil registry");
    }
}
