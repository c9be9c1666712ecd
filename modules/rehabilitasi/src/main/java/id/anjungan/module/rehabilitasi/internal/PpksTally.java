package id.anjungan.module.rehabilitasi.internal;

import id.anjungan.spi.PpksCategory;
import id.anjungan.spi.ProgramException;
import id.anjungan.spi.platform.CaseRecord;
import id.anjungan.spi.platform.CaseStore;
import id.anjungan.spi.platform.KioskClock;
import id.anjungan.spi.platform.RecipientLists;
import id.anjungan.spi.platform.RecipientRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The TKSK's monthly table of PPKS per category and kelurahan, as in seed 000's "Data PPKS Kecamatan Semarang Tengah
 * November 2023" (000:L3684-3712): the people of the PPKS list imported for the month (column {@code ppks_code}) and
 * those recorded through Pendataan PPKS in the month. A NIK counts once; its record of the month, being newer field
 * data, decides its category. People recorded without NIK count one each.
 */
final class PpksTally {

    private final RehabilitasiConfig config;
    private final CaseStore cases;
    private final RecipientLists lists;
    private final KioskClock clock;

    PpksTally(RehabilitasiConfig config, CaseStore cases, RecipientLists lists, KioskClock clock) {
        this.config = config;
        this.cases = cases;
        this.lists = lists;
        this.clock = clock;
    }

    Map<String, Object> of(Map<String, Object> input) {
        Object asked = input.get("month");
        String month = asked == null || asked.toString().isBlank() ? clock.today().toString().substring(0, 7)
                : asked.toString().strip();
        if (!month.matches("20[0-9]{2}-(0[1-9]|1[0-2])")) {
            throw ProgramException.of("invalid-month", "Bulan harus ditulis TTTT-BB, misalnya 2023-11.",
                    "The month must be written YYYY-MM, e.g. 2023-11.");
        }
        Map<String, PpksCategory> byNik = new LinkedHashMap<>();
        Map<String, String> kelurahanOf = new LinkedHashMap<>();
        List<String[]> withoutNik = new ArrayList<>();
        int listed = 0;
        if (lists.periods(RehabilitasiCatalog.CODE).contains(month)) {
            for (RecipientRecord r : lists.list(RehabilitasiCatalog.CODE, month)) {
                PpksCategory code = PpksCategory.ofCode(r.field("ppks_code")).orElse(null);
                if (code != null) {
                    byNik.put(r.nik(), code);
                    kelurahanOf.put(r.nik(), r.kelurahan());
                    listed++;
                }
            }
        }
        int recorded = 0;
        for (CaseRecord c : cases.list(RehabilitasiCatalog.CODE, PendataanForm.SERVICE, null)) {
            Map<String, String> d = c.data();
            if (PendataanForm.CANCELLED.equals(c.state()) || !d.getOrDefault("recordedOn", "").startsWith(month)) {
                continue;
            }
            PpksCategory code = PpksCategory.ofCode(d.get("ppksCode")).orElse(null);
            if (code == null) {
                continue;
            }
            recorded++;
            String nik = d.get("nik");
            if (nik == null || nik.isBlank()) {
                withoutNik.add(new String[] {code.code(), d.getOrDefault("kelurahan", "")});
            } else {
                byNik.put(nik, code);
                kelurahanOf.put(nik, d.getOrDefault("kelurahan", ""));
            }
        }
        Map<PpksCategory, Map<String, Integer>> table = new TreeMap<>();
        byNik.forEach((nik, code) -> count(table, code, kelurahanOf.get(nik)));
        withoutNik.forEach(row -> count(table, PpksCategory.ofCode(row[0]).orElseThrow(), row[1]));
        return answer(month, table, listed, recorded);
    }

    private static void count(Map<PpksCategory, Map<String, Integer>> table, PpksCategory code, String kelurahan) {
        table.computeIfAbsent(code, k -> new TreeMap<>()).merge(kelurahan, 1, Integer::sum);
    }

    private Map<String, Object> answer(String month, Map<PpksCategory, Map<String, Integer>> table, int listed,
                                       int recorded) {
        List<String> columns = new ArrayList<>(Arrays.asList(config.kelurahan()));
        table.values().forEach(m -> m.keySet().stream().filter(k -> !columns.contains(k)).forEach(columns::add));
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, Integer> perKelurahan = new LinkedHashMap<>();
        columns.forEach(k -> perKelurahan.put(k, 0));
        int total = 0;
        for (Map.Entry<PpksCategory, Map<String, Integer>> e : table.entrySet()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", e.getKey().code());
            row.put("id", e.getKey().label().id());
            row.put("en", e.getKey().label().en());
            Map<String, Integer> counts = new LinkedHashMap<>();
            columns.forEach(k -> counts.put(k, e.getValue().getOrDefault(k, 0)));
            row.put("counts", counts);
            int sum = e.getValue().values().stream().mapToInt(Integer::intValue).sum();
            row.put("total", sum);
            rows.add(row);
            counts.forEach((k, n) -> perKelurahan.merge(k, n, Integer::sum));
            total += sum;
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("month", month);
        answer.put("kelurahan", columns);
        answer.put("rows", rows);
        answer.put("totals", perKelurahan);
        answer.put("total", total);
        answer.put("sources", Map.of("list", listed, "recorded", recorded));
        return answer;
    }
}
