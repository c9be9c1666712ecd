package id.anjungan.host.cases.control;

import id.anjungan.host.persistence.JsonText;
import id.anjungan.spi.Assessment;
import id.anjungan.spi.Document;
import id.anjungan.spi.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a case's receipt shows (checklist, next steps), kept with the case in both languages. */
public final class ReceiptContent {

    private ReceiptContent() {
    }

    static String json(Assessment assessment) {
        Map<String, String> flat = new LinkedHashMap<>();
        int i = 0;
        for (Document d : assessment.checklist()) {
            flat.put("doc." + i + ".id", d.label().id());
            flat.put("doc." + i + ".en", d.label().en());
            if (d.where() != null) {
                flat.put("doc." + i + ".where.id", d.where().id());
                flat.put("doc." + i + ".where.en", d.where().en());
            }
            i++;
        }
        if (assessment.nextSteps() != null) {
            flat.put("next.id", assessment.nextSteps().id());
            flat.put("next.en", assessment.nextSteps().en());
        }
        return JsonText.write(flat);
    }

    /** The checklist as label/where pairs in a language. */
    public static List<Map<String, String>> checklist(String json, String lang) {
        Map<String, String> flat = JsonText.readMap(json);
        List<Map<String, String>> items = new ArrayList<>();
        for (int i = 0; flat.containsKey("doc." + i + ".id"); i++) {
            Map<String, String> item = new LinkedHashMap<>();
            item.put("label", new Text(flat.get("doc." + i + ".id"), flat.get("doc." + i + ".en")).in(lang));
            String whereId = flat.get("doc." + i + ".where.id");
            item.put("where", whereId == null ? null : new Text(whereId, flat.get("doc." + i + ".where.en")).in(lang));
            items.add(item);
        }
        return items;
    }

    public static String nextSteps(String json, String lang) {
        Map<String, String> flat = JsonText.readMap(json);
        return flat.containsKey("next.id") ? new Text(flat.get("next.id"), flat.get("next.en")).in(lang) : null;
    }
}
