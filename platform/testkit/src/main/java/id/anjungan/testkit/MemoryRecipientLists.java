package id.anjungan.testkit;

import id.anjungan.spi.platform.RecipientLists;
import id.anjungan.spi.platform.RecipientRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Recipient lists in memory; periods compare as strings, the largest is the newest. */
public final class MemoryRecipientLists implements RecipientLists {

    private final Map<String, Map<String, RecipientRecord>> lists = new ConcurrentHashMap<>();

    private static String key(String program, String period) {
        return program + "|" + period;
    }

    @Override
    public Optional<RecipientRecord> find(String program, String nik) {
        return periods(program).stream().findFirst().flatMap(p -> find(program, p, nik));
    }

    @Override
    public Optional<RecipientRecord> find(String program, String period, String nik) {
        String typed = TypedNumbers.canonical(nik);
        return Optional.ofNullable(lists.getOrDefault(key(program, period), Map.of()).get(typed));
    }

    @Override
    public List<RecipientRecord> list(String program, String period) {
        List<RecipientRecord> rows = new ArrayList<>(lists.getOrDefault(key(program, period), Map.of()).values());
        rows.sort(Comparator.comparing(RecipientRecord::name));
        return rows;
    }

    @Override
    public List<String> periods(String program) {
        return lists.keySet().stream().filter(k -> k.startsWith(program + "|")).map(k -> k.substring(program.length() + 1))
                .sorted(Comparator.reverseOrder()).toList();
    }

    @Override
    public List<String> programsOf(String nik) {
        return lists.keySet().stream().map(k -> k.substring(0, k.indexOf('|'))).distinct()
                .filter(program -> find(program, nik).isPresent()).sorted().toList();
    }

    @Override
    public synchronized int put(String program, String period, List<RecipientRecord> rows) {
        Map<String, RecipientRecord> list = lists.computeIfAbsent(key(program, period), k -> new LinkedHashMap<>());
        rows.forEach(r -> list.put(r.nik(), r));
        return list.size();
    }
}
