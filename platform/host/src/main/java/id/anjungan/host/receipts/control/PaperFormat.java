package id.anjungan.host.receipts.control;

/** The paper a receipt PDF is laid out for. */
public enum PaperFormat {

    /** 105 × 148 mm sheet, for an office printer or a kiosk with an A6 tray. */
    A6(105f, 148f),
    /** 58 mm thermal roll; the page is as long as the receipt. */
    ROLL_58MM(58f, 0f);

    private final float widthMm;
    private final float heightMm;

    PaperFormat(float widthMm, float heightMm) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    public float widthMm() {
        return widthMm;
    }

    /** 0 for a roll, whose length follows the content. */
    public float heightMm() {
        return heightMm;
    }

    public boolean isRoll() {
        return heightMm == 0f;
    }
}
