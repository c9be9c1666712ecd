package id.anjungan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What a resident reads, in both languages: the kiosk's own words (strings.js, resident screens), every public
 * service as its tile, its form, its module screen's script and its refusals at the first questions (for people on the
 * demo lists and on none), and the status answers for the demo lists. KPM, e-Warung, 6T and ODGJ are found however
 * they are written. None carries a configuration key, an
 * English role name, a code (an enum value, an ISO date or period), and a program term that must stay is explained
 * (followed by an explanation in brackets, or itself inside one) in the same tile, form or answer.
 */
class ResidentWordsIT {

    private static final Map<String, Pattern> DENIED = new LinkedHashMap<>();
    private static final Set<String> RESIDENT_KEYS = Set.of("app", "attract", "shell", "common", "error", "home", "need",
            "service", "form", "valid", "keypad", "date", "capture", "receipt", "status", "screen", "disability",
            "verdict", "track", "module", "idle");
    private static final List<String> TERMS = List.of("KPM", "KKS", "e-Warung", "6T", "ODGJ", "DTKS", "DTSEN", "PKH",
            "PBP", "PPKS", "SIKS-NG");
    /** How a term is also written (any case): "kpm", "E-Warung", "ewarung", "e warung", "6 T", "odgj". */
    private static final Map<String, Pattern> SPELLINGS = Map.of(
            "KPM", Pattern.compile("(?<![\\w-])kpm(?![\\w-])", Pattern.CASE_INSENSITIVE),
            "e-Warung", Pattern.compile("(?<![\\w-])e[- ]?warung(?![\\w-])", Pattern.CASE_INSENSITIVE),
            "6T", Pattern.compile("(?<![\\w-])6 ?T(?![\\w-])", Pattern.CASE_INSENSITIVE),
            "ODGJ", Pattern.compile("(?<![\\w-])odgj(?![\\w-])", Pattern.CASE_INSENSITIVE));
    /** A text of a module screen's script: the first (Bahasa Indonesia) and second (English) argument of t(…). */
    private static final Pattern SCRIPT_TEXT = Pattern.compile("\\bt\\(\\s*'((?:[^'\\\\]|\\\\.)*)'\\s*,\\s*'((?:[^'\\\\]|\\\\.)*)'");
    /** Keys whose text a screen shows as it comes; a period code ("2026-Q4") the status screen puts in words. */
    private static final Set<String> SHOWN = Set.of("title", "summary", "label", "help", "where", "programName",
            "amount", "rhythm", "channel", "schedule", "note", "message", "detail", "stateLabel");

    static {
        DENIED.put("a configuration key", Pattern.compile("ANJUNGAN_|\\banjungan\\.[a-z]"));
        DENIED.put("an English role name", Pattern.compile("\\b(RESIDENT|KASI_KESOS|ADMIN|CAMAT|DINSOS)\\b"));
        DENIED.put("a code", Pattern.compile("\\b[A-Z]{2,}_[A-Z_]{2,}\\b"));
        DENIED.put("an ISO date or period", Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b"));
        DENIED.put("a program word a resident does not know", Pattern.compile("\\b([Rr]etur|diretur|[Ss]krining)\\b"));
    }

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void residentTextsCarryNoCodeKeyOrRoleAndExplainTheTermsTheyKeep() throws Exception {
        Kiosk kiosk = Kiosk.get();
        String session = kiosk.newResident();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> string : residentStrings().entrySet()) {
            check("strings.js " + string.getKey(), List.of(string.getValue()), problems);
        }
        for (String lang : List.of("id", "en")) {
            JsonObject catalog = get(kiosk, session, lang, "/api/services").asJsonObject();
            for (JsonObject service : catalog.getJsonArray("services").getValuesAs(JsonObject.class)) {
                if (!service.getBoolean("public")) {
                    continue;
                }
                String where = lang + " " + service.getString("program") + "/" + service.getString("id");
                check(where + " tile", List.of(service.getString("title"), service.getString("summary", "")), problems);
                JsonValue detail = get(kiosk, session, lang, "/api/programs/" + service.getString("program")
                        + "/services/" + service.getString("id"));
                check(where + " form", shown(detail), problems);
                if (service.get("screen") instanceof JsonObject screen) {
                    check(where + " screen " + screen.getString("script"), scriptTexts(kiosk, screen.getString("script"),
                            "en".equals(lang)), problems);
                }
                for (Map<String, String> person : people()) {
                    JsonValue refusal = post(kiosk, session, lang, "/api/cases/precheck", "{\"program\":\""
                            + service.getString("program") + "\",\"service\":\"" + service.getString("id")
                            + "\",\"data\":{\"nik\":\"" + person.get("nik") + "\",\"kk\":\"" + person.get("kk") + "\"}}");
                    check(where + " refusal", refusalTexts(refusal), problems);
                }
            }
        }
        // the screener's verdicts and reasons for a few residents
        for (String profile : List.of(
                "{\"age\":75,\"disability\":\"NONE\",\"neglected\":true,\"poorHousehold\":true,\"currentAid\":[]}",
                "{\"age\":40,\"disability\":\"MENTAL\",\"chronicIllness\":true,\"poorHousehold\":true,"
                        + "\"currentAid\":[\"BPNT\"],\"houseDamagedByDisaster\":true,\"recentDeath\":true,\"homeless\":true}")) {
            for (String lang : List.of("id", "en")) {
                JsonValue answer = post(kiosk, session, lang, "/api/screening", profile);
                List<String> reasons = new ArrayList<>(shown(answer));
                answer.asJsonObject().getJsonArray("results").forEach(r -> r.asJsonObject().getJsonArray("reasons")
                        .forEach(x -> reasons.add(x.getValueType() == JsonValue.ValueType.STRING
                                ? ((JsonString) x).getString() : x.asJsonObject().getString("message", ""))));
                check(lang + " screening", reasons, problems);
            }
        }
        // a few lookups per resident session: the kiosk limits lookups a session makes in a minute
        for (String module : List.of("bpnt", "kjs", "cpp", "santunan-kematian", "jumat-koin", "rehabilitasi")) {
            String visit = kiosk.newResident();
            for (Map<String, String> row : demoRows(module)) {
                for (String lang : List.of("id", "en")) {
                    JsonValue answer = post(kiosk, visit, lang, "/api/status",
                            "{\"nik\":\"" + row.get("nik") + "\",\"kk\":\"" + row.get("kk") + "\"}");
                    assertTrue(answer.getValueType() == JsonValue.ValueType.OBJECT
                            && answer.asJsonObject().containsKey("results"), module + ": " + answer);
                    for (JsonValue result : answer.asJsonObject().getJsonArray("results")) {
                        check(lang + " status " + module, shown(result), problems);
                    }
                }
            }
        }
        assertEquals(List.of(), problems, problems.size() + " resident texts to fix");
    }

    private static void check(String where, List<String> texts, List<String> problems) {
        String all = String.join("\n", texts);
        for (Map.Entry<String, Pattern> denied : DENIED.entrySet()) {
            Matcher m = denied.getValue().matcher(all);
            if (m.find()) {
                problems.add(where + ": " + denied.getKey() + " '" + m.group() + "' in: " + around(all, m.start()));
            }
        }
        for (String term : TERMS) {
            Pattern used = SPELLINGS.getOrDefault(term, Pattern.compile("(?<![\\w-])" + Pattern.quote(term) + "(?![\\w-])"));
            String spelt = SPELLINGS.containsKey(term) ? SPELLINGS.get(term).pattern() : Pattern.quote(term);
            Pattern explained = Pattern.compile(spelt + " \\(|\\([^)]*" + spelt + "[^)]*\\)", Pattern.CASE_INSENSITIVE);
            Matcher m = used.matcher(all);
            if (m.find() && !explained.matcher(all).find()) {
                problems.add(where + ": '" + term + "' unexplained in: " + around(all, m.start()));
            }
        }
    }

    /** The messages of a refusal at a question and the why of each program offered instead. */
    private static List<String> refusalTexts(JsonValue answer) {
        List<String> texts = new ArrayList<>();
        if (answer.getValueType() == JsonValue.ValueType.OBJECT) {
            JsonObject o = answer.asJsonObject();
            if (o.get("reasons") instanceof jakarta.json.JsonArray reasons) {
                reasons.getValuesAs(JsonObject.class).forEach(r -> texts.add(r.getString("message", "")));
            }
            if (o.get("instead") instanceof jakarta.json.JsonArray instead) {
                instead.getValuesAs(JsonObject.class).forEach(i -> texts.add(i.getString("why", "")));
            }
        }
        return texts;
    }

    /** A few people of the demo lists and one on none: refusals differ by who asks. */
    private static List<Map<String, String>> people() throws Exception {
        List<Map<String, String>> people = new ArrayList<>(List.of(Map.of("nik", "3374011708550007", "kk", "3374010101100007")));
        for (String module : List.of("bpnt", "kjs", "cpp", "jumat-koin")) {
            people.addAll(demoRows(module).subList(0, Math.min(1, demoRows(module).size())));
        }
        return people;
    }

    /** The texts a resident module screen's script shows in one language (the t('id', 'en') pairs). */
    private List<String> scriptTexts(Kiosk kiosk, String script, boolean english) throws Exception {
        String source = http.send(HttpRequest.newBuilder(URI.create(kiosk.url(script))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        List<String> texts = new ArrayList<>();
        Matcher m = SCRIPT_TEXT.matcher(source);
        while (m.find()) {
            texts.add((english ? m.group(2) : m.group(1)).replace("\\'", "'"));
        }
        assertTrue(!texts.isEmpty() || !source.contains("t('"), script + " was read");
        return texts;
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 60)).replace('\n', ' ');
    }

    /** The texts of an answer a screen shows (labels, help, titles, notes), not its codes and values. */
    private static List<String> shown(JsonValue value) {
        List<String> texts = new ArrayList<>();
        collect(value, null, texts);
        return texts;
    }

    private static void collect(JsonValue value, String key, List<String> texts) {
        switch (value.getValueType()) {
            case OBJECT -> value.asJsonObject().forEach((k, v) -> {
                if (!"visibleWhen".equals(k)) {
                    collect(v, k, texts);
                }
            });
            case ARRAY -> value.asJsonArray().forEach(v -> collect(v, key, texts));
            case STRING -> {
                if (key != null && SHOWN.contains(key)) {
                    texts.add(((JsonString) value).getString());
                }
            }
            default -> {
            }
        }
    }

    /** The resident screens' strings of kiosk-ui's strings.js, both languages. */
    private static Map<String, String> residentStrings() throws Exception {
        Path file = Path.of(System.getProperty("user.dir")).getParent()
                .resolve("kiosk-ui/src/main/resources/META-INF/resources/js/strings.js");
        Pattern line = Pattern.compile("^\\s*'([^']+)':\\s*'((?:[^'\\\\]|\\\\.)*)',?\\s*$");
        Map<String, String> strings = new LinkedHashMap<>();
        String lang = "id";
        for (String text : Files.readAllLines(file)) {
            if (text.strip().startsWith("en: {")) {
                lang = "en";
            }
            Matcher m = line.matcher(text);
            if (m.matches() && RESIDENT_KEYS.contains(m.group(1).split("\\.")[0])) {
                strings.put(lang + " " + m.group(1), m.group(2).replace("\\'", "'"));
            }
        }
        assertTrue(strings.size() > 200, "strings.js was read: " + strings.size());
        return strings;
    }

    /** The first rows (NIK and KK) of a module's demo recipient list. */
    private static List<Map<String, String>> demoRows(String module) throws Exception {
        Path csv = Path.of(System.getProperty("user.dir")).getParent().resolve("modules").resolve(module)
                .resolve("src/main/demo/recipients.csv");
        List<Map<String, String>> rows = new ArrayList<>();
        if (!Files.exists(csv)) {
            return rows;
        }
        List<String> lines = Files.readAllLines(csv);
        List<String> head = List.of(lines.get(0).split(","));
        if (!head.contains("nik") || !head.contains("kk")) {
            return rows;
        }
        for (String row : lines.subList(1, Math.min(lines.size(), 3))) {
            String[] cells = row.split(",");
            rows.add(Map.of("nik", cells[head.indexOf("nik")], "kk", cells[head.indexOf("kk")]));
        }
        return rows;
    }

    private JsonValue get(Kiosk kiosk, String session, String lang, String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(kiosk.url(path))).GET(), session, lang);
    }

    private JsonValue post(Kiosk kiosk, String session, String lang, String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(kiosk.url(path))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), session, lang);
    }

    private JsonValue send(HttpRequest.Builder request, String session, String lang) throws Exception {
        HttpResponse<String> answer = http.send(request.header("Accept-Language", lang).header("X-Kiosk-Session", session)
                .build(), HttpResponse.BodyHandlers.ofString());
        String body = answer.body();
        return body.isBlank() ? JsonValue.NULL : Json.createReader(new StringReader(body)).readValue();
    }
}
