package id.anjungan.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {

    @Test
    void cellsASpreadsheetWouldRunAreWrittenAsText() {
        assertEquals("'=HYPERLINK(\"http://x\")", SpreadsheetCells.defuse("=HYPERLINK(\"http://x\")"));
        assertEquals("'+1+1", SpreadsheetCells.defuse("+1+1"));
        assertEquals("'-2+3", SpreadsheetCells.defuse("-2+3"));
        assertEquals("'@SUM(A1)", SpreadsheetCells.defuse("@SUM(A1)"));
        assertEquals("'\t=1", SpreadsheetCells.defuse("\t=1"));
        assertEquals("'\r=1", SpreadsheetCells.defuse("\r=1"));
    }

    @Test
    void everythingElseStaysAsItIs() {
        assertEquals("Siti = Ibu", SpreadsheetCells.defuse("Siti = Ibu"));
        assertEquals("3374014101800003", SpreadsheetCells.defuse("3374014101800003"));
        assertEquals("42", SpreadsheetCells.defuse(42));
        assertEquals("", SpreadsheetCells.defuse(null));
        assertEquals("", SpreadsheetCells.defuse(""));
    }
}
