package id.anjungan.module.bpnt.internal;

import id.anjungan.spi.Assessment;
import id.anjungan.spi.Document;
import id.anjungan.spi.Text;
import java.util.ArrayList;
import java.util.List;

/** The checklist and next steps of each card-problem branch, as the TKSK resolves them (003:184-187). */
final class CardProblemRoutes {

    /** Where a zero balance stands against the tahap's payment list (SP2D / daftar bayar). */
    enum ZeroBalance {
        /** On the tahap's payment list, not credited yet: the TKSK reports to the Korda / Tikoor (003:186). */
        ON_LIST,
        /** On the payment list and credited: the money left the account, so the bank's statement is checked. */
        CREDITED,
        /** Not on the tahap's payment list: cleansed, to the kelurahan's SIKS-NG operator (003:187). */
        CLEANSED,
        /** The tahap's list is not at the kiosk and the resident does not know: the TKSK checks the SP2D first. */
        UNKNOWN
    }

    private final BpntConfig config;
    private final Documents docs;

    CardProblemRoutes(BpntConfig config) {
        this.config = config;
        this.docs = new Documents(config);
    }

    String defaultChannel() {
        return config.defaultChannel();
    }

    Assessment route(CardProblem problem, boolean hasLossLetter, boolean reportedToPolice) {
        return switch (problem) {
            case KARTU_HILANG -> lostCard(hasLossLetter, reportedToPolice);
            case KARTU_RUSAK, PIN_TERBLOKIR, PIN_LUPA -> bankBranch(problem);
            case SALDO_NOL -> throw new IllegalArgumentException("a zero balance is triaged against the tahap's list");
            case BUKU_HILANG -> lostBook(hasLossLetter);
        };
    }

    /**
     * @param tahap the tahap the resident is waiting for
     * @param fromList whether the payment list decided, rather than the resident's own answer
     */
    Assessment zeroBalance(ZeroBalance where, Text tahap, boolean fromList) {
        Text source = fromList
                ? Text.of("Menurut daftar bayar " + tahap.id() + ", ", "According to the payment list of "
                        + tahap.en() + ", ")
                : Text.of("Daftar bayar " + tahap.id() + " belum ada di anjungan. Menurut jawaban Anda, ",
                        "The payment list of " + tahap.en() + " is not at the kiosk yet. According to your answer, ");
        return switch (where) {
            case ON_LIST -> Assessment.accept(List.of(Documents.KTP, Documents.KKS, Documents.BOOK), Text.of(
                    source.id() + "nama Anda ada di daftar bayar, tetapi dana belum masuk. TKSK mencatat dan "
                            + "melaporkannya ke Koordinator Daerah (Korda) Bansos Pangan; Anda dihubungi setelah ada "
                            + "jawaban, paling lambat " + config.cardSlaDays() + " hari.",
                    source.en() + "you are on the payment list but the money has not arrived. The TKSK records it "
                            + "and reports it to the regional food-aid coordinator; you are contacted with the answer "
                            + "within " + config.cardSlaDays() + " days.")).inCategory("SALDO_NOL_TERDAFTAR");
            case CREDITED -> Assessment.accept(List.of(Documents.KTP, Documents.KKS, Documents.BOOK), Text.of(
                    source.id() + "dana sudah masuk ke rekening Anda. Bila saldo kosong, dana mungkin sudah diambil "
                            + "dengan KKS Anda. TKSK mendampingi Anda meminta cetak mutasi rekening di "
                            + config.bankBranch() + ".", source.en() + "the money was credited to your account. If "
                            + "the balance is empty, it may have been withdrawn with your KKS. The TKSK goes with you "
                            + "to ask " + config.bankBranch() + " for the account statement."))
                    .inCategory("SALDO_NOL_SUDAH_CAIR");
            case CLEANSED -> Assessment.accept(List.of(Documents.KTP, Documents.KK, Documents.KKS,
                    Documents.INVITATION), Text.of(source.id() + "nama Anda tidak ada di daftar bayar tahap itu. "
                            + "TKSK mengarahkan Anda ke operator SIKS-NG (sistem data kesejahteraan sosial) di "
                            + "kelurahan untuk validasi ulang data DTSEN. Bila data Anda sah, Anda diusulkan kembali.",
                    source.en() + "you are not on that stage's payment list. The TKSK refers you to the kelurahan's "
                            + "SIKS-NG (social welfare data system) operator to re-validate your DTSEN data. If it "
                            + "is valid, you are proposed again.")).inCategory("SALDO_NOL_DIBERSIHKAN");
            case UNKNOWN -> Assessment.accept(List.of(Documents.KTP, Documents.KK, Documents.KKS), Text.of(
                    "Daftar bayar " + tahap.id() + " belum ada di anjungan. TKSK mencocokkan nama Anda di daftar "
                            + "bayar (SP2D) tahap itu, lalu melaporkan ke Koordinator Daerah Bansos Pangan atau "
                            + "mengarahkan Anda ke operator SIKS-NG kelurahan.", "The payment list of " + tahap.en()
                            + " is not at the kiosk yet. The TKSK looks for your name on that stage's payment list "
                            + "(SP2D), then reports to the regional food-aid coordinator or refers you to the "
                            + "kelurahan's SIKS-NG operator.")).inCategory("SALDO_NOL_CEK_SP2D");
        };
    }

    /** 003:184: kelurahan letter, police STPL, Dinas Sosial's recommendation, then the bank reprints the KKS. */
    private Assessment lostCard(boolean hasLossLetter, boolean reportedToPolice) {
        List<Document> checklist = List.of(docs.lossLetter(), docs.policeReport(), docs.recommendation(),
                Documents.KTP, Documents.KK, docs.reprintedCard());
        List<String> id = new ArrayList<>();
        List<String> en = new ArrayList<>();
        int step = 1;
        if (!hasLossLetter) {
            id.add(step + ". Minta surat keterangan kehilangan di kantor kelurahan.");
            en.add(step++ + ". Ask for a letter of loss at the kelurahan office.");
        }
        if (!reportedToPolice) {
            id.add(step + ". Laporkan kehilangan ke " + config.police() + " dengan surat dari kelurahan; minta "
                    + "STPL (Surat Tanda Penerimaan Laporan).");
            en.add(step++ + ". Report the loss to " + config.police() + " with the kelurahan's letter; ask for "
                    + "the STPL (police receipt of the report).");
        }
        id.add(step + ". Bersama TKSK, minta surat rekomendasi untuk bank di " + config.dinasSosial()
                + " dengan membawa surat kelurahan dan STPL.");
        en.add(step++ + ". With the TKSK, ask " + config.dinasSosial() + " for a recommendation letter to the bank, "
                + "bringing the kelurahan's letter and the STPL.");
        id.add(step + ". Bawa semua surat, KTP dan KK ke " + config.bankBranch() + "; " + config.bank()
                + " mencetak ulang KKS Anda.");
        en.add(step + ". Bring all letters, your KTP and KK to " + config.bankBranch() + "; " + config.bank()
                + " reprints your KKS.");
        return Assessment.accept(checklist, Text.of(String.join(" ", id), String.join(" ", en)))
                .inCategory(CardProblem.KARTU_HILANG.name());
    }

    /** 003:185: a damaged card, a blocked or forgotten PIN go to the bank branch with the TKSK. */
    private Assessment bankBranch(CardProblem problem) {
        List<Document> checklist = List.of(Documents.KTP, Documents.KKS.at(config.bankBranch(),
                config.bankBranch()));
        return Assessment.accept(checklist, Text.of(
                "Datang ke " + config.bankBranch() + " dengan KTP dan KKS, didampingi TKSK bila perlu. Petugas bank "
                        + "membuka blokir, mengganti PIN atau KKS yang rusak. Bila ditolak, TKSK membantu melalui "
                        + "kasus ini.",
                "Go to " + config.bankBranch() + " with your KTP and KKS, with the TKSK if needed. The bank unblocks "
                        + "or resets the PIN or replaces the damaged KKS. If refused, the TKSK follows up through "
                        + "this case.")).inCategory(problem.name());
    }

    /** 000:L5396-5402: a lost account book goes kelurahan, Dinas Sosial, bank. */
    private Assessment lostBook(boolean hasLossLetter) {
        String first = hasLossLetter ? "" : "Minta surat keterangan kehilangan di kantor kelurahan. ";
        String firstEn = hasLossLetter ? "" : "Ask for a letter of loss at the kelurahan office. ";
        return Assessment.accept(List.of(docs.lossLetter(), docs.recommendation(), Documents.KTP, Documents.KK,
                Documents.KKS, docs.newBook()), Text.of(first + "TKSK membantu meminta surat rekomendasi di "
                        + config.dinasSosial() + ", lalu " + config.bank() + " menerbitkan buku tabungan baru.",
                firstEn + "The TKSK helps you get a recommendation letter from " + config.dinasSosial() + ", then "
                        + config.bank() + " issues a new account book.")).inCategory(CardProblem.BUKU_HILANG.name());
    }
}
