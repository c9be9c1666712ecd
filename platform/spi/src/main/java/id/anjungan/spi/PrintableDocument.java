package id.anjungan.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An A4 document a module's operation hands to the kiosk for printing (a disbursement pack, a report, a letter, a
 * sheet of invitation cards): the operation answers a map with this under the key {@value #KEY}, and the host prints
 * it at {@code POST /api/programs/{code}/operations/{id}/pdf}. Texts arrive ready to print. Build one with
 * {@link #titled(String)}; the host still reads the untyped map form older modules answer with.
 *
 * @param title printed large on the first page and small in every page's footer
 * @param subtitle a line under the title, or {@code null}
 * @param meta label and value pairs under the title ("Kelurahan: Miroto")
 * @param paragraphs body text; a {@code \n} inside one starts a new line
 * @param table a table continued over as many pages as it needs, its header repeated; or {@code null}
 * @param signature lines of a signature block at the right; empty lines leave room to sign
 * @param cards cards laid out 2 × 4 per page with lines to cut along, each with a QR code
 * @since 1.3
 */
public record PrintableDocument(String title, String subtitle, List<Meta> meta, List<String> paragraphs, Table table,
                                List<String> signature, List<Card> cards) {

    /** The key of the document in an operation's answer. */
    public static final String KEY = "document";

    public PrintableDocument {
        Objects.requireNonNull(title, "title");
        meta = meta == null ? List.of() : List.copyOf(meta);
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        signature = signature == null ? List.of() : List.copyOf(signature);
        cards = cards == null ? List.of() : List.copyOf(cards);
    }

    /** A document to build up, e.g. {@code PrintableDocument.titled("Surat Pengantar").meta("Nomor", n).build()}. */
    public static Builder titled(String title) {
        return new Builder(title);
    }

    /** A label and its value under the title. */
    public record Meta(String label, String value) {
        public Meta {
            Objects.requireNonNull(label, "label");
            value = value == null ? "" : value;
        }
    }

    /** A table; rows shorter than the header are printed with empty cells. */
    public record Table(List<String> headers, List<List<String>> rows) {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(r -> r.stream().map(c -> c == null ? "" : c).toList()).toList();
        }
    }

    /** One card to cut out: its lines (the first printed bold) and what its QR code encodes. */
    public record Card(List<String> lines, String qr) {
        public Card {
            lines = List.copyOf(lines);
        }
    }

    /** Builds a {@link PrintableDocument}; a part added later gets a default here. */
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

        public Builder subtitle(String line) {
            this.subtitle = line;
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

        public Builder paragraphs(List<String> texts) {
            paragraphs.addAll(texts);
            return this;
        }

        public Builder table(List<String> headers, List<List<String>> rows) {
            this.table = new Table(headers, rows);
            return this;
        }

        /** The signature block's lines; empty ones leave room to sign. */
        public Builder signature(String... lines) {
            signature.addAll(List.of(lines));
            return this;
        }

        public Builder card(List<String> lines, String qr) {
            cards.add(new Card(lines, qr));
            return this;
        }

        public PrintableDocument build() {
            return new PrintableDocument(title, subtitle, meta, paragraphs, table, signature, cards);
        }
    }
}
