package id.anjungan.host.catalog.control;

import id.anjungan.host.problem.Problem;
import id.anjungan.host.receipts.control.PrintDocument;
import id.anjungan.spi.PrintableDocument;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code document} a module operation returns into a {@link PrintDocument}: a {@link PrintableDocument}
 * (SPI 1.3), or the map form modules built before it answer with (plain maps and lists): {@code {title, subtitle, meta:[{label, value}], paragraphs:[…], table:{headers:[…], rows:[[…]]},
 * signature:[…], cards:[{lines:[…], qr}]}}.
 */
public final class DocumentMapping {

    private DocumentMapping() {
    }

    public static PrintDocument from(Object operationResult) {
        if (operationResult instanceof Map<?, ?> answer
                && answer.get(PrintableDocument.KEY) instanceof PrintableDocument typed) {
            return typed(typed);
        }
        if (!(operationResult instanceof Map<?, ?> result) || !(result.get("document") instanceof Map<?, ?> doc)) {
            throw Problem.of(422, "no-document", "Tidak ada dokumen", "No document",
                    "Operasi ini tidak menghasilkan dokumen untuk dicetak.", "This operation produces no printable document.");
        }
        return new PrintDocument(text(doc.get("title")), text(doc.get("subtitle")),
                list(doc.get("meta")).stream().map(m -> new PrintDocument.Meta(text(map(m).get("label")),
                        text(map(m).get("value")))).toList(),
                strings(doc.get("paragraphs")),
                doc.get("table") instanceof Map<?, ?> t ? new PrintDocument.Table(strings(t.get("headers")),
                        list(t.get("rows")).stream().map(DocumentMapping::strings).toList()) : null,
                strings(doc.get("signature")),
                list(doc.get("cards")).stream().map(c -> new PrintDocument.Card(strings(map(c).get("lines")),
                        text(map(c).get("qr")))).toList());
    }

    /** The answer as the screens read it: a typed document in the map form ({@code null} parts left out). */
    public static Object json(Object operationResult) {
        if (!(operationResult instanceof Map<?, ?> answer)
                || !(answer.get(PrintableDocument.KEY) instanceof PrintableDocument d)) {
            return operationResult;
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("title", d.title());
        if (d.subtitle() != null) {
            doc.put("subtitle", d.subtitle());
        }
        doc.put("meta", d.meta().stream().map(m -> Map.of("label", m.label(), "value", m.value())).toList());
        doc.put("paragraphs", d.paragraphs());
        if (d.table() != null) {
            doc.put("table", Map.of("headers", d.table().headers(), "rows", d.table().rows()));
        }
        doc.put("signature", d.signature());
        doc.put("cards", d.cards().stream().map(c -> c.qr() == null ? Map.of("lines", c.lines())
                : Map.of("lines", c.lines(), "qr", c.qr())).toList());
        Map<Object, Object> copy = new LinkedHashMap<>(answer);
        copy.put(PrintableDocument.KEY, doc);
        return copy;
    }

    private static PrintDocument typed(PrintableDocument d) {
        return new PrintDocument(d.title(), d.subtitle(),
                d.meta().stream().map(m -> new PrintDocument.Meta(m.label(), m.value())).toList(), d.paragraphs(),
                d.table() == null ? null : new PrintDocument.Table(d.table().headers(), d.table().rows()),
                d.signature(), d.cards().stream().map(c -> new PrintDocument.Card(c.lines(), c.qr())).toList());
    }

    private static Map<?, ?> map(Object o) {
        return o instanceof Map<?, ?> m ? m : Map.of();
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }

    private static List<String> strings(Object o) {
        return list(o).stream().map(DocumentMapping::text).toList();
    }

    private static String text(Object o) {
        return o == null ? null : String.valueOf(o);
    }
}
