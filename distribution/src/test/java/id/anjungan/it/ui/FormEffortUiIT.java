package id.anjungan.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.it.Browser;
import id.anjungan.it.Kiosk;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Forms that do not waste an old person's effort, by touch at 1080×1920: a refusal at the question that decides it,
 * a step counter that does not grow, a date in a few taps that is never sent untouched, names with capitals, an
 * error that clears once the answer is right, an idle warning that is heard and gives a form more time, and a status
 * answer that says what to check. Also counts the taps and screens of the long forms.
 */
class FormEffortUiIT {

    private static final Pattern STEP = Pattern.compile("(\\d+) dari (\\d+)");

    private static Browser browser;
    private static KioskUi ui;

    @BeforeAll
    static void open() throws Exception {
        browser = new Browser(KioskUi.PORTRAIT_W, KioskUi.PORTRAIT_H);
        ui = new KioskUi(browser, Kiosk.get());
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    private static void startService(String title) {
        ui.fresh();
        ui.tap("Sentuh layar untuk mulai");
        ui.awaitPath("/home");
        ui.settled();
        ui.openService(title);
        ui.click(ui.await(By.xpath("//main//button[normalize-space(.)='Mulai']")));
        ui.await(By.cssSelector("#main h2.question"));
    }

    private static String question() {
        return ui.await(By.cssSelector("#main h2.question")).getAttribute("id").substring(2);
    }

    private static int questions;

    private static void next() {
        questions++;
        WebElement current = ui.await(By.cssSelector("#main h2.question"));
        ui.click(ui.driver.findElement(By.cssSelector("#main .step-main > .actions .btn-primary")));
        ui.waitForStale(current);
    }

    private static void skip() {
        questions++;
        WebElement current = ui.await(By.cssSelector("#main h2.question"));
        ui.tap("Lewati");
        ui.waitForStale(current);
    }

    private static void choose(String value) {
        WebElement current = ui.await(By.cssSelector("#main h2.question"));
        ui.click(ui.await(By.cssSelector("#main .choices button[data-value='" + value + "']")));
        ui.waitForStale(current);
    }

    private static int[] step() {
        String counter = ui.await(By.cssSelector("#main .step-count")).getText();
        Matcher m = STEP.matcher(counter);
        assertTrue(m.find(), "no step counter");
        // a screen may ask several questions: it counts screens, and says so
        assertTrue(counter.startsWith("Langkah "), counter);
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    private static String errorAt(String field) {
        return ui.driver.findElement(By.id("e-" + field)).getText().trim();
    }

    private static String error() {
        return (String) ui.js("const e = document.querySelector('#main [id^=e-]'); return e ? e.innerText.trim() : ''");
    }

    @Test
    void aKjsProposalForSomeoneTooYoungIsRefusedAtTheConditionWithSomewhereElseToGo() throws Exception {
        startService("Cek kelayakan dan usul KJS");
        ui.keypad(KioskUi.freshNik(10, 8, 1988));
        next();
        ui.typeOnKeyboard("Rohmat");
        next();
        ui.typeOnKeyboard("Jl Kauman 7");
        next();
        assertEquals("category", question());
        choose("LANSIA_TERLANTAR");
        next();
        // still at the condition: the refusal is shown here, not after the last question
        WebElement refusal = ui.await(By.cssSelector("#main .refusal"));
        ui.shot("effort-kjs-refused-at-condition");
        assertEquals("category", question());
        String text = refusal.getText();
        assertTrue(text.contains("Belum dapat diajukan") && text.contains("belum 60 tahun"), text);
        assertFalse(text.toLowerCase().contains("diretur"), text);
        assertFalse(refusal.findElements(By.xpath(".//button[normalize-space(.)='Laporkan orang terlantar']")).isEmpty(),
                "Social Rehabilitation's report of a neglected person is not offered: " + text);
        assertTrue(ui.driver.findElements(By.cssSelector("#main .step-main > .actions .btn-primary")).isEmpty(),
                "'Lanjut' is still offered beside the refusal");
        // another answer goes on
        ui.tap("Ubah jawaban");
        choose("DISABILITAS_MENTAL");
        next();
        assertEquals("neglected", question());
        assertTrue(ui.driver.findElements(By.cssSelector("#main .refusal")).isEmpty());
    }

    @Test
    void theStepCounterNeverGrowsWhenABranchOpens() throws Exception {
        startService("Ajukan bantuan rumah");
        List<int[]> steps = new ArrayList<>();
        steps.add(step());
        int nikHeight = ui.await(By.cssSelector("#main input.entry")).getSize().getHeight();
        assertTrue(nikHeight >= 72, "the NIK entry is " + nikHeight + " px high, a primary target 72");
        ui.keypad(KioskUi.freshNik(5, 5, 1975));
        next();
        steps.add(step());
        skip();
        steps.add(step());
        skip();
        steps.add(step());
        choose("Miroto");
        next();
        steps.add(step());
        ui.typeOnKeyboard("Jl Miroto 3");
        next();
        steps.add(step());
        ui.answerShared(Map.of("rt", "3", "rw", "2"));
        next();
        steps.add(step());
        choose("BANJIR"); // a flood: the date of the disaster is asked now
        next();
        assertEquals("disasterDate", question());
        steps.add(step());
        for (int i = 1; i < steps.size(); i++) {
            assertEquals(steps.get(i - 1)[0] + 1, steps.get(i)[0], "the step number did not go up by one");
            assertTrue(steps.get(i)[1] <= steps.get(i - 1)[1], "the total grew from " + steps.get(i - 1)[1] + " to "
                    + steps.get(i)[1]);
        }
    }

    @Test
    void aResidentIsNotAskedWhatOnlyThePendampingKnows() throws Exception {
        startService("Cek kelayakan dan usul KJS");
        ui.answer("effort-kjs-resident", Map.of("nik", KioskUi.freshNik(12, 3, 1960), "name", "Sutarmi",
                "address", "Jl. Kranggan 9", "category", "DISABILITAS_MENTAL", "neglected", "true",
                "centralAid", "TIDAK"));
        String review = ui.mainText();
        assertFalse(review.contains("pengganti"), "a resident was asked whether this replaces a recipient: " + review);
    }

    @Test
    void aDateIsAFewTapsNeverSentUntouchedAndTheErrorClearsOnceItIsRight() throws Exception {
        startService("Ajukan santunan kematian");
        // an error stays while the answer is wrong and goes as soon as it is right, before "Lanjut"
        ui.keypad("33740102");
        next();
        assertEquals("deceasedNik", question());
        assertFalse(error().isEmpty(), "no error for 8 digits of 16");
        String nik = KioskUi.freshNik(2, 2, 1950);
        ui.keypad(nik.substring(8, 15));
        assertFalse(error().isEmpty(), "the error went away while the NIK is still short");
        ui.keypad(nik.substring(15));
        assertEquals("", error(), "the error stayed after the NIK was corrected");
        ui.shot("effort-error-cleared");
        next();
        ui.keypad(KioskUi.freshKk());
        next();
        // a name is typed with capitals without finding the shift key
        assertEquals("deceasedName", question());
        ui.typeOnKeyboard("mbah sukinah", false);
        assertEquals("Mbah Sukinah", ui.driver.findElement(By.cssSelector("#main textarea.entry")).getAttribute("value"));
        ui.shot("effort-name-capitals");
        next();
        assertEquals("dateOfDeath", question());
        WebElement show = ui.await(By.cssSelector("#main .date-show"));
        assertEquals("Tanggal belum dipilih", show.getText());
        ui.shot("effort-date-untouched");
        List<Map<String, Object>> violations = browser.seriousViolations();
        assertTrue(violations.stream().noneMatch(v -> "label-content-name-mismatch".equals(v.get("id"))),
                violations.toString());
        next();
        assertEquals("dateOfDeath", question(), "an untouched date was accepted");
        assertTrue(error().contains("wajib"), error());
        long before = ui.taps();
        ui.pickDate("2019-03-15");
        assertTrue(ui.taps() - before <= 4, "a date of 2019 took " + (ui.taps() - before) + " taps");
        assertEquals("", error(), "the error stayed after a date was chosen");
        assertEquals("15 Maret 2019", ui.await(By.cssSelector("#main .date-show")).getText());
        ui.shot("effort-date-chosen");
        next();
        assertEquals("deathCertificate", question());
    }

    @Test
    void theIdleWarningIsHeardAndAFormInProgressGetsMoreTime() throws Exception {
        ui.fresh();
        ui.tap("Sentuh layar untuk mulai");
        ui.awaitPath("/home");
        ui.settled();
        ui.js("window.__tones = 0; const A = window.AudioContext; window.AudioContext = class extends A {"
                + " createOscillator() { window.__tones++; return super.createOscillator(); } };");
        int blank = warningSeconds();
        assertTrue(blank >= 20, "the warning gives " + blank + " s on a blank screen");
        assertTrue(((Number) ui.js("return window.__tones")).intValue() > 0, "the warning made no sound");

        // reading aloud on, a form with an answer in it
        ui.click(ui.button("Bacakan"));
        ui.openService("Ajukan santunan kematian");
        ui.click(ui.await(By.xpath("//main//button[normalize-space(.)='Mulai']")));
        ui.keypad("3374");
        ui.js("window.__spoken = []; const fetchFirst = window.fetch; window.fetch = (url, init) => {"
                + " if (String(url).includes('speech')) window.__spoken.push(String(init && init.body));"
                + " return fetchFirst(url, init); };");
        ui.js("window.anjunganShortenIdle(1, 1000)");
        int inForm = Integer.parseInt(ui.await(By.cssSelector(".overlay .dialog .count")).getText().trim()) + 1;
        assertTrue(inForm > blank, "a form in progress gets " + inForm + " s, a blank screen " + blank + " s");
        new org.openqa.selenium.support.ui.WebDriverWait(ui.driver, java.time.Duration.ofSeconds(20))
                .withMessage("the warning was not read aloud")
                .until(d -> (Boolean) ui.js("return window.__spoken.some(b => b.includes('masih di sini'))"));
        ui.tap("Ya, saya masih di sini");
        ui.js("window.anjunganShortenIdle()");
        assertTrue(ui.driver.findElements(By.cssSelector(".overlay")).isEmpty());
        assertEquals("3374", ui.driver.findElement(By.cssSelector("#main input.entry")).getAttribute("value"),
                "the answer was lost");
    }

    /** Lets the warning come at once and reads the seconds its countdown starts with. */
    private static int warningSeconds() {
        ui.js("window.anjunganShortenIdle(1, 1000)");
        WebElement count = ui.await(By.cssSelector(".overlay .dialog .count"));
        int seconds = Integer.parseInt(count.getText().trim()) + 1; // it may have ticked once already
        ui.tap("Ya, saya masih di sini");
        ui.js("window.anjunganShortenIdle()");
        ui.driver.findElements(By.cssSelector(".overlay")).forEach(o -> ui.waitForStale(o));
        return seconds;
    }

    @Test
    void aStatusWithAPairThatMatchesNothingSaysWhatToCheck() throws Exception {
        ui.fresh();
        ui.tap("Sentuh layar untuk mulai");
        ui.awaitPath("/home");
        ui.go("/status");
        ui.answer("effort-status", Map.of("nik", KioskUi.freshNik(3, 4, 1955), "kk", KioskUi.freshKk()));
        ui.tap("Cek status");
        ui.awaitText("Status bantuan Anda");
        ui.shot("effort-status-not-found");
        assertTrue(ui.mainText().contains("Periksa: angka NIK dan KK sama dengan kartunya"), ui.mainText());
    }

    /** Taps from "Mulai" to the review step and screens asked, for the report; bounds that the old form broke. */
    @Test
    void theLongFormsTakeFewerTaps() throws Exception {
        startService("Ajukan santunan kematian");
        long start = ui.taps();
        questions = 0;
        ui.keypad(KioskUi.freshNik(2, 2, 1950));
        next();
        ui.keypad(KioskUi.freshKk());
        next();
        ui.typeOnKeyboard("Suparno");
        next();
        ui.pickDate("2026-11-20");
        next();
        WebElement input = ui.driver.findElement(By.cssSelector("#main .capture input[type=file]"));
        input.sendKeys(KioskUi.png("akta", "AKTA").toAbsolutePath().toString());
        ui.await(By.cssSelector("#main .capture .notice"));
        next();
        choose("UNKNOWN");
        next();
        ui.keypad(KioskUi.freshNik(18, 8, 1978));
        next();
        ui.typeOnKeyboard("Sri");
        next();
        choose("CHILD");
        next();
        ui.typeOnKeyboard("BRI");
        next();
        ui.keypad("2031009876");
        next();
        // the account holder is the heir: one tap instead of typing the name again
        ui.tap("Pakai nama: Sri");
        next();
        ui.tap("Lewati");
        questions++;
        ui.await(By.cssSelector("#main ul.review"));
        long taps = ui.taps() - start;
        System.out.println("[taps] Santunan Kematian: " + taps + " taps, " + questions + " screens (names typed in full)");
        ui.shot("effort-sankem-review");
        assertTrue(taps < 116, "Santunan Kematian took " + taps + " taps");
    }

    /**
     * Jum'at Koin's application asked 22 screens one question each; consecutive yes/no questions and counts now share
     * a screen, each question with its own error, read aloud together, and "Sebelumnya" comes back to them.
     */
    @Test
    void jumatKoinAsksRelatedQuestionsTogether() throws Exception {
        startService("Ajukan bantuan rumah");
        long start = ui.taps();
        questions = 0;
        ui.keypad(KioskUi.freshNik(6, 6, 1966));
        next();
        skip();
        skip();
        choose("Miroto");
        next();
        ui.typeOnKeyboard("Jl Miroto 3");
        next();
        assertEquals(List.of("rt", "rw"), ui.answerShared(Map.of("rt", "3", "rw", "2")));
        ui.shot("effort-jumatkoin-rt-rw");
        next();
        choose("BANJIR");
        next();
        ui.pickDate("2026-11-20");
        next();
        choose("BERAT");
        next();
        choose("true");
        next();
        WebElement input = ui.driver.findElement(By.cssSelector("#main .capture input[type=file]"));
        input.sendKeys(KioskUi.png("rumah", "RUMAH").toAbsolutePath().toString());
        ui.await(By.cssSelector("#main .capture .notice"));
        next();
        skip();
        skip();
        assertEquals(List.of("householdSize", "children", "elderly", "disabled"),
                ui.answerShared(Map.of("householdSize", "4", "children", "2", "elderly", "1", "disabled", "0")));
        ui.shot("effort-jumatkoin-counts");
        for (WebElement target : ui.driver.findElements(By.cssSelector("#main section.shared-field input.entry, "
                + "#main .keypad button, #main .step-main > .actions button"))) {
            assertTrue(target.getSize().getHeight() >= 64, "a target of " + target.getSize().getHeight() + " px");
        }
        assertTrue(ui.driver.findElement(By.cssSelector("#main .step-main > .actions .btn-primary")).getLocation().getY()
                > KioskUi.PORTRAIT_H / 2, "'Lanjut' is not in the lower half");
        next();
        assertEquals("femaleHead", question());
        assertEquals(List.of("femaleHead", "dtks", "otherAid"),
                ui.answerShared(Map.of("femaleHead", "true", "dtks", "true", "otherAid", "false")));
        ui.shot("effort-jumatkoin-yes-no");
        next();
        skip();
        ui.await(By.cssSelector("#main ul.review"));
        long taps = ui.taps() - start;
        System.out.println("[taps] Jum'at Koin: " + taps + " taps, " + questions + " screens (address typed in full)");
        assertTrue(questions <= 16, "Jum'at Koin took " + questions + " screens (22 one question each)");

        // read aloud: the screen of three yes/no questions is read as three questions
        ui.js("window.__spoken = []; const fetchFirst = window.fetch; window.fetch = (url, init) => {"
                + " if (String(url).includes('speech')) window.__spoken.push(String(init && init.body));"
                + " return fetchFirst(url, init); };");
        ui.click(ui.button("Bacakan"));
        WebElement review = ui.await(By.cssSelector("#main ul.review"));
        ui.click(review.findElement(By.xpath(".//li[.//span[normalize-space(.)='Apakah kepala keluarga perempuan?']]"
                + "//button")));
        ui.waitForStale(review);
        assertEquals("femaleHead", question());
        new org.openqa.selenium.support.ui.WebDriverWait(ui.driver, java.time.Duration.ofSeconds(20))
                .withMessage("the three questions were not read together")
                .until(d -> (Boolean) ui.js("return window.__spoken.some(b => b.includes('kepala keluarga perempuan')"
                        + " && b.includes('keluarga miskin') && b.includes('pihak lain'))"));
        ui.click(ui.button("Bacakan"));

        // back to the counts, answers kept; a wrong count is marked at its own question only
        ui.tap("Sebelumnya");
        ui.await(By.cssSelector("#main section.shared-field[data-field=children]"));
        assertEquals("2", ui.driver.findElement(By.cssSelector("#main section[data-field=children] input.entry"))
                .getAttribute("value"));
        ui.click(ui.driver.findElement(By.cssSelector("#main section[data-field=children] input.entry")));
        ui.tap("Hapus semua");
        WebElement counts = ui.await(By.cssSelector("#main h2.question"));
        ui.click(ui.driver.findElement(By.cssSelector("#main .step-main > .actions .btn-primary")));
        ui.waitForStale(counts);
        assertTrue(errorAt("children").contains("wajib"), errorAt("children"));
        assertEquals("", errorAt("householdSize"));
        assertEquals("", errorAt("elderly"));
        assertEquals("true", ui.driver.findElement(By.cssSelector("#main section[data-field=children] input.entry"))
                .getAttribute("aria-invalid"));
        ui.shot("effort-jumatkoin-count-error");
        ui.keypad("2"); // the keypad now types into the count that is wrong
        assertEquals("", errorAt("children"), "the error stayed after the count was typed");
        next();
        assertEquals("femaleHead", question());
    }
}
