package id.anjungan.module.kjs.internal;

import id.anjungan.spi.Document;

/** Documents KJS services ask for. */
final class Documents {

    static final Document IDENTITY = Document.of("identitas", "KTP dan KK (atau Surat Keterangan Tidak Mempunyai "
            + "Kartu Identitas)", "KTP and KK (or a letter stating the person has no identity card)");
    static final Document NO_IDENTITY = Document.of("surat-tanpa-identitas",
            "Surat Keterangan Tidak Mempunyai Kartu Identitas", "Letter stating the person has no identity card")
            .at("Kantor kelurahan", "Kelurahan office");
    static final Document MEDICAL = Document.of("surat-dokter", "Surat keterangan dokter tentang disabilitas atau "
            + "sakit menahun", "Doctor's letter on the disability or chronic illness").at("Puskesmas / rumah sakit",
            "Health centre / hospital");
    static final Document NEGLECT = Document.of("surat-terlantar", "Surat keterangan dari kelurahan bahwa yang "
            + "bersangkutan terlantar", "Letter from the kelurahan stating that the person is neglected").at("Kantor kelurahan", "Kelurahan office");
    static final Document PHOTO = Document.of("foto", "Foto orang yang diusulkan dan rumahnya",
            "Photo of the person proposed and the house");
    static final Document COVER_LETTER = Document.of("pengantar-rt-rw", "Surat pengantar RT/RW",
            "Cover letter from the RT/RW").at("Ketua RT/RW", "Head of RT/RW");
    static final Document DEATH = Document.of("surat-kematian", "Akta kematian atau surat keterangan kematian "
            + "dari kelurahan", "Death certificate, or the kelurahan's letter stating the death")
            .at("Kantor kelurahan / Disdukcapil", "Kelurahan / civil registry");
    static final Document MOVED = Document.of("surat-pindah", "Surat Keterangan Pindah (SKPWNI)",
            "Certificate of moving (SKPWNI)")
            .at("Kantor kelurahan / Disdukcapil", "Kelurahan / civil registry");
    static final Document CENTRAL_CARD = Document.of("kartu-bantuan-pusat", "KKS atau kartu PKH (bila ada)",
            "KKS or PKH card (if any)");
    static final Document KJS_CARD = Document.of("kartu-kjs", "Kartu KJS", "KJS card");
    static final Document ACCOUNT_BOOK = Document.of("buku-tabungan", "Buku tabungan Bank Jateng atau nomor rekening",
            "Bank Jateng account book or account number");
    static final Document LOSS_LETTER = Document.of("surat-kehilangan", "Surat Tanda Penerimaan Laporan (STPL) "
            + "kehilangan", "Police receipt of the loss report (STPL)").at("Polsek", "Police station (Polsek)");
    static final Document DAMAGED_CARD = Document.of("kartu-rusak", "Kartu KJS yang rusak", "The damaged KJS card");

    private Documents() {
    }
}
