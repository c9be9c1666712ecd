package id.anjungan.it.ui;

import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Files any public service's form by touch, from "Mulai" to its receipt, the way a resident would: the answers are
 * chosen from the form's definition (the API's field types, choices, bounds and date rules), optional questions are
 * skipped, and an answer the kiosk refuses at its question (a NIK not on the program's list, a choice the program does
 * not serve) is changed for the next likely one. Every screen on the way is handed to a check (axe-core, a photograph).
 */
final class FormFiler {

    /** A screen reached on the way: its name for the report. */
    interface Screen {
        void seen(String name) throws IOException;
    }

    /**
     * What filing took: taps from "Mulai" to the receipt (the send included; answers the kiosk refused at their question
     * not counted), screens from the first question to the review, the tracking number.
     */
    record Filed(long taps, int screens, String tracking) {
    }

    private final KioskUi ui;
    private final Map<String, JsonObject> fields = new LinkedHashMap<>();
    private final String program;
    private Map<String, String> person;
    /** Candidates for the NIK already refused by a whole submission. */
    private int nikOffset;
    /** Whether optional questions are answered too: a submission without them was refused (e.g. no NIK given). */
    private boolean answerOptional;
    private boolean skippedNik;
    /** Taps spent on answers the kiosk refused at their question: the walker's guesses, not a resident's path. */
    private long wasted;
    /** What the kiosk said when it last refused a whole submission. */
    private String refusal = "";
    private String alertsBefore = "";

    FormFiler(KioskUi ui, JsonObject definition) {
        this.ui = ui;
        this.program = definition.getString("program");
        definition.getJsonArray("form").getValuesAs(JsonObject.class).forEach(f -> fields.put(f.getString("name"), f));
    }

    /**
     * From the service's first screen (its intro with "Mulai", or its first question) to the receipt; null when the
     * kiosk refused the whole submission (the next call files it for the next likely person).
     */
    Filed file(String flow, Screen screen) throws IOException {
        long start = ui.taps();
        skippedNik = false;
        wasted = 0;
        List<WebElement> begin = ui.driver.findElements(By.xpath("//main//button[normalize-space(.)='Mulai']"));
        if (!begin.isEmpty()) {
            start = ui.taps();
            ui.click(begin.get(0));
        }
        int screens = 0;
        for (int guard = 0; guard < 40; guard++) {
            WebElement question = ui.await(By.cssSelector("#main h2.question, #main ul.review"));
            String id = question.getAttribute("id");
            if (!"h2".equals(question.getTagName()) || id == null || id.isEmpty()) {
                screen.seen(String.format("%s-%02d-review", flow, ++screens));
                alertsBefore = alerts();
                ui.click(ui.driver.findElement(By.cssSelector("#main .view .actions .btn-primary")));
                new WebDriverWait(ui.driver, java.time.Duration.ofSeconds(30))
                        .withMessage(() -> flow + ": no receipt; page says: " + KioskUi.abbreviate(ui.mainText()))
                        .until(d -> ui.path().startsWith("/receipt/") || ui.mainText().contains("Status bantuan Anda")
                                || refused());
                if (refused()) {
                    refusal = alerts();
                    screen.seen(flow + "-refused");
                    // a rule only the whole submission decides (e.g. the NIK is on no list of the program): the
                    // next person of the program's demo list files it again; first, when questions were skipped,
                    // the same person answering them (a proposal a resident files without a NIK goes to an officer)
                    if (skippedNik && !answerOptional) {
                        answerOptional = true;
                    } else {
                        nikOffset++;
                    }
                    return null;
                }
                ui.settled();
                if (!ui.path().startsWith("/receipt/")) {
                    // a status check answers on the screen: no case, no receipt
                    long taps = ui.taps() - start - wasted;
                    screen.seen(flow + "-answer");
                    return new Filed(taps, screens, "");
                }
                String tracking = ui.await(By.cssSelector("#main .tracking")).getText().trim();
                long taps = ui.taps() - start - wasted;
                screen.seen(flow + "-receipt");
                return new Filed(taps, screens, tracking);
            }
            String field = id.substring(2);
            screen.seen(String.format("%s-%02d-%s", flow, ++screens, field));
            if (!ui.driver.findElements(By.cssSelector("#main section.shared-field")).isEmpty()) {
                answerShared(flow, field);
                continue;
            }
            try {
                answer(flow, field);
            } catch (RefusedAfterSkip e) {
                screen.seen(flow + "-refused");
                return null;
            }
        }
        fail(flow + ": the form did not reach its review step");
        return null;
    }

    /** The kiosk refused, at a later question, what a skipped NIK left open. */
    private static final class RefusedAfterSkip extends RuntimeException {
        RefusedAfterSkip() {
            super(null, null, false, false);
        }
    }

    /** What the kiosk said when it last refused a whole submission. */
    String refusal() {
        return refusal;
    }

    /** Answers the question on the screen with its likeliest answer, and the next one while the kiosk refuses it. */
    private void answer(String flow, String field) throws IOException {
        JsonObject def = fields.get(field);
        if (def == null && List.of("nik", "kk").contains(field)) {
            // the kiosk's own status check asks them for a program's status service
            def = jakarta.json.Json.createObjectBuilder().add("name", field).add("type", field.toUpperCase(java.util.Locale.ROOT))
                    .add("required", true).build();
        }
        WebElement body = ui.driver.findElement(By.cssSelector("#main .step-body"));
        if (def == null || !body.findElements(By.cssSelector("p.entry")).isEmpty()) {
            next(flow, field); // answered already (a NIK carried in by an assisted session)
            return;
        }
        if (!def.getBoolean("required", true) && !answerOptional) {
            List<WebElement> skip = ui.driver.findElements(By.xpath("//main//button[normalize-space(.)='Lewati']"));
            if (!skip.isEmpty()) {
                WebElement question = ui.await(By.cssSelector("#main h2.question"));
                ui.click(skip.get(0));
                ui.waitForStale(question);
                skippedNik |= "NIK".equals(def.getString("type"));
                return;
            }
        }
        List<Object> tries = candidates(def);
        for (int i = 0; i < tries.size(); i++) {
            long before = ui.taps();
            give(def, tries.get(i), i > 0);
            if (next(flow, field)) {
                if ("NIK".equals(def.getString("type"))) {
                    acceptedNik(String.valueOf(tries.get(i)));
                }
                return;
            }
            if (skippedNik && !answerOptional && !ui.driver.findElements(By.cssSelector("#main .refusal")).isEmpty()) {
                // refused at the question after the skipped NIK (a proposal a resident files without a NIK goes to
                // an officer): the same person files again, answering it
                answerOptional = true;
                refusal = alerts();
                throw new RefusedAfterSkip();
            }
            List<WebElement> change = ui.driver.findElements(By.xpath("//main//button[normalize-space(.)='Ubah jawaban']"));
            if (!change.isEmpty()) {
                ui.click(change.get(0));
            }
            wasted += ui.taps() - before;
        }
        fail(flow + ": no answer to '" + field + "' was accepted; page says: " + KioskUi.abbreviate(ui.mainText()));
    }

    /**
     * A screen of several yes/no questions or counts: yes to each (then no to each, when the kiosk refuses that), the
     * household's size 4 and each other count 1.
     */
    private void answerShared(String flow, String field) {
        for (String yes : List.of("true", "false")) {
            long before = ui.taps();
            Map<String, Object> shared = new LinkedHashMap<>();
            for (WebElement section : ui.driver.findElements(By.cssSelector("#main section.shared-field"))) {
                String name = section.getAttribute("data-field");
                boolean count = !"YES_NO".equals(fields.get(name).getString("type"));
                shared.put(name, count ? (shared.values().stream().anyMatch(v -> !"true".equals(v) && !"false".equals(v)) ? "1" : "4") : yes);
            }
            clear("#main section.shared-field input.entry");
            ui.js("document.querySelectorAll('#main section.shared-field input.entry').forEach(e => { e.value = '';"
                    + " e.dispatchEvent(new Event('input', { bubbles: true })); })");
            ui.answerShared(shared);
            if (next(flow, field)) {
                return;
            }
            wasted += ui.taps() - before;
        }
        fail(flow + ": the questions with '" + field + "' were not accepted: " + KioskUi.abbreviate(ui.mainText()));
    }

    /** Taps "Lanjut"; true when the next screen came, false when the question stayed (an error or a refusal). */
    private boolean next(String flow, String field) {
        WebElement question = ui.await(By.cssSelector("#main h2.question"));
        ui.click(ui.driver.findElement(By.cssSelector("#main .step-main > .actions .btn-primary")));
        new WebDriverWait(ui.driver, java.time.Duration.ofSeconds(25))
                .withMessage(() -> flow + ": stuck on '" + field + "': " + KioskUi.abbreviate(ui.mainText()))
                .until(d -> isStale(question) || !d.findElements(By.cssSelector("#main .refusal")).isEmpty()
                        || (Boolean) ui.js("const e = document.getElementById('e-' + arguments[0]);"
                                + "return !!e && e.innerText.trim() !== ''", field));
        if (!isStale(question)) {
            return false;
        }
        // a redraw of the same question with an error or a refusal is not the next screen
        WebElement now = ui.await(By.cssSelector("#main h2.question, #main ul.review"));
        return !("q-" + field).equals(now.getAttribute("id")) || (ui.driver.findElements(By.cssSelector("#main .refusal")).isEmpty()
                && "".equals(ui.js("const e = document.getElementById('e-' + arguments[0]);"
                        + "return e ? e.innerText.trim() : ''", field)));
    }

    /** Whether the review shows an alert it did not show before "Kirim": the kiosk refused the submission. */
    private boolean refused() {
        if (!ui.path().startsWith("/service/")) {
            return false;
        }
        String now = alerts();
        return !now.isEmpty() && !now.equals(alertsBefore);
    }

    private String alerts() {
        return (String) ui.js("return document.querySelector('#main ul.review') ? [...document.querySelectorAll("
                + "'#main [role=alert], #main .alert')].map(e => e.innerText.trim()).join(' ').trim() : ''");
    }

    private static boolean isStale(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        }
    }

    /** Types, taps or uploads one answer on the current question; again clears what an earlier try typed. */
    private void give(JsonObject def, Object value, boolean again) throws IOException {
        String type = def.getString("type");
        WebElement body = ui.driver.findElement(By.cssSelector("#main .step-body"));
        switch (type) {
            case "DATE" -> {
                List<WebElement> today = body.findElements(By.xpath(".//button[normalize-space(.)='Hari ini']"));
                if ("today".equals(value) && !today.isEmpty()) {
                    ui.click(today.get(0));
                } else {
                    ui.pickDate(String.valueOf(value));
                }
            }
            case "CHOICE", "YES_NO", "MULTI" -> {
                WebElement question = ui.await(By.cssSelector("#main h2.question"));
                ui.click(body.findElement(By.cssSelector(".choices button[data-value=\"" + value + "\"]")));
                ui.waitForStale(question);
            }
            case "ATTACHMENT" -> {
                WebElement question = ui.await(By.cssSelector("#main h2.question"));
                body.findElement(By.cssSelector(".capture input[type=file]"))
                        .sendKeys(KioskUi.png("bukti", "BUKTI").toAbsolutePath().toString());
                ui.waitForStale(question);
                ui.await(By.cssSelector("#main .capture .notice"));
            }
            case "TEXT" -> {
                if (again) {
                    clear("#main textarea.entry, #main input.entry");
                }
                ui.typeOnKeyboard(String.valueOf(value));
            }
            default -> {
                if (again) {
                    clear("#main input.entry");
                }
                ui.keypad(String.valueOf(value));
            }
        }
    }

    private void clear(String css) {
        ui.js("const e = document.querySelector(arguments[0]); if (e) { e.value = '';"
                + " e.dispatchEvent(new Event('input', { bubbles: true })); }", css);
    }

    /** The answers a resident would likely give, most likely first. */
    List<Object> candidates(JsonObject def) {
        String type = def.getString("type");
        Long min = number(def, "min");
        Long max = number(def, "max");
        List<Object> tries = new ArrayList<>();
        switch (type) {
            case "NIK" -> {
                tries.add(KioskUi.freshNik(17, 8, 1955));
                for (int row = 1; row <= 5; row++) {
                    tries.add(demo(row).getOrDefault("nik", KioskUi.freshNik(row, 3, 1950)));
                }
                // the person filing (the form's first NIK) changes after a refused submission; another NIK asked
                // (a replacement, a family member) is tried from the top
                boolean subject = fields.values().stream().filter(f -> "NIK".equals(f.getString("type"))).findFirst()
                        .map(f -> f.getString("name").equals(def.getString("name"))).orElse(true);
                return subject ? tries.subList(Math.min(nikOffset, tries.size() - 1), tries.size()) : tries;
            }
            case "KK" -> {
                if (person != null && person.containsKey("kk")) {
                    tries.add(person.get("kk"));
                }
                tries.add(KioskUi.freshKk());
            }
            case "DATE" -> {
                String rule = def.getString("dates", "ANY");
                if ("NOT_IN_PAST".equals(rule)) {
                    tries.add("today");
                } else {
                    tries.add(LocalDate.now().minusDays(20).toString());
                    tries.add("1950-03-15");
                }
            }
            case "CHOICE", "MULTI" -> def.getJsonArray("choices").getValuesAs(JsonObject.class)
                    .forEach(c -> tries.add(c.getString("value")));
            case "YES_NO" -> tries.addAll(List.of("true", "false"));
            case "TEXT" -> {
                tries.add(min != null && min > 12 ? "Rumah rusak karena banjir kemarin" : "Budi Santoso");
                tries.add("Jl Kauman 7 RT 3 RW 2 Semarang");
            }
            case "PHONE" -> tries.add("081234567890");
            case "BANK_ACCOUNT" -> {
                if (person != null && person.get("rekening") != null) {
                    tries.add(person.get("rekening")); // the account book of the person filing
                }
                tries.add("2031009876");
            }
            case "RUPIAH" -> tries.add(String.valueOf(min != null ? Math.max(min, 500000) : 500000));
            case "ATTACHMENT" -> tries.add("photo");
            default -> {
                long n = min != null ? Math.max(min, 2) : 2;
                tries.add(String.valueOf(max != null ? Math.min(n, max) : n));
                tries.add(String.valueOf(min != null ? min : 1));
            }
        }
        return tries;
    }

    /** Row of this program's demo list (its NIK and KK belong together); the person typed next is that row's. */
    private Map<String, String> demo(int row) {
        try {
            Map<String, String> found = KioskUi.demoRow(program.toLowerCase(java.util.Locale.ROOT).replace('_', '-'), row);
            return found;
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    /** Remembers whose NIK was accepted, so that the KK asked next is that family's. */
    private void acceptedNik(String nik) {
        for (int row = 1; row <= 5; row++) {
            Map<String, String> candidate = demo(row);
            if (nik.equals(candidate.get("nik"))) {
                person = candidate;
                return;
            }
        }
        person = null;
    }

    private static Long number(JsonObject def, String key) {
        JsonValue v = def.get(key);
        return v instanceof JsonNumber n ? n.longValue() : null;
    }
}
