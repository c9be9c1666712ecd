package id.anjungan.host.receipts.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The regular and bold font of one PDF document, with measuring and wrapping. Embeds Liberation Sans (from the
 * openpdf-fonts-extra jar) so that Indonesian text and the {@code •} of masked NIKs print the same on every viewer;
 * falls back to Helvetica, unembedded, when that jar is missing.
 */
final class Typeface {

    private static final Logger LOG = Logger.getLogger(Typeface.class.getName());
    private static final String REGULAR = "/liberation/LiberationSans-Regular.ttf";
    private static final String BOLD = "/liberation/LiberationSans-Bold.ttf";

    final PDFont regular;
    final PDFont bold;
    private final Map<PDFont, Map<Integer, Boolean>> printable = new HashMap<>();

    private Typeface(PDFont regular, PDFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    static Typeface load(PDDocument doc) {
        try {
            byte[] regular = FontFiles.REGULAR;
            byte[] bold = FontFiles.BOLD;
            if (regular != null && bold != null) {
                return new Typeface(PDType0Font.load(doc, new ByteArrayInputStream(regular), true),
                        PDType0Font.load(doc, new ByteArrayInputStream(bold), true));
            }
        } catch (IOException e) {
            LOG.warning(() -> "Liberation Sans could not be loaded, PDFs use Helvetica: " + e);
        }
        return new Typeface(new PDType1Font(Standard14Fonts.FontName.HELVETICA),
                new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD));
    }

    /** The text with every character the font cannot draw replaced, so that rendering never fails on input. */
    String printable(PDFont font, String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        Map<Integer, Boolean> known = printable.computeIfAbsent(font, f -> new HashMap<>());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (known.computeIfAbsent(cp, c -> canDraw(font, c))) {
                out.appendCodePoint(cp);
            } else if (cp == '•') {
                out.append('*');
            } else if (cp == '–' || cp == '—') {
                out.append('-');
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static boolean canDraw(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(printable(font, text)) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Greedy word wrap; a word wider than the line (a long number or address) is broken between characters.
     * Line breaks in the text start a new line; the result has at least one line.
     */
    List<String> wrap(PDFont font, float size, String text, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.strip().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(font, size, candidate) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(font, size, rest) > maxWidth && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(font, size, rest.substring(0, cut)) > maxWidth) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Font bytes read once per class loader; parsing stays per document because PDFBox fonts belong to one. */
    private static final class FontFiles {
        static final byte[] REGULAR = read(Typeface.REGULAR);
        static final byte[] BOLD = read(Typeface.BOLD);

        private static byte[] read(String resource) {
            try (InputStream in = Typeface.class.getResourceAsStream(resource)) {
                return in == null ? null : in.readAllBytes();
            } catch (IOException e) {
                return null;
            }
        }
    }
}
