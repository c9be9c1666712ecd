package id.anjungan.host.receipts.control;

import com.github.anastaciocintra.escpos.EscPos;
import com.github.anastaciocintra.escpos.EscPos.CharacterCodeTable;
import com.github.anastaciocintra.escpos.EscPos.CutMode;
import com.github.anastaciocintra.escpos.EscPosConst.Justification;
import com.github.anastaciocintra.escpos.Style;
import com.github.anastaciocintra.escpos.Style.FontName;
import com.github.anastaciocintra.escpos.Style.FontSize;
import com.github.anastaciocintra.escpos.barcode.QRCode;
import com.github.anastaciocintra.escpos.barcode.QRCode.QRErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a {@link Receipt} as raw ESC/POS for a 58 mm thermal printer (384 dots: 32 columns in font A, 42 in font
 * B). The printer draws the QR code itself from the tracking number. Thread-safe and stateless.
 */
public final class EscPosReceipts {

    static final int COLUMNS = 32;
    private static final int COLUMNS_FONT_B = 42;
    private static final String RULE = "-".repeat(COLUMNS);

    public byte[] render(Receipt r) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (EscPos printer = new EscPos(bytes)) {
            printer.initializePrinter();
            printer.setCharacterCodeTable(CharacterCodeTable.CP437_USA_Standard_Europe);

            // escpos-coffee styles are mutable: derive with the copy constructor, never set on a shared one
            Style center = new Style().setJustification(Justification.Center);
            Style centerBold = new Style(center).setBold(true);
            Style plain = new Style();
            Style bold = new Style().setBold(true);
            Style small = new Style().setFontName(FontName.Font_B);

            lines(printer, new Style(centerBold).setFontSize(FontSize._1, FontSize._2),
                    ReceiptHeadings.KELURAHAN + " " + r.kelurahan(), COLUMNS);
            if (r.kecamatan() != null) {
                lines(printer, center, ReceiptHeadings.KECAMATAN + " " + r.kecamatan(), COLUMNS);
            }
            lines(printer, centerBold, ReceiptHeadings.RECEIPT.id() + " / " + ReceiptHeadings.RECEIPT.en(), COLUMNS);
            printer.writeLF(RULE);

            if (r.program() != null) {
                field(printer, ReceiptHeadings.PROGRAM, r.program());
            }
            field(printer, ReceiptHeadings.SERVICE, r.service());
            field(printer, ReceiptHeadings.DATE, ReceiptDates.formatShort(r.submittedAt()));
            if (r.maskedNik() != null) {
                field(printer, ReceiptHeadings.NIK, r.maskedNik());
            }
            if (r.state() != null) {
                field(printer, ReceiptHeadings.STATE, r.state());
            }
            printer.writeLF(RULE);

            lines(printer, center, ReceiptHeadings.TRACKING.id(), COLUMNS);
            lines(printer, new Style(small).setJustification(Justification.Center), ReceiptHeadings.TRACKING.en(),
                    COLUMNS_FONT_B);
            printer.writeLF(trackingStyle(r.trackingNumber()), ascii(r.trackingNumber()));
            printer.feed(1);
            printer.write(new QRCode().setSize(6).setErrorCorrectionLevel(QRErrorCorrectionLevel.QR_ECLEVEL_M_Default)
                    .setJustification(Justification.Center), r.trackingNumber());
            printer.feed(1);
            lines(printer, center, ReceiptHeadings.KEEP.id(), COLUMNS);
            printer.writeLF(RULE);

            if (!r.checklist().isEmpty()) {
                printer.writeLF(bold, ReceiptHeadings.CHECKLIST.id() + ":");
                for (Receipt.ChecklistItem item : r.checklist()) {
                    hanging(printer, plain, "[ ] ", item.label(), COLUMNS);
                    if (item.where() != null) {
                        // font B: the same indent in its narrower columns
                        hanging(printer, small, "     ", item.where(), COLUMNS_FONT_B);
                    }
                }
                printer.feed(1);
            }
            if (r.nextSteps() != null) {
                printer.writeLF(bold, ReceiptHeadings.NEXT_STEPS.id() + ":");
                lines(printer, plain, r.nextSteps(), COLUMNS);
                printer.feed(1);
            }
            if (r.statusHint() != null) {
                lines(printer, centerBold, r.statusHint(), COLUMNS);
            }
            // the cutter sits a few lines above the print head
            printer.feed(4);
            printer.cut(CutMode.PART);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Double width and height when it fits 16 columns, else the narrower font B doubled, else only taller. */
    private static Style trackingStyle(String number) {
        Style style = new Style().setBold(true).setJustification(Justification.Center);
        if (number.length() <= COLUMNS / 2) {
            return style.setFontSize(FontSize._2, FontSize._2);
        }
        if (number.length() <= COLUMNS_FONT_B / 2) {
            return style.setFontName(FontName.Font_B).setFontSize(FontSize._2, FontSize._2);
        }
        return style.setFontSize(FontSize._1, FontSize._2);
    }

    private static void field(EscPos printer, String label, String value) throws IOException {
        hanging(printer, new Style(), String.format("%-8s", label), value, COLUMNS);
    }

    /** The first line starts with {@code prefix}; the following ones are indented under the text. */
    private static void hanging(EscPos printer, Style style, String prefix, String text, int columns)
            throws IOException {
        String indent = " ".repeat(prefix.length());
        List<String> wrapped = wrap(ascii(text), columns - prefix.length());
        for (int i = 0; i < wrapped.size(); i++) {
            printer.writeLF(style, (i == 0 ? prefix : indent) + wrapped.get(i));
        }
    }

    private static void lines(EscPos printer, Style style, String text, int columns) throws IOException {
        for (String line : wrap(ascii(text), columns)) {
            printer.writeLF(style, line);
        }
    }

    /** Word wrap at {@code columns}; the printer would otherwise break lines in the middle of words. */
    static List<String> wrap(String text, int columns) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.strip().split("\\s+")) {
                while (word.length() > columns) {
                    if (!line.isEmpty()) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    lines.add(word.substring(0, columns));
                    word = word.substring(columns);
                }
                if (word.isEmpty()) {
                    continue;
                }
                if (!line.isEmpty() && line.length() + 1 + word.length() > columns) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(line.isEmpty() ? "" : " ").append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * Text the printer's code page 437 can show: accents dropped, the bullets of a masked NIK as {@code *}, typographic
     * dashes and quotes as their ASCII forms, anything else as {@code ?}.
     */
    static String ascii(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder out = new StringBuilder(plain.length());
        plain.codePoints().forEach(cp -> {
            if (cp == '\n' || (cp >= 0x20 && cp < 0x7f)) {
                out.appendCodePoint(cp);
            } else if (cp == '•' || cp == '·') {
                out.append('*');
            } else if (cp == '–' || cp == '—' || cp == '‑') {
                out.append('-');
            } else if (cp == '‘' || cp == '’') {
                out.append('\'');
            } else if (cp == '“' || cp == '”') {
                out.append('"');
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.append(' ');
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }
}
