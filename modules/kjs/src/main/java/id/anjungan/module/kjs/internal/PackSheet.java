package id.anjungan.module.kjs.internal;

import id.anjungan.spi.PrintableDocument;
import id.anjungan.spi.Text;
import id.anjungan.spi.platform.RecipientRecord;
import id.anjungan.spi.platform.ResidentRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The printable content of a disbursement pack: recipients with masked numbers, and the document checklist. */
final class PackSheet {

    private final KjsConfig config;
    private final ResidentRegistry residents;

    PackSheet(KjsConfig config, ResidentRegistry residents) {
        this.config = config;
        this.residents = residents;
    }

    List<Object> rows(Roster roster, List<String> refs, Map<String, Map<String, Object>> disbursed,
                      Map<String, Map<String, Object>> handedOver, Map<String, Entitlement.Block> blocked) {
        List<Object> rows = new ArrayList<>();
        int no = 1;
        for (String ref : refs) {
            RecipientRecord r = roster.get(ref);
            boolean card = roster.withCard(r);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("no", no++);
            row.put("ref", ref);
            row.put("name", r.name());
            row.put("nikMasked", residents.mask(r.nik()));
            row.put("accountMasked", Accounts.mask(r.field("rekening")));
            row.put("kelurahan", r.kelurahan());
            row.put("rtRw", r.rt() + "/" + r.rw());
            row.put("category", r.field("kategori") == null ? "" : r.field("kategori"));
            row.put("path", card ? "KARTU" : "REKENING");
            row.put("pathLabel", card ? text("Dengan kartu KJS", "With the KJS card")
                    : text("Tanpa kartu, dengan nomor rekening", "Without card, with the account number"));
            row.put("amount", config.amountPerPayment());
            row.put("disbursed", disbursed.containsKey(ref));
            if (disbursed.containsKey(ref)) {
                row.put("disbursement", disbursed.get(ref));
            }
            row.put("handedOver", handedOver.containsKey(ref));
            if (handedOver.containsKey(ref)) {
                row.put("handOver", handedOver.get(ref));
            }
            Entitlement.Block block = blocked.get(ref);
            if (block != null) {
                row.put("stop", Map.of("kind", block.kind().name(), "code", block.code(),
                        "reason", text(block.reason().id(), block.reason().en())));
            }
            rows.add(row);
        }
        return rows;
    }

    List<Object> checklist(Roster roster, List<String> refs, boolean collective, Map<String, String> papers) {
        long withCard = refs.stream().filter(ref -> roster.withCard(roster.get(ref))).count();
        List<Object> items = new ArrayList<>();
        if (withCard > 0) {
            items.add(item("kartu-kjs", "Kartu KJS penerima", "Recipients' KJS cards", withCard));
        }
        if (withCard < refs.size()) {
            items.add(item("nomor-rekening", "Nomor rekening penerima (kartu hilang, rusak, atau belum tercetak)",
                    "Recipients' account numbers (card lost, damaged or not printed)", refs.size() - withCard));
        }
        items.add(item("identitas-penerima", "KTP/KK penerima atau Surat Keterangan Tidak Mempunyai Kartu Identitas",
                "Recipients' KTP/KK or a letter stating they have no identity card", refs.size()));
        String sk = papers.containsKey("skNumber") ? " nomor " + papers.get("skNumber") + ", berlaku s.d. "
                + papers.get("skValidUntil") : "";
        String skEn = papers.containsKey("skNumber") ? " number " + papers.get("skNumber") + ", valid until "
                + papers.get("skValidUntil") : "";
        items.add(item("sk-pendamping", "Fotokopi SK pendamping KJS" + sk, "Copy of the KJS pendamping's decree (SK)"
                + skEn, 1));
        items.add(item("ktp-pendamping", "KTP pendamping", "The pendamping's KTP", 1));
        if (collective) {
            String letter = papers.containsKey("suratTugasNumber") ? " nomor " + papers.get("suratTugasNumber")
                    + " tanggal " + papers.get("suratTugasDate") : "";
            String letterEn = papers.containsKey("suratTugasNumber") ? " number " + papers.get("suratTugasNumber")
                    + " of " + papers.get("suratTugasDate") : "";
            items.add(item("surat-tugas", "Surat Tugas dari " + config.dinasSosial() + letter, "Assignment letter "
                    + "(Surat Tugas) from " + config.dinasSosial() + letterEn, 1));
        }
        return items;
    }

    /**
     * The pack as a printable A4 document for the host's {@code /pdf} endpoint: texts in Bahasa Indonesia, numbers
     * masked, the checklist as paragraphs and a signature block for the pendamping.
     */
    PrintableDocument document(Map<String, Object> pack) {
        PrintableDocument.Builder doc = PrintableDocument.titled(idText(pack.get("title")))
                .subtitle(pack.get("bank") + " — " + pack.get("branch"))
                .meta("Nomor paket", String.valueOf(pack.get("packId")))
                .meta("Triwulan", String.valueOf(pack.get("round")))
                .meta("Jenis pencairan", "COLLECTIVE".equals(pack.get("mode")) ? "Kolektif" : "Perorangan")
                .meta("Pendamping", String.valueOf(pack.get("pendamping")))
                .meta("Tanggal", idText(pack.get("date")))
                .meta("Jumlah penerima", String.valueOf(pack.get("count")))
                .meta("Nominal per penerima", String.valueOf(pack.get("amountEachText")))
                .meta("Total", String.valueOf(pack.get("totalText")));
        Map<?, ?> papers = pack.get("papers") instanceof Map<?, ?> m ? m : Map.of();
        if (papers.get("skNumber") != null) {
            doc.meta("SK Pendamping", papers.get("skNumber") + " (berlaku s.d. " + papers.get("skValidUntil") + ")");
        }
        if (papers.get("suratTugasNumber") != null) {
            doc.meta("Surat Tugas", papers.get("suratTugasNumber") + " tanggal " + papers.get("suratTugasDate"));
        }
        StringBuilder checklist = new StringBuilder("Dokumen yang dibawa ke bank:");
        for (Object o : (List<?>) pack.get("checklist")) {
            Map<?, ?> item = (Map<?, ?>) o;
            checklist.append("\n[  ] ").append(idText(item.get("label"))).append(" (").append(item.get("count"))
                    .append(")");
        }
        doc.paragraph(checklist.toString());
        doc.paragraph("Serah terima: uang yang dicairkan pendamping diserahkan kepada penerima atau keluarganya, "
                + "yang membubuhkan tanda tangan atau cap jempol pada kolom Keterangan / paraf; pendamping mencatat "
                + "setiap serah terima di anjungan.");
        List<List<String>> rows = new ArrayList<>();
        for (Object o : (List<?>) pack.get("rows")) {
            Map<?, ?> r = (Map<?, ?>) o;
            rows.add(List.of(String.valueOf(r.get("no")), String.valueOf(r.get("name")),
                    String.valueOf(r.get("nikMasked")), String.valueOf(r.get("accountMasked")),
                    String.valueOf(r.get("rtRw")), "KARTU".equals(r.get("path")) ? "Kartu KJS" : "No. rekening",
                    Text.rupiah(((Number) r.get("amount")).longValue()),
                    Boolean.TRUE.equals(r.get("handedOver"))
                            ? "Diserahkan " + ((Map<?, ?>) r.get("handOver")).get("date")
                            : Boolean.TRUE.equals(r.get("disbursed")) ? "Sudah dicairkan" : ""));
        }
        return doc.table(List.of("No", "Nama", "NIK", "No. rekening", "RT/RW", "Jalur", "Nominal",
                        "Keterangan / paraf"), rows)
                .signature(config.dinasSosial().replace("Dinas Sosial ", "").replace("Kota ", "") + ", "
                        + idText(pack.get("date")), "Pendamping KJS", "", "", "(" + pack.get("pendamping") + ")")
                .build();
    }

    private static String idText(Object text) {
        return text instanceof Map<?, ?> m ? String.valueOf(m.get("id")) : String.valueOf(text);
    }

    static Map<String, Object> text(String id, String en) {
        Text t = Text.of(id, en);
        return Map.of("id", t.id(), "en", t.en());
    }

    private static Map<String, Object> item(String id, String labelId, String labelEn, long count) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("label", text(labelId, labelEn));
        m.put("count", count);
        return m;
    }
}
