package id.anjungan.module.kjs.internal;

import id.anjungan.spi.Choice;
import id.anjungan.spi.Document;
import id.anjungan.spi.platform.Resident;
import java.util.Arrays;
import java.util.List;

/** Why a KJS recipient is removed, the proof needed, and the standing it leaves them in. */
enum ReturReason {
    MENINGGAL("Meninggal dunia", "Died", Resident.Standing.DECEASED, List.of(Documents.DEATH)),
    PINDAH("Pindah domisili", "Moved away", Resident.Standing.MOVED, List.of(Documents.MOVED)),
    MAMPU("Dinyatakan mampu", "Declared able", Resident.Standing.DECLARED_ABLE, List.of()),
    BANTUAN_PUSAT("Sekarang menerima bantuan pusat (BPNT/PKH)", "Now receives central aid (BPNT/PKH)", null,
            List.of(Documents.CENTRAL_CARD));

    private final String id;
    private final String en;
    private final Resident.Standing standing;
    private final List<Document> documents;

    ReturReason(String id, String en, Resident.Standing standing, List<Document> documents) {
        this.id = id;
        this.en = en;
        this.standing = standing;
        this.documents = documents;
    }

    /** The standing after retur, or {@code null} when the person stays entitled to other aid. */
    Resident.Standing standing() {
        return standing;
    }

    List<Document> documents() {
        return documents;
    }

    static List<Choice> choices() {
        return Arrays.stream(values()).map(r -> Choice.of(r.name(), r.id, r.en)).toList();
    }
}
