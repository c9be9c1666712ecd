package id.anjungan.it.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.it.Kiosk;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** What the module ITs share: JSON bodies, cases and their workflow, operations, PDFs, attachments, demo lists. */
final class ModuleIt {

    private static final Set<String> IMPORTED = new HashSet<>();

    private ModuleIt() {
    }

    static Kiosk kiosk() throws Exception {
        return Kiosk.get();
    }

    /** A JSON object from alternating keys and values (String, Number, Boolean, List, Map, null). */
    static String json(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return object(m).build().toString();
    }

    static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    private static JsonObjectBuilder object(Map<?, ?> m) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        m.forEach((k, v) -> b.add((String) k, value(v)));
        return b;
    }

    private static JsonValue value(Object v) {
        if (v == null) {
            return JsonValue.NULL;
        } else if (v instanceof String s) {
            return Json.createValue(s);
        } else if (v instanceof Integer || v instanceof Long) {
            return Json.createValue(((Number) v).longValue());
        } else if (v instanceof Number n) {
            return Json.createValue(new BigDecimal(n.toString()));
        } else if (v instanceof Boolean bool) {
            return bool ? JsonValue.TRUE : JsonValue.FALSE;
        } else if (v instanceof Map<?, ?> m) {
            return object(m).build();
        } else if (v instanceof List<?> l) {
            JsonArrayBuilder a = Json.createArrayBuilder();
            l.forEach(x -> a.add(value(x)));
            return a.build();
        }
        throw new IllegalArgumentException(v.getClass().toString());
    }

    /** POST /api/cases. */
    static Kiosk.Answer submit(String program, String service, Map<String, Object> data, String auth) throws Exception {
        return kiosk().post("/api/cases", json("program", program, "service", service, "data", data), auth);
    }

    /** POST /api/cases that must be accepted: the answer's object (tracking, checklist, receipt …). */
    static JsonObject filed(String program, String service, Map<String, Object> data, String auth) throws Exception {
        Kiosk.Answer a = submit(program, service, data, auth);
        assertEquals(201, a.status(), a.body());
        return a.object();
    }

    /**
     * A number as other keyboards type it: fullwidth, Arabic-Indic, half fullwidth with a zero-width space. The kiosk
     * folds them to ASCII before any check, so each is the same number for claim-once and double aid.
     */
    static List<String> digitVariants(String ascii) {
        return List.of(shifted(ascii, '０', 0), shifted(ascii, '٠', 0),
                shifted(ascii, '０', 8).substring(0, 8) + "\u200B" + shifted(ascii, '０', 8).substring(8));
    }

    private static String shifted(String ascii, char zero, int from) {
        StringBuilder out = new StringBuilder(ascii.substring(0, from));
        ascii.substring(from).chars().forEach(c -> out.append((char) (zero + c - '0')));
        return out.toString();
    }

    /** POST /api/cases naming a subject, as a client may. */
    static Kiosk.Answer submit(String program, String service, Map<String, Object> data, String subjectNik,
                               String auth) throws Exception {
        return kiosk().post("/api/cases", json("program", program, "service", service, "data", data,
                "subjectNik", subjectNik), auth);
    }

    /** The reason codes of a refused case. */
    static List<String> refusalCodes(Kiosk.Answer refused) {
        assertEquals(422, refused.status(), refused.body());
        return refused.object().getJsonArray("reasons").stream().map(r -> r.asJsonObject().getString("code")).toList();
    }

    static JsonObject detail(String tracking, String auth) throws Exception {
        Kiosk.Answer a = kiosk().get("/api/cases/" + tracking + "/detail", auth);
        assertEquals(200, a.status(), a.body());
        return a.object();
    }

    /** The case as the resident sees it (no login). */
    static JsonObject publicCase(String tracking) throws Exception {
        Kiosk.Answer a = kiosk().get("/api/cases/" + tracking);
        assertEquals(200, a.status(), a.body());
        return a.object();
    }

    /** Whether the caller may open the case's staff view (a PSM: their own, or waiting for a PSM's step). */
    static boolean opens(String tracking, String auth) throws Exception {
        return kiosk().get("/api/cases/" + tracking + "/detail", auth).status() == 200;
    }

    static List<String> transitions(String tracking, String auth) throws Exception {
        return detail(tracking, auth).getJsonArray("transitions").stream()
                .map(t -> t.asJsonObject().getString("id")).toList();
    }

    /** Moves the case along a transition the caller's detail view offers; answers the case. */
    static JsonObject move(String tracking, String transition, String note, String auth) throws Exception {
        List<String> offered = transitions(tracking, auth);
        assertTrue(offered.contains(transition), transition + " not offered to this caller: " + offered);
        Kiosk.Answer a = kiosk().post("/api/cases/" + tracking + "/transitions",
                json("transition", transition, "note", note), auth);
        assertEquals(200, a.status(), a.body());
        return a.object();
    }

    static Kiosk.Answer operate(String program, String operation, Map<String, Object> input, String auth)
            throws Exception {
        return kiosk().post("/api/programs/" + program + "/operations/" + operation, object(input).build().toString(),
                auth);
    }

    static JsonObject op(String program, String operation, Map<String, Object> input, String auth) throws Exception {
        Kiosk.Answer a = operate(program, operation, input, auth);
        assertEquals(200, a.status(), a.body());
        return a.object();
    }

    /** The operation's document rendered by the host as PDF, as text. */
    static String operationPdf(String program, String operation, Map<String, Object> input, String auth)
            throws Exception {
        Kiosk.Answer a = operate(program, operation + "/pdf", input, auth);
        assertEquals(200, a.status(), a.body());
        return pdfText(a.bytes());
    }

    static String receiptText(String tracking) throws Exception {
        Kiosk.Answer a = kiosk().get("/api/cases/" + tracking + "/receipt");
        assertEquals(200, a.status(), a.body());
        return pdfText(a.bytes());
    }

    static String pdfText(byte[] pdf) throws IOException {
        assertTrue(pdf.length > 4 && new String(pdf, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"),
                "not a PDF: " + new String(pdf, 0, Math.min(pdf.length, 200), StandardCharsets.UTF_8));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** A small PNG uploaded as an attachment (a photo or a scanned letter); answers its id. */
    static String attachment() throws Exception {
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        String boundary = "----it" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"foto.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(png);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        Kiosk.Answer a = kiosk().upload("POST", "/api/attachments", "multipart/form-data; boundary=" + boundary,
                body.toByteArray(), null);
        assertEquals(201, a.status(), a.body());
        return a.object().getString("id");
    }

    /**
     * Whether {@code POST /api/status} finds the NIK/KK pair registered for the program. The demo loader should
     * have imported the demo lists; when it has not, {@link #ensureDemoList} imports them.
     */
    static Kiosk.Answer status(String nik, String kk) throws Exception {
        return kiosk().post("/api/status", json("nik", nik, "kk", kk));
    }

    static boolean registered(Kiosk.Answer status, String program) {
        return status.status() == 200 && status.object().getJsonArray("results").stream()
                .map(JsonValue::asJsonObject)
                .anyMatch(r -> r.getString("program").equals(program) && r.getBoolean("registered", false));
    }

    /**
     * Makes sure the program's demo list (the file the demo loader uses, {@code demo/{CODE}/{period}.csv} of the
     * assembled kiosk) is imported: when the status check does not find a listed person, the list is imported
     * through {@code POST /api/admin/recipient-lists} once per JVM. Answers whether an import was needed.
     */
    static synchronized boolean ensureDemoList(String program, String period, String nik, String kk)
            throws Exception {
        if (IMPORTED.contains(program) || registered(status(nik, kk), program)) {
            return false;
        }
        Path csv = Path.of(System.getProperty("kiosk.dist"), "demo", program, period + ".csv");
        String boundary = "----it" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String[] field : List.of(new String[] {"program", program}, new String[] {"period", period})) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
                    + field[1] + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + period
                + ".csv\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(Files.readAllBytes(csv));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        Kiosk.Answer started = kiosk().upload("POST", "/api/admin/recipient-lists",
                "multipart/form-data; boundary=" + boundary, body.toByteArray(), Kiosk.ADMIN);
        assertEquals(202, started.status(), started.body());
        String id = started.object().getString("id");
        JsonObject progress;
        do {
            Thread.sleep(200);
            progress = kiosk().get("/api/admin/recipient-lists/imports/" + id, Kiosk.ADMIN).object();
        } while (progress.getString("state").equals("RUNNING"));
        assertEquals("DONE", progress.getString("state"), progress.toString());
        assertEquals(0, progress.getInt("rowsRejected"), progress.toString());
        IMPORTED.add(program);
        return true;
    }

    /** A synthetic NIK of Semarang Tengah (3374 01), valid day and month, distinct per serial. */
    static String nik(int serial) {
        return "33740115058" + "%05d".formatted(serial % 100000);
    }

    static String kk(int serial) {
        return "33740112031" + "%05d".formatted(serial % 100000);
    }

    static String masked(String number) {
        return Kiosk.masked(number);
    }
}
