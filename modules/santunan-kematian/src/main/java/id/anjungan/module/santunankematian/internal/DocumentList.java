package id.anjungan.module.santunankematian.internal;

import id.anjungan.spi.Document;
import java.util.ArrayList;
import java.util.List;

/** Reads the configured document list, entries {@code id|Bahasa Indonesia|English}. */
final class DocumentList {

    private DocumentList() {
    }

    static List<Document> parse(String[] entries) {
        List<Document> documents = new ArrayList<>();
        for (String entry : entries) {
            String[] parts = entry.split("\\|", -1);
            if (parts.length < 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalArgumentException("document entry must be id|Bahasa Indonesia|English: " + entry);
            }
            String english = parts.length > 2 ? parts[2].strip() : null;
            documents.add(Document.of(parts[0].strip(), parts[1].strip(), english));
        }
        return List.copyOf(documents);
    }
}
