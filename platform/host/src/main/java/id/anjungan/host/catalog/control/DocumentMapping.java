package id.anjungan.host.catalog.control;

import id.anjungan.host.problem.Problem;
import id.anjungan.host.receipts.control.PrintDocument;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code document} a module operation returns (plain maps and lists, as the SPI allows) into a
 * {@link PrintDocument}: {@code {title, subtitle, meta:[{label, value}], paragraphs:[…], table:{headers:[…], rows:[[…]]},
 * signature:[…], cards:[{lines:[…], qr}]}}.
 */
public final class DocumentMapping {

    private DocumentMapping() {
    }

    public static PrintDocument from(Object operationResult) {
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
