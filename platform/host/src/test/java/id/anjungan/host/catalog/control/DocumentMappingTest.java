package id.anjungan.host.catalog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.anjungan.host.problem.Problem;
import id.anjungan.host.receipts.control.PrintDocument;
import id.anjungan.spi.PrintableDocument;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A typed document (SPI 1.3) and the map form of older modules print the same. */
class DocumentMappingTest {

    @Test
    void theTypedDocumentAndTheMapFormPrintTheSame() {
        PrintableDocument typed = PrintableDocument.titled("Surat Pengantar").subtitle("Kelurahan Miroto")
                .meta("Nomor", "12/2026").meta("Kepada", null).paragraph("Dengan hormat,").paragraph("a\nb")
                .table(List.of("No", "Nama"), List.of(List.of("1", "Budi"), List.of("2")))
                .signature("Lurah Miroto", "", "(nama)").card(List.of("Budi", "5 kg"), "CPP2|x|y|z").build();
        Map<String, Object> legacy = Map.of("title", "Surat Pengantar", "subtitle", "Kelurahan Miroto",
                "meta", List.of(Map.of("label", "Nomor", "value", "12/2026"), Map.of("label", "Kepada")),
                "paragraphs", List.of("Dengan hormat,", "a\nb"),
                "table", Map.of("headers", List.of("No", "Nama"), "rows", List.of(List.of("1", "Budi"), List.of("2"))),
                "signature", List.of("Lurah Miroto", "", "(nama)"),
                "cards", List.of(Map.of("lines", List.of("Budi", "5 kg"), "qr", "CPP2|x|y|z")));
        PrintDocument fromTyped = DocumentMapping.from(Map.of("document", typed, "rows", 2));
        assertEquals(DocumentMapping.from(Map.of("document", legacy)), fromTyped);
        assertEquals(List.of("2", ""), fromTyped.table().rows().get(1), "short rows are padded");
        Map<?, ?> json = (Map<?, ?>) DocumentMapping.json(Map.of("document", typed, "rows", 2));
        assertEquals(2, json.get("rows"));
        assertEquals(fromTyped, DocumentMapping.from(json), "the screens get the map form of the same document");
        assertEquals(Map.of("label", "Kepada", "value", ""), ((List<?>) ((Map<?, ?>) json.get("document"))
                .get("meta")).get(1));
        assertEquals("", fromTyped.meta().get(1).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "text", "list"})
    void anAnswerWithoutADocumentIsRefused(String answer) {
        Object result = switch (answer) {
            case "text" -> Map.of("document", "Surat");
            case "list" -> List.of(Map.of("title", "x"));
            default -> Map.of("rows", 3);
        };
        assertEquals("no-document", assertThrows(Problem.class, () -> DocumentMapping.from(result)).code());
    }
}
