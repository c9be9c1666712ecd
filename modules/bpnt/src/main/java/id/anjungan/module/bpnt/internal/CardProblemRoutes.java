package id.anjungan.module.bpnt.internal;

import id.anjungan.spi.Assessment;
import id.anjungan.spi.Document;
import id.anjungan.spi.Text;
import java.util.ArrayList;
import java.util.List;

/** The checklist and next steps of each card-problem branch, as the TKSK resolves them. */
final class CardProblemRoutes {

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
            case TRANSAKSI_GAGAL -> reportToTksk(problem.name(), List.of(Documents.KTP, Documents.KKS,
                    Documents.RECEIPT));
            case SALDO_NOL -> zeroBalance(false);
            case BUKU_HILANG -> lostBook(hasLossLetter);
        };
    }

    Assessment zeroBalance(boolean cleansed) {
        if (!cleansed) {
            return reportToTksk("SALDO_NOL_TERDAFTAR", List.of(Documents.KTP, Documents.KKS, Documents.BOOK));
        }
        return Assessment.accept(List.of(Documents.KTP, Documents.KK, Documents.KKS, Documents.INVITATION), Text.of(
                "Nama Anda tidak ada lagi di daftar bayar. TKSK meneruskan kasus ini ke operator data untuk validasi "
                        + "ulang DTKS/DTSEN. Bila data Anda sah, Anda diusulkan kembali.",
                "Your name is no longer on the payment list. The TKSK forwards this case to the data operator for "
                        + "DTKS/DTSEN re-validation. If your data is valid, you are proposed again."))
                .inCategory("SALDO_NOL_DIBERSIHKAN");
    }

    private Assessment lostCard(boolean hasLossLetter, boolean reportedToPolice) {
        List<Document> checklist = List.of(docs.lossLetter(), docs.policeReport(), Documents.KTP, Documents.KK);
        List<String> id = new ArrayList<>();
        List<String> en = new ArrayList<>();
        int step = 1;
        if (!hasLossLetter) {
            id.add(step + ". Minta surat keterangan kehilangan di kantor kelurahan.");
            en.add(step++ + ". Ask for a letter of loss at the kelurahan office.");
        }
        if (!reportedToPolice) {
            id.add(step + ". Lapor kehilangan ke " + config.police() + " dengan surat dari kelurahan.");
            en.add(step++ + ". Report the loss to " + config.police() + " with the kelurahan's letter.");
        }
        id.add(step + ". Serahkan surat-surat ke TKSK; TKSK meneruskan ke " + config.dinasSosial() + ".");
        en.add(step++ + ". Hand the letters to the TKSK, who forwards them to " + config.dinasSosial() + ".");
        id.add(step + ". " + config.bank() + " mencetak ulang kartu KKS; Anda diberi tahu bila kartu siap.");
        en.add(step + ". " + config.bank() + " reprints the KKS card; you are told when it is ready.");
        return Assessment.accept(checklist, Text.of(String.join(" ", id), String.join(" ", en)))
                .inCategory(CardProblem.KARTU_HILANG.name());
    }

    private Assessment bankBranch(CardProblem problem) {
        List<Document> checklist = new ArrayList<>(List.of(Documents.KTP, Documents.KKS.at(config.bankBranch(),
                config.bankBranch())));
        return Assessment.accept(checklist, Text.of(
                "Datang ke " + config.bankBranch() + " dengan KTP dan kartu KKS. Petugas bank membuka blokir, "
                        + "mengganti PIN atau kartu yang rusak. Bila ditolak, TKSK membantu lewat kasus ini.",
                "Go to " + config.bankBranch() + " with your KTP and KKS card. The bank unblocks or resets the PIN "
                        + "or replaces the damaged card. If refused, the TKSK follows up through this case."))
                .inCategory(problem.name());
    }

    private Assessment reportToTksk(String category, List<Document> checklist) {
        return Assessment.accept(checklist, Text.of(
                "Nama Anda ada di daftar bayar. TKSK mencatat masalah ini dan melaporkannya ke koordinator BPNT; "
                        + "Anda dihubungi setelah ada jawaban, paling lambat " + config.cardSlaDays() + " hari.",
                "Your name is on the payment list. The TKSK records the problem and reports it to the BPNT "
                        + "coordinator; you are contacted with the answer within " + config.cardSlaDays() + " days."))
                .inCategory(category);
    }

    private Assessment lostBook(boolean hasLossLetter) {
        String first = hasLossLetter ? "" : "Minta surat keterangan kehilangan di kantor kelurahan. ";
        String firstEn = hasLossLetter ? "" : "Ask for a letter of loss at the kelurahan office. ";
        return Assessment.accept(List.of(docs.lossLetter(), Documents.KTP, Documents.KK, Documents.KKS), Text.of(
                first + "TKSK meneruskan ke " + config.dinasSosial() + ", lalu " + config.bank()
                        + " menerbitkan buku tabungan baru.",
                firstEn + "The TKSK forwards it to " + config.dinasSosial() + ", then " + config.bank()
                        + " issues a new account book.")).inCategory(CardProblem.BUKU_HILANG.name());
    }
}
