package id.anjungan.module.cpp.internal;

import id.anjungan.spi.SpreadsheetCells;

/** A small CSV writer (RFC 4180 quoting) that defuses spreadsheet formulas in names typed by people. */
final class Csv {

    private final StringBuilder out = new StringBuilder();

    Csv(String... header) {
        row(header);
    }

    Csv row(String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells[i]));
        }
        out.append("\r\n");
        return this;
    }

    private static String cell(String value) {
        String v = SpreadsheetCells.defuse(value);
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
