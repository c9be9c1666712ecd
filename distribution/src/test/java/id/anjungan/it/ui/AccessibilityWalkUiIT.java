package id.anjungan.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.it.Browser;
import id.anjungan.it.Kiosk;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole resident side and every module screen, by touch, in both themes (normal, high contrast) and both text
 * sizes: every public service's tile on home to its receipt (its whole form answered by touch,
 * {@link FormFiler}; with -Da11y.forms=first only to its first question), the kiosk's own tiles to their first question, and every module screen
 * (the resident's and the staff's, each staff screen as a role that may open it), with axe-core on each screen.
 * Every screen is photographed into {@code target/screenshots/<theme>-<size>/}; the violations by rule go to
 * {@code target/screenshots/axe-walk.txt}, the taps each form took to {@code taps.md}. None of impact serious or
 * critical may remain. A module screen's fields are typed on the shell's keys, never the browser's date field.
 */
class AccessibilityWalkUiIT {

    /** Demo accounts by role, in the order a staff screen is opened as (the first role that may open it). */
    private static final Map<String, String> LOGINS = new java.util.LinkedHashMap<>(Map.of("TKSK", "tksk:tksk123",
            "KASI_KESOS", "kasi:kasi123", "CAMAT", "camat:camat123", "PSM", "psm:psm123", "DINSOS", "dinsos:dinsos123",
            "ADMIN", "admin:admin123"));

    /** The CSS custom properties docs/api.md promises a module screen. */
    private static final List<String> CONTRACT = List.of("--fg", "--bg", "--accent", "--accent-fg", "--muted", "--danger",
            "--ok", "--focus", "--radius", "--gap");

    /**
     * Every public form is filed to its receipt ({@link FormFiler}); -Da11y.forms=first walks each only to its first
     * question (a quicker look while working on a screen).
     */
    private static final boolean WHOLE_FORMS = !"first".equals(System.getProperty("a11y.forms", "whole"));

    private static Browser browser;
    private static KioskUi ui;
    private static Kiosk kiosk;

    private final Map<String, Integer> byRule = new TreeMap<>();
    private final List<String> problems = new ArrayList<>();
    private final List<String> screens = new ArrayList<>();
    /** Taps and screens from "Mulai" to the receipt per service, as filed in the first mode. */
    private final Map<String, FormFiler.Filed> taps = new java.util.LinkedHashMap<>();
    private String mode;
    private final Map<String, Long> seconds = new java.util.LinkedHashMap<>();

    @BeforeAll
    static void open() throws Exception {
        // only this walk's photographs are left for review, not an earlier run's screens that no longer exist
        Path shots = Path.of(System.getProperty("a11y.screenshots"));
        if (Files.isDirectory(shots)) {
            try (java.util.stream.Stream<Path> old = Files.walk(shots)) {
                old.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(shots)).forEach(p -> p.toFile().delete());
            }
        }
        kiosk = Kiosk.get();
        browser = new Browser(KioskUi.PORTRAIT_W, KioskUi.PORTRAIT_H);
        ui = new KioskUi(browser, kiosk);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void everyServiceAndEveryModuleScreenByTouchInBothThemesAndTextSizes() throws Exception {
        List<JsonObject> services = kiosk.get("/api/services").object().getJsonArray("services")
                .getValuesAs(JsonObject.class);
        List<JsonObject> residents = services.stream().filter(s -> s.getBoolean("public")).toList();
        Map<String, List<JsonObject>> staffScreens = new TreeMap<>();
        services.stream().filter(s -> !s.getBoolean("public") && s.get("screen") instanceof JsonObject)
                .forEach(s -> staffScreens.computeIfAbsent(roleFor(s), r -> new ArrayList<>()).add(s));
        String report = "";
        long began = System.nanoTime();
        // -Da11y.modes=normal-regular walks one mode (a quicker look while working on a screen)
        String only = System.getProperty("a11y.modes", "");
        try {
            for (boolean contrast : new boolean[] {false, true}) {
                for (boolean large : new boolean[] {false, true}) {
                    mode = (contrast ? "contrast" : "normal") + "-" + (large ? "large" : "regular");
                    if (!only.isEmpty() && !only.contains(mode)) {
                        continue;
                    }
                    long modeBegan = System.nanoTime();
                    start(contrast, large);
                    check("home");
                    List<String> own = kioskTiles(residents);
                    for (JsonObject service : residents) {
                        walk(service);
                    }
                    for (String tile : own) {
                        walk(tile);
                    }
                    for (Map.Entry<String, List<JsonObject>> role : staffScreens.entrySet()) {
                        String[] login = LOGINS.get(role.getKey()).split(":");
                        start(contrast, large);
                        ui.login(login[0], login[1], false);
                        for (JsonObject service : role.getValue()) {
                            staffScreen(service);
                        }
                    }
                    seconds.put(mode, (System.nanoTime() - modeBegan) / 1_000_000_000);
                }
            }
        } finally {
            report = "screens walked: " + screens.size() + " in " + (System.nanoTime() - began) / 1_000_000_000 + " s " + seconds
                    + "\nserious or critical violations by rule (nodes): " + byRule + "\n" + String.join("\n", problems) + "\n";
            Path dir = Files.createDirectories(Path.of(System.getProperty("a11y.screenshots")));
            Files.writeString(dir.resolve("axe-walk.txt"), report, StandardCharsets.UTF_8);
            StringBuilder table = new StringBuilder("| service | taps from \"Mulai\" to the receipt (a status: to its answer)"
                    + " | screens |\n|---|---|---|\n");
            taps.forEach((title, f) -> table.append("| ").append(title).append(" | ").append(f.taps()).append(" | ")
                    .append(f.screens()).append(" |\n"));
            Files.writeString(dir.resolve("taps.md"), table, StandardCharsets.UTF_8);
            System.out.println(report + table);
        }
        int staff = staffScreens.values().stream().mapToInt(List::size).sum();
        int modes = only.isEmpty() ? 4 : only.split(",").length;
        // each form is walked to its receipt: its intro, a screen per question asked, the review and the receipt
        long forms = WHOLE_FORMS ? residents.stream().filter(s -> !(s.get("screen") instanceof JsonObject)).count() : 0;
        assertTrue(screens.size() >= modes * (1 + residents.size() + 3 + staff + 3 * forms), report);
        assertEquals(forms, taps.size(), "forms filed to their receipt: " + taps.keySet());
        assertEquals(Map.of(), byRule, report);
    }

    private static String roleFor(JsonObject service) {
        List<String> roles = service.getJsonArray("startedBy").getValuesAs(jakarta.json.JsonString::getString);
        return LOGINS.keySet().stream().filter(roles::contains).findFirst()
                .orElseThrow(() -> new AssertionError(service + " names no staff role with a demo account"));
    }

    /** A fresh kiosk in the mode, set by touch on the toolbar, at home. */
    private void start(boolean contrast, boolean large) {
        ui.fresh();
        if (contrast) {
            ui.tap("Kontras tinggi");
        }
        if (large) {
            ui.tap("Teks besar");
        }
        ui.tap("Sentuh layar untuk mulai");
        ui.awaitPath("/home");
        ui.settled();
        assertEquals(contrast, ui.js("return document.documentElement.classList.contains('theme-contrast')"));
        assertEquals(large, ui.js("return document.documentElement.classList.contains('text-large')"));
    }

    /** A public service from its tile on home: its first screen, then its first question (or its module screen). */
    private void walk(JsonObject service) throws IOException {
        String name = service.getString("program") + "-" + service.getString("id");
        if (WHOLE_FORMS && !(service.get("screen") instanceof JsonObject)) {
            // each form filed as a resident arriving files it: the kiosk keeps a visit's answers (a status check's
            // answer, the NIK), which would spare the next service its questions and its taps
            start(mode.startsWith("contrast"), mode.endsWith("large"));
        } else {
            home();
        }
        ui.openService(service.getString("title"));
        if (service.get("screen") instanceof JsonObject screen) {
            moduleScreen(name, screen.getString("element"));
            if ("sankem-status".equals(screen.getString("element"))) {
                lookUpByTouch(name);
            }
            return;
        }
        check(name);
        if (!WHOLE_FORMS) {
            List<WebElement> begin = ui.driver.findElements(By.xpath("//main//button[normalize-space(.)='Mulai']"));
            if (!begin.isEmpty()) {
                ui.click(begin.get(0));
            }
            ui.await(By.cssSelector("#main h2.question"));
            check(name + "-q1");
            return;
        }
        JsonObject definition = kiosk.get("/api/programs/" + service.getString("program") + "/services/"
                + service.getString("id")).object();
        FormFiler filer = new FormFiler(ui, definition);
        FormFiler.Filed filed = filer.file(name, this::check);
        for (int again = 1; filed == null && again < 6; again++) {
            // a new visit: the kiosk keeps a form's answers for the visit, the NIK among them
            start(mode.startsWith("contrast"), mode.endsWith("large"));
            ui.openService(service.getString("title"));
            filed = filer.file(name + "-" + again, this::check);
        }
        assertTrue(filed != null, name + " was refused for every person tried: " + filer.refusal());
        taps.putIfAbsent(service.getString("title"), filed);
    }

    /**
     * Each need screen of home ("Cek status", "Ajukan bantuan", …), checked, and the entries on them that are the
     * kiosk's own (screener, status check, tracking), not a program's service.
     */
    @SuppressWarnings("unchecked")
    private List<String> kioskTiles(List<JsonObject> services) throws IOException {
        List<String> programs = services.stream().map(s -> s.getString("title")).toList();
        List<String> needs = (List<String>) ui.js("return [...document.querySelectorAll('#main ul.needs button[data-need]')]"
                + ".map(b => b.dataset.need)");
        List<String> tiles = new ArrayList<>();
        for (String need : needs) {
            home();
            ui.click(ui.await(By.cssSelector("#main ul.needs button[data-need='" + need + "']")));
            ui.awaitPath("/layanan/");
            ui.settled();
            check("need-" + need);
            tiles.addAll((List<String>) ui.js("return [...document.querySelectorAll('#main ul.entries .tile-title')]"
                    + ".map(e => e.textContent.trim())"));
        }
        List<String> own = tiles.stream().filter(t -> !programs.contains(t)).toList();
        assertTrue(own.size() >= 3, "the kiosk's own tiles: " + tiles);
        return own;
    }

    /** One of the kiosk's own tiles to its first screen, and its first question when it asks one. */
    private void walk(String tile) throws IOException {
        home();
        ui.openService(tile);
        String name = "kiosk-" + ui.path().replaceAll("[^a-z]+", " ").trim().replace(' ', '-');
        check(name);
        List<WebElement> begin = ui.driver.findElements(By.xpath("//main//button[normalize-space(.)='Mulai']"));
        if (!begin.isEmpty()) {
            ui.click(begin.get(0));
            ui.await(By.cssSelector("#main h2.question"));
            check(name + "-q1");
        }
    }

    /** The death-benefit lookup typed on its own on-screen keyboard and sent with its button. */
    private void lookUpByTouch(String name) throws IOException {
        WebElement screen = ui.await(By.cssSelector("#main sankem-status"));
        WebElement keyboard = (WebElement) ui.js("return arguments[0].shadowRoot.querySelector('.keyboard')", screen);
        assertTrue(keyboard != null && keyboard.isDisplayed(), "the lookup has an on-screen keyboard");
        for (char c : "SANKEM-0".toCharArray()) {
            keyboard.findElement(By.xpath(".//button[normalize-space(.)='" + c + "']")).click();
        }
        WebElement field = (WebElement) ui.js("return arguments[0].shadowRoot.querySelector('input')", screen);
        assertEquals("SANKEM-0", field.getAttribute("value"));
        ui.click((WebElement) ui.js("return arguments[0].shadowRoot.querySelector('button.primary')", screen));
        new WebDriverWait(ui.driver, Duration.ofSeconds(20)).until(d -> (Boolean) ui.js(
                "return !!arguments[0].shadowRoot.querySelector('.error, [role=status]:not(:empty)')", screen));
        check(name + "-answer");
    }

    /** A staff module screen, from its tile on the staff home (logged in as a role that may open it). */
    private void staffScreen(JsonObject service) throws IOException {
        home();
        ui.openService(service.getString("title"));
        moduleScreen(service.getString("program") + "-" + service.getString("id"),
                service.getJsonObject("screen").getString("element"));
    }

    private void moduleScreen(String name, String element) throws IOException {
        WebElement screen = ui.await(By.cssSelector("#main " + element));
        String text = "const r = arguments[0].shadowRoot || arguments[0]; return r.textContent || '';";
        new WebDriverWait(ui.driver, Duration.ofSeconds(20)).withMessage(name + " did not load")
                .until(d -> {
                    String shown = (String) ui.js(text, screen);
                    return !shown.isBlank() && !shown.contains("Memuat");
                });
        assertEquals(List.of(), ui.js("const style = getComputedStyle(arguments[0]);"
                + "return arguments[1].filter(v => !style.getPropertyValue(v).trim());", screen, CONTRACT),
                name + " misses the documented variables in " + mode);
        check(name);
        assertEquals(List.of(), ui.js("return [...arguments[0].shadowRoot?.querySelectorAll('input[type=date]') || []]"
                + ".map(i => i.name)", screen), name + " shows the browser's own date field (mm/dd/yyyy)");
        if ("normal-regular".equals(mode)) {
            typedByTouch(name, screen);
        }
    }

    /**
     * A field of a module screen typed on the shell's keys: touching it docks the keypad or keyboard, a key types
     * into it; a date is typed as day, month and year and reaches the screen's form as an ISO date.
     */
    private void typedByTouch(String name, WebElement screen) throws IOException {
        WebElement field = (WebElement) ui.js("return [...(arguments[0].shadowRoot?.querySelectorAll('input.date-entry,"
                + " input:not([type]):not(.entry), input[type=text]:not(.entry), input[type=number], textarea') || [])]"
                + ".find(e => e.getClientRects().length > 0 && !e.disabled) || null", screen);
        if (field == null) {
            return;
        }
        ui.click(field);
        WebElement keys = (WebElement) ui.js("return arguments[0].shadowRoot.querySelector('.keys-dock:not([hidden])"
                + " .keypad, .keys-dock:not([hidden]) .keyboard')", screen);
        assertTrue(keys != null && keys.isDisplayed(), name + ": touching a field shows no on-screen keys");
        if (field.getAttribute("class") != null && field.getAttribute("class").contains("date-entry")) {
            ui.js("arguments[0].value = ''; arguments[0].dispatchEvent(new Event('input'))", field);
            for (char c : "05012026".toCharArray()) {
                ui.click(keys.findElement(By.xpath(".//button[normalize-space(.)='" + c + "']")));
            }
            assertEquals("05-01-2026", field.getAttribute("value"), name + ": the date as typed");
            assertEquals("2026-01-05", ui.js("return arguments[0].nextElementSibling.value", field),
                    name + ": the date the form sends");
        } else {
            String before = field.getAttribute("value");
            ui.click(keys.findElement(By.cssSelector("button")));
            assertTrue(!field.getAttribute("value").equals(before), name + ": a key typed nothing");
        }
        check(name + "-keys");
    }

    private void home() {
        ui.tap("Beranda");
        ui.awaitPath("/home");
        ui.settled();
    }

    /** axe-core on the screen as it is, and a full-page photograph of it. */
    @SuppressWarnings("unchecked")
    private void check(String screen) throws IOException {
        Path dir = Files.createDirectories(Path.of(System.getProperty("a11y.screenshots"), mode));
        Files.write(dir.resolve(screen + ".png"), fullPage());
        for (Map<String, Object> v : browser.seriousViolations()) {
            List<Map<String, Object>> nodes = (List<Map<String, Object>>) v.get("nodes");
            byRule.merge(String.valueOf(v.get("id")), nodes.size(), Integer::sum);
            problems.add(mode + " " + screen + ": " + v.get("id") + " (" + v.get("impact") + ") "
                    + nodes.stream().limit(4).map(n -> String.valueOf(n.get("target")) + " " + abbreviated(n)).toList());
        }
        screens.add(mode + "/" + screen);
    }

    /** The whole page, not only the 1080 × 1920 the resident sees at once (capped at five screens' height). */
    private static byte[] fullPage() {
        long height = Math.min(5 * KioskUi.PORTRAIT_H, ((Number) ui.js(
                "return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)")).longValue());
        Map<String, Object> shot = ui.driver.executeCdpCommand("Page.captureScreenshot", Map.of("captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", KioskUi.PORTRAIT_W, "height", height, "scale", 1)));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    private static String abbreviated(Map<String, Object> node) {
        String summary = String.valueOf(node.get("failureSummary")).replaceAll("\\s+", " ");
        return summary.length() > 200 ? summary.substring(0, 200) + "…" : summary;
    }

}
