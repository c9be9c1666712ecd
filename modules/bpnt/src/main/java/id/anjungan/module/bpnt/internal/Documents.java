package id.anjungan.module.bpnt.internal;

import id.anjungan.spi.Document;

/** Documents BPNT services ask for; where they come from depends on the configured offices. */
final class Documents {

    static final Document KTP = Document.of("ktp", "KTP asli penerima", "Original identity card (KTP) of the recipient");
    static final Document KK = Document.of("kk", "Kartu Keluarga (KK)", "Family card (KK)");
    static final Document KKS = Document.of("kks", "KKS (Kartu Keluarga Sejahtera)", "KKS (family welfare card)");
    static final Document INVITATION = Document.of("surat-undangan", "Surat undangan pengambilan BPNT (bila ada)",
            "BPNT collection invitation letter (if you have it)");
    static final Document BOOK = Document.of("buku-tabungan", "Buku tabungan", "Bank account book");

    private final BpntConfig config;

    Documents(BpntConfig config) {
        this.config = config;
    }

    Document lossLetter() {
        return Document.of("surat-kehilangan-kelurahan", "Surat keterangan kehilangan dari kelurahan",
                "Letter of loss from the kelurahan").at("Kantor kelurahan", "Kelurahan office");
    }

    /** 003:184: the police step of a lost KKS; STPL is the document's standard name. */
    Document policeReport() {
        return Document.of("stpl", "Surat Tanda Penerimaan Laporan (STPL) kehilangan dari Polsek",
                "Police receipt of the loss report (STPL)").at(config.police(), config.police());
    }

    /** 003:184 and 000:L5396-5402: the bank reprints a KKS or a book only on the social office's letter. */
    Document recommendation() {
        return Document.of("rekomendasi-dinsos", "Surat rekomendasi Dinas Sosial untuk bank",
                "Social office's recommendation letter to the bank").at(config.dinasSosial(), config.dinasSosial());
    }

    Document reprintedCard() {
        return Document.of("kks-baru", "KKS pengganti (dicetak ulang oleh bank)", "Replacement KKS (reprinted by "
                + "the bank)").at(config.bankBranch(), config.bankBranch());
    }

    Document newBook() {
        return Document.of("buku-baru", "Buku tabungan pengganti dari bank", "Replacement account book from the bank")
                .at(config.bankBranch(), config.bankBranch());
    }

    Document deathLetter() {
        return Document.of("surat-kematian", "Akta kematian atau surat keterangan kematian",
                "Death certificate or death letter").at("Kantor kelurahan / Disdukcapil", "Kelurahan / civil registry");
    }

    Document powerOfAttorney() {
        return Document.of("surat-kuasa", "Surat kuasa dari penerima kepada anggota keluarga yang mengambil",
                "Power of attorney from the recipient to the family member collecting");
    }

    static Document collectorKtp() {
        return Document.of("ktp-wakil", "KTP anggota keluarga yang mengambil", "KTP of the family member collecting");
    }
}
