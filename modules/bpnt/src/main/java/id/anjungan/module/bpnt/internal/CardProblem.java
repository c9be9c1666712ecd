package id.anjungan.module.bpnt.internal;

import id.anjungan.spi.Choice;
import java.util.Arrays;
import java.util.List;

/** What can go wrong with a KKS or a BPNT payment (003:184-187). */
enum CardProblem {
    KARTU_HILANG("KKS hilang", "KKS card lost", true),
    KARTU_RUSAK("KKS rusak", "KKS card damaged", true),
    PIN_TERBLOKIR("PIN terblokir", "PIN blocked", true),
    PIN_LUPA("Lupa PIN", "Forgot the PIN", true),
    SALDO_NOL("Bantuan tahap ini belum masuk (saldo kosong)", "This stage's aid has not arrived (zero balance)",
            false),
    BUKU_HILANG("Buku tabungan hilang", "Account book lost", true);

    private final String id;
    private final String en;
    private final boolean needsCard;

    CardProblem(String id, String en, boolean needsCard) {
        this.id = id;
        this.en = en;
        this.needsCard = needsCard;
    }

    /** Whether the problem only exists for KPM paid through a bank account with a KKS. */
    boolean needsCard() {
        return needsCard;
    }

    static List<Choice> choices() {
        return Arrays.stream(values()).map(p -> Choice.of(p.name(), p.id, p.en)).toList();
    }
}
