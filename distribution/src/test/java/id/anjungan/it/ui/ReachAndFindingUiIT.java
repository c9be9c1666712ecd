package id.anjungan.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.it.Browser;
import id.anjungan.it.Kiosk;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The kiosk as a floor-standing 1080×1920 portrait screen meets an elderly or seated resident: the home and every
 * need screen fit one screen in both text sizes, every public service is on exactly one need screen with its
 * program named, what a finger must reach (the primary action, the keypad, the tiles) sits in the reachable band,
 * each key screen has one primary action, and read-aloud reads the title and a short summary as compact audio.
 */
class ReachAndFindingUiIT {

    /** The top third of a 1,920 px portrait screen is above the reach of a seated person (about 1,220 mm). */
    static final int BAND_TOP = KioskUi.PORTRAIT_H / 3;
    static final int PRIMARY_MIN = 64;

    private static Browser browser;
    private static KioskUi ui;
    private static Kiosk kiosk;

    @BeforeAll
    static void open() throws Exception {
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

    private static void startAtHome() {
        ui.fresh();
        ui.tap("Sentuh layar untuk mulai");
        ui.awaitPath("/home");
        ui.settled();
    }

    private static long pageHeight() {
        return ((Number) ui.js("return document.documentElement.scrollHeight")).longValue();
    }

    @Test
    void homeAndEveryNeedFitOneScreenInBothTextSizes() throws Exception {
        startAtHome();
        @SuppressWarnings("unchecked")
        List<String> needs = (List<String>) ui.js("return [...document.querySelectorAll('#main ul.needs button[data-need]')]"
                + ".map(b => b.dataset.need)");
        assertEquals(List.of("status", "apply", "report"), needs, "a resident sees three needs");
        for (boolean large : new boolean[] {false, true}) {
            if (large) {
                ui.click(ui.await(By.cssSelector("#topbar nav button:nth-of-type(4)")));
            }
            String size = large ? "larger text" : "normal text";
            ui.go("/home");
            long home = pageHeight();
            System.out.println("home height, " + size + ": " + home + " px");
            ui.shot("reach-home" + (large ? "-large" : ""));
            assertTrue(home <= KioskUi.PORTRAIT_H, "home scrolls with " + size + ": " + home + " px");
            for (String need : needs) {
                ui.go("/layanan/" + need);
                long height = pageHeight();
                System.out.println(need + " height, " + size + ": " + height + " px");
                ui.shot("reach-need-" + need + (large ? "-large" : ""));
                assertTrue(height <= KioskUi.PORTRAIT_H, need + " scrolls with " + size + ": " + height + " px");
            }
        }
    }

    @Test
    void everyPublicServiceIsOnExactlyOneNeedScreenNamedWithItsProgram() throws Exception {
        startAtHome();
        Map<String, Integer> seen = new HashMap<>();
        List<String> labels = new ArrayList<>();
        for (String need : List.of("status", "apply", "report")) {
            ui.go("/layanan/" + need);
            @SuppressWarnings("unchecked")
            List<String> entries = (List<String>) ui.js("return [...document.querySelectorAll('#main ul.entries .tile')]"
                    + ".map(t => t.querySelector('.tile-title').textContent + ' | ' + (t.querySelector('.tile-program') || {}).textContent)");
            for (String entry : entries) {
                seen.merge(entry.substring(0, entry.indexOf(" | ")), 1, Integer::sum);
                labels.add(entry);
            }
        }
        assertEquals(labels.size(), labels.stream().distinct().count(), "entries a resident cannot tell apart: " + labels);
        for (JsonObject service : kiosk.get("/api/services").object().getJsonArray("services").getValuesAs(JsonObject.class)) {
            if (service.getBoolean("public")) {
                String title = service.getString("title");
                assertEquals(1, seen.getOrDefault(title, 0), "'" + title + "' is on " + seen.getOrDefault(title, 0) + " need screens");
                String program = service.getString("programName");
                assertTrue(labels.contains(title + " | Program: " + program), title + " does not name its program: " + labels);
            }
        }
    }

    /** Where the primary action and the working area of the current screen are, and how many buttons look primary. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> layout() {
        return (Map<String, Object>) ui.js("const probe = document.createElement('span');"
                + "probe.style.background = 'var(--primary)'; document.body.append(probe);"
                + "const primary = getComputedStyle(probe).backgroundColor; probe.remove();"
                + "const shown = e => e.getClientRects().length && getComputedStyle(e).visibility !== 'hidden';"
                + "const looks = [...document.querySelectorAll('#main button, #main a.btn')].filter(shown)"
                + "  .filter(b => getComputedStyle(b).backgroundColor === primary)"
                + "  .filter(b => b.getAttribute('aria-checked') !== 'true' && b.getAttribute('aria-pressed') !== 'true');"
                + "const box = e => { const r = e.getBoundingClientRect(); return {top: r.top, bottom: r.bottom, height: r.height, width: r.width}; };"
                + "const work = document.querySelector('#main .keypad, #main .keyboard, #main ul.tiles');"
                + "return {count: looks.length, labels: looks.map(b => b.textContent.trim()),"
                + " primary: looks.length ? box(looks[0]) : null, work: work ? box(work) : null,"
                + " scrollY: window.scrollY, viewport: innerHeight};");
    }

    private static void assertReachable(String screen, boolean needsPrimary) throws Exception {
        ui.js("window.scrollTo(0, 0)");
        ui.shot("reach-" + screen);
        Map<String, Object> at = layout();
        System.out.println("band " + screen + ": " + at);
        if (needsPrimary) {
            assertEquals(1L, at.get("count"), screen + ": one primary action, not " + at.get("labels"));
            @SuppressWarnings("unchecked")
            Map<String, Object> primary = (Map<String, Object>) at.get("primary");
            double top = ((Number) primary.get("top")).doubleValue();
            double bottom = ((Number) primary.get("bottom")).doubleValue();
            assertTrue(top >= BAND_TOP && bottom <= KioskUi.PORTRAIT_H, screen + ": primary action at " + primary);
            assertTrue(((Number) primary.get("height")).doubleValue() >= PRIMARY_MIN, screen + ": primary " + primary);
        } else {
            assertTrue(((Number) at.get("count")).longValue() <= 1, screen + ": " + at.get("labels"));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> work = (Map<String, Object>) at.get("work");
        if (work != null) {
            assertTrue(((Number) work.get("top")).doubleValue() >= BAND_TOP
                    && ((Number) work.get("bottom")).doubleValue() <= KioskUi.PORTRAIT_H, screen + ": working area at " + work);
        }
    }

    @Test
    void primaryActionAndKeypadSitInTheReachableBandOnEveryKeyScreen() throws Exception {
        startAtHome();
        assertReachable("home", false);
        ui.openService("Masalah KKS atau pencairan");
        assertReachable("service-intro", true);
        ui.click(ui.await(By.xpath("//main//button[normalize-space(.)='Mulai']")));
        ui.await(By.cssSelector("#main .keypad"));
        assertReachable("form-nik", true);
        // the keys themselves are large
        double key = ((Number) ui.js("return Math.min(...[...document.querySelectorAll('#main .keypad button')]"
                + ".map(b => Math.min(b.getBoundingClientRect().height, b.getBoundingClientRect().width)))")).doubleValue();
        assertTrue(key >= PRIMARY_MIN, "keypad keys " + key + " px");

        ui.go("/home");
        ui.openService("Cek status bantuan");
        ui.await(By.cssSelector("#main .keypad"));
        ui.answer("reach-status", Map.of("nik", KioskUi.freshNik(4, 5, 1950), "kk", KioskUi.freshKk()));
        assertReachable("review", true);

        ui.go("/track");
        assertReachable("track", true);

        String body = "{\"program\":\"REHSOS\",\"service\":\"laporkan-orang-terlantar\",\"data\":{\"urgency\":\"BIASA\","
                + "\"category\":\"PGOT\",\"kelurahan\":\"Miroto\",\"location\":\"Bawah jembatan Berok\",\"needs\":\"MAKAN_TEMPAT\"}}";
        Kiosk.Answer filed = kiosk.post("/api/cases", body);
        assertEquals(201, filed.status(), filed.body());
        ui.go("/receipt/" + filed.object().getString("tracking"));
        ui.await(By.cssSelector("#main .tracking"));
        assertReachable("receipt", true);
        assertFalse(ui.driver.findElements(By.xpath("//main//button[contains(., 'Cetak tanda terima')]")).isEmpty());
    }

    @Test
    @SuppressWarnings("unchecked")
    void readAloudReadsTheTitleAndAShortSummaryAsCompactAudioAndAgainInTheOtherLanguage() throws Exception {
        startAtHome();
        ui.js("window.__speech = []; const original = window.fetch; window.fetch = async (url, init) => {"
                + " const answer = await original(url, init);"
                + " if (String(url).includes('/api/speech')) { const bytes = await answer.clone().arrayBuffer();"
                + "  let seconds = -1; try { seconds = (await new OfflineAudioContext(1, 1, 8000).decodeAudioData(bytes.slice(0))).duration; } catch (e) { }"
                + "  window.__speech.push({text: JSON.parse(init.body).text, lang: JSON.parse(init.body).lang,"
                + "   type: answer.headers.get('Content-Type'), bytes: bytes.byteLength, seconds}); }"
                + " return answer; };");
        ui.click(ui.await(By.cssSelector("#topbar nav button:nth-of-type(6)")));
        new WebDriverWait(ui.driver, Duration.ofSeconds(30))
                .until(d -> ((Number) ui.js("return window.__speech.length")).intValue() >= 1);
        Map<String, Object> home = ((List<Map<String, Object>>) ui.js("return window.__speech")).get(0);
        System.out.println("read-aloud home: " + home);
        String text = (String) home.get("text");
        assertTrue(text.startsWith("Layanan bantuan sosial"), "the title first: " + text);
        assertTrue(text.contains("\n"), "a pause after the title: " + text);
        assertTrue(text.contains("Cek status.") && text.contains("Laporkan masalah."), "the choices: " + text);
        assertFalse(text.contains("Kantor Pos") || text.contains("BPNT"), "no service summaries on the home: " + text);
        assertEquals("audio/wav", home.get("type"));
        double seconds = ((Number) home.get("seconds")).doubleValue();
        assertTrue(seconds > 0 && seconds < 30, "the home is read in " + seconds + " s");
        assertTrue(((Number) home.get("bytes")).doubleValue() < seconds * 16_000 + 1_000,
                "16 kHz mu-law: " + home.get("bytes") + " bytes for " + seconds + " s");

        // the language switch reads the screen again, in English
        ui.rerendered(() -> ui.click(ui.await(By.cssSelector("#topbar nav button:nth-of-type(3)"))));
        new WebDriverWait(ui.driver, Duration.ofSeconds(30))
                .until(d -> ((List<Map<String, Object>>) ui.js("return window.__speech")).stream()
                        .anyMatch(s -> "en".equals(s.get("lang"))));
        String english = ((List<Map<String, Object>>) ui.js("return window.__speech")).stream()
                .filter(s -> "en".equals(s.get("lang"))).map(s -> (String) s.get("text")).findFirst().orElseThrow();
        assertTrue(english.startsWith("Social assistance services"), english);

        // a touched tile is read by itself
        ui.js("window.__speech.length = 0; document.querySelector('#main ul.needs button[data-need=report]').focus()");
        new WebDriverWait(ui.driver, Duration.ofSeconds(30))
                .until(d -> ((Number) ui.js("return window.__speech.length")).intValue() >= 1);
        String tile = (String) ((List<Map<String, Object>>) ui.js("return window.__speech")).get(0).get("text");
        assertTrue(tile.startsWith("Report a problem"), tile);
        ui.click(ui.await(By.cssSelector("#topbar nav button:nth-of-type(6)")));
    }
}
