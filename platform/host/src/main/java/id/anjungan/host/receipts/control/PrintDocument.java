package id.anjungan.host.receipts.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An A4 print-out a program module hands to {@link PdfDocuments}: a KJS disbursement pack, a CPP report, a
 * rehabilitation cover letter, a sheet of invitation cards. Texts arrive ready to print (Bahasa Indonesia).
 *
 * @param title      printed large on the first page and small in every page's footer
 * @param subtitle   a line under the title, or null
 * @param meta       label and value pairs under the title ("Kelurahan: Miroto")
 * @param paragraphs body text; a {@code \n} inside one starts a new line
 * @param table      a table that continues over as many pages as it needs, its header repeated, or null
 * @param signature  lines of a signature block at the right ("Semarang, 26 November 2026", "Lurah Miroto", "", "",
 *                   "(nama)"); empty lines leave room to sign
 * @param cards      cards laid out 2 × 4 per page with dashed lines to cut along, each with a QR code (invitations)
 */
public record PrintDocument(String title, String subtitle, List<Meta> meta, List<String> paragraphs, Table table,
        List<String> signature, List<Card> cards) {

    public PrintDocument {
        Objects.requireNonNull(title, "title");
        subtitle = subtitle == null || subtitle.isBlank() ? null : subtitle;
        meta = meta == null ? List.of() : List.copyOf(meta);
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        signature = signature == null ? List.of() : List.copyOf(signature);
        cards = cards == null ? List.of() : List.copyOf(cards);
    }

    public static Builder titled(String title) {
        return new Builder(title);
    }

    /** Whether anything besides cards is printed (then the cards start on a page of their own). */
    boolean hasBody() {
        return !meta.isEmpty() || !paragraphs.isEmpty() || table != null || !signature.isEmpty();
    }

    public record Meta(String label, String value) {

        public Meta {
            Objects.requireNonNull(label, "label");
            value = value == null ? "" : value;
        }
    }

    /** Rows shorter than the header are padded with empty cells; longer ones are an error. */
    public record Table(List<String> headers, List<List<String>> rows) {

        public Table {
            headers = List.copyOf(headers);
            if (headers.isEmpty()) {
                throw new IllegalArgumentException("a table needs at least one column");
            }
            List<List<String>> padded = new ArrayList<>(rows.size());
            for (List<String> row : rows) {
                if (row.size() > headers.size()) {
                    throw new IllegalArgumentException("row has " + row.size() + " cells for " + headers.size()
                            + " columns: " + row);
                }
                List<String> cells = new ArrayList<>(headers.size());
                for (int i = 0; i < headers.size(); i++) {
                    cells.add(i < row.size() && row.get(i) != null ? row.get(i) : "");
                }
                padded.add(List.copyOf(cells));
            }
            rows = List.copyOf(padded);
        }
    }

    /**
     * One card to cut out: its lines (the first printed bold) and what its QR code encodes, e.g. a claim code or
     * tracking number; the payload is also printed small under the code when it is short enough to type.
     */
    public record Card(List<String> lines, String qrPayload) {

        public Card {
            lines = List.copyOf(lines);
            Objects.requireNonNull(qrPayload, "qrPayload");
        }
    }

    public static final class Builder {
        private final String title;
        private String subtitle;
        private final List<Meta> meta = new ArrayList<>();
        private final List<String> paragraphs = new ArrayList<>();
        private Table table;
        private final List<String> signature = new ArrayList<>();
        private final List<Card> cards = new ArrayList<>();

        private Builder(String title) {
            this.title = title;
        }

        public Builder subtitle(String subtitle) {
            this.subtitle = subtitle;
            return this;
        }

        public Builder meta(String label, String value) {
            meta.add(new Meta(label, value));
            return this;
        }

        public Builder paragraph(String text) {
            paragraphs.add(text);
            return this;
        }

        public Builder table(List<String> headers, List<List<String>> rows) {
            table = new Table(headers, rows);
            return this;
        }

        public Builder signature(String... lines) {
            signature.addAll(List.of(lines));
            return this;
        }

        public Builder card(String qrPayload, String... lines) {
            cards.add(new Card(List.of(lines), qrPayload));
            return this;
        }

        public Builder cards(List<Card> more) {
            cards.addAll(more);
            return this;
        }

        public PrintDocument build() {
            return new PrintDocument(title, subtitle, meta, paragraphs, table, signature, cards);
        }
    }
}
