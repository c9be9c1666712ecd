package id.anjungan.spi;

/**
 * The one rule for every CSV file the kiosk writes: a cell that a spreadsheet would read as a formula is written as
 * text. A name typed at the kiosk such as {@code =HYPERLINK("http://…")} would otherwise run when an officer opens
 * the export (CSV injection).
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /**
     * The cell as text a spreadsheet shows as typed: a value starting with {@code =}, {@code +}, {@code -},
     * {@code @}, a tab or a carriage return gets a leading apostrophe; {@code null} becomes empty.
     */
    public static String defuse(Object value) {
        String text = value == null ? "" : String.valueOf(value);
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
