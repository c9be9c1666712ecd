package id.anjungan.module.santunankematian.internal;

import id.anjungan.spi.Choice;

/** The heir's answer to "is the deceased's household registered in DTSEN?"; many heirs do not know. */
enum DtsenAnswer {
    YES("Ya, terdaftar (misalnya menerima BPNT, PKH, atau bantuan beras)",
            "Yes, registered (e.g. receives BPNT, PKH or rice aid)"),
    NO("Tidak terdaftar", "Not registered"),
    UNKNOWN("Tidak tahu (kelurahan akan memeriksa)", "Don't know (the kelurahan will check)");

    private final String id;
    private final String en;

    DtsenAnswer(String id, String en) {
        this.id = id;
        this.en = en;
    }

    Choice choice() {
        return Choice.of(name(), id, en);
    }
}
