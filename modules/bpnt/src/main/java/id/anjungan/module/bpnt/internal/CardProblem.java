package id.anjungan.module.bpnt.internal;

import id.anjungan.spi.Choice;
import java.util.Arrays;
import java.util.List;

/** What can go wrong with a KKS card or a BPNT payment. */
enum CardProblem {
    KARTU_HILANG("Kartu KKS hilang", "KKS card lost", true),
    KARTU_RUSAK("Kartu KKS rusak", "KKS card damaged", true),
    PIN_TERBLOKIR("PIN terblokir", "PIN blocked", true),
    PIN_LUPA("Lupa PIN", "Forgot the PIN", true),
    TRANSAKSI_GAGAL("Transaksi di e-Warung gagal", "Transaction at the e-Warung failed", true),
    SALDO_NOL("Saldo nol, bantuan belum masuk", "Zero balance, aid not received", false),
    BUKU_HILANG("Buku tabungan / rekening hilang", "Account book lost", true);

    private final String id;
    private final String en;
    private final boolean needsCard;

    CardProblem(String id, String en, boolean needsCard) {
        this.id = id;
        this.en = en;
        this.needsCard = needsCard;
    }

    /** Whether the problem only exists for KPM paid through a bank account with a KKS card. */
    boolean needsCard() {
        return needsCard;
    }

    static List<Choice> choices() {
        return Arrays.stream(values()).map(p -> Choice.of(p.name(), p.id, p.en)).toList();
    }
}
