package id.anjungan.spi;

/**
 * A document on a service's checklist: what the resident must bring or upload.
 *
 * @param id stable key
 * @param label what the resident reads
 * @param where where the document comes from or goes to (e.g. "Polsek", "kantor cabang bank"); may be {@code null}
 */
public record Document(String id, Text label, Text where) {

    public static Document of(String id, String labelId, String labelEn) {
        return new Document(id, Text.of(labelId, labelEn), null);
    }

    public Document at(String whereId, String whereEn) {
        return new Document(id, label, Text.of(whereId, whereEn));
    }
}
