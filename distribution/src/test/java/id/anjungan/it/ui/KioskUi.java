package id.anjungan.it.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.fail;

import id.anjungan.it.Browser;
import id.anjungan.it.Kiosk;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives the kiosk UI the way a person does: taps on buttons and tiles, digits on the on-screen keypad, generated
 * forms answered one question per screen. Every screen on the way can be photographed with {@link #shot(String)}.
 */
final class KioskUi {

    static final int PORTRAIT_W = 1080;
    static final int PORTRAIT_H = 1920;

    final Browser browser;
    final Kiosk kiosk;
    final ChromeDriver driver;
    private int loads;

    KioskUi(Browser browser, Kiosk kiosk) {
        this.browser = browser;
        this.kiosk = kiosk;
        this.driver = browser.driver();
        size(PORTRAIT_W, PORTRAIT_H);
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(driver, Duration.ofSeconds(25));
    }

    /** A fresh page (nothing in memory from the previous test) on the attract screen. */
    void fresh() {
        browser.open(kiosk.url("/?load=" + (++loads) + "#/"));
        waitFor().until(d -> "true".equals(js("return document.documentElement.dataset.ready || ''")));
        await(By.cssSelector("#main .attract"));
        js("window.__taps = 0; document.addEventListener('click', () => { window.__taps++; }, true);");
    }

    /** Taps (clicks) on the page since it was loaded by {@link #fresh()}. */
    long taps() {
        return ((Number) js("return window.__taps || 0")).longValue();
    }

    void waitForStale(WebElement element) {
        waitFor().until(ExpectedConditions.stalenessOf(element));
    }

    /** Types text on the on-screen letter keyboard, a tap per character, with shift where the case needs it. */
    void typeOnKeyboard(String text) {
        typeOnKeyboard(text, true);
    }

    /** As {@link #typeOnKeyboard(String)}; without matchCase the letter keys are tapped as shown, never shift. */
    void typeOnKeyboard(String text, boolean matchCase) {
        WebElement keyboard = await(By.cssSelector("#main .keyboard"));
        for (char c : text.toCharArray()) {
            if (c == ' ') {
                click(keyboard.findElement(By.xpath(".//button[normalize-space(.)='Spasi' or normalize-space(.)='Space']")));
                continue;
            }
            String shown = (String) js("return [...arguments[0].querySelectorAll('.row:not(:last-child) button')]"
                    + ".find(b => b.textContent.toLowerCase() === arguments[1].toLowerCase())?.textContent || ''", keyboard,
                    String.valueOf(c));
            if (matchCase && Character.isLetter(c) && !shown.equals(String.valueOf(c))) {
                click(keyboard.findElement(By.xpath(".//button[@aria-pressed]")));
            }
            click(keyboard.findElement(By.xpath(".//div[contains(@class,'row')][position() < last()]/button[translate(normalize-space(.), "
                    + "'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')='" + Character.toLowerCase(c) + "']")));
        }
    }

    /** Chooses an ISO date on the date picker of the current question: year (through its decade), month, day. */
    void pickDate(String iso) {
        java.time.LocalDate date = java.time.LocalDate.parse(iso);
        WebElement picker = await(By.cssSelector("#main .datepick"));
        String year = String.valueOf(date.getYear());
        if (picker.findElements(By.xpath(".//button[normalize-space(.)='" + year + "']")).isEmpty()) {
            click(picker.findElement(By.xpath(".//button[normalize-space(.)='" + (date.getYear() / 10 * 10) + "-an']")));
        }
        click(picker.findElement(By.xpath(".//button[normalize-space(.)='" + year + "']")));
        String month = date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.forLanguageTag("id"));
        click(picker.findElement(By.xpath(".//button[normalize-space(.)='" + month + "']")));
        click(picker.findElement(By.xpath(".//div[contains(@class,'days')]/button[normalize-space(.)='" + date.getDayOfMonth() + "']")));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    String path() {
        return (String) js("return decodeURIComponent(location.hash.replace(/^#/, ''))");
    }

    /** Opens a kiosk route the way the app's own hash navigation does (no page load). */
    void go(String route) {
        js("location.hash = arguments[0]", "#" + route);
        awaitPath(route);
        settled();
    }

    void awaitPath(String prefix) {
        waitFor().withMessage(() -> "route " + prefix + " not reached; at " + path()).until(d -> path().startsWith(prefix));
    }

    /** Waits until the current view has rendered (no loading line left in main). */
    void settled() {
        waitFor().until(d -> (Boolean) js("const m = document.getElementById('main');"
                + "return !!m.querySelector('section.view') && !m.querySelector(':scope > .loading');"));
    }

    /** Runs action (which re-renders the current view) and waits for the new view to be in place. */
    void rerendered(Runnable action) {
        js("const v = document.querySelector('#main section.view'); if (v) v.dataset.stale = 'yes';");
        action.run();
        waitFor().until(d -> (Boolean) js("const m = document.getElementById('main');"
                + "const v = m.querySelector('section.view');"
                + "return !!v && !v.dataset.stale && !m.querySelector(':scope > .loading');"));
    }

    WebElement await(By by) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void awaitText(String text) {
        waitFor().withMessage(() -> "text '" + text + "' not shown; page says: " + abbreviate(text()))
                .until(d -> text().contains(text));
    }

    String text() {
        return browser.text();
    }

    String mainText() {
        return (String) js("return document.getElementById('main').innerText");
    }

    /** A visible button or link (in an open dialog first, else in the page) whose text contains label. */
    WebElement button(String label) {
        return waitFor().withMessage(() -> "no button '" + label + "'; page says: " + abbreviate(text())).until(d -> {
            List<WebElement> dialog = d.findElements(By.cssSelector(".overlay .dialog"));
            By by = By.xpath(".//*[self::button or self::a][contains(normalize-space(.), " + xpathLiteral(label) + ")]");
            List<WebElement> found = dialog.isEmpty() ? d.findElements(By.xpath("//*[self::button or self::a]"
                    + "[contains(normalize-space(.), " + xpathLiteral(label) + ")]")) : dialog.get(0).findElements(by);
            return found.stream().filter(WebElement::isDisplayed).filter(WebElement::isEnabled).findFirst().orElse(null);
        });
    }

    void tap(String label) {
        click(button(label));
    }

    void click(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center'})", element);
        try {
            element.click();
        } catch (ElementClickInterceptedException e) {
            js("arguments[0].click()", element);
        }
    }

    Path shot(String name) throws IOException {
        return browser.screenshot(name);
    }

    /** Sets the viewport (not the window) to width × height CSS pixels. */
    void size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        long innerW = ((Number) js("return window.innerWidth")).longValue();
        long innerH = ((Number) js("return window.innerHeight")).longValue();
        if (innerW != width || innerH != height) {
            driver.manage().window().setSize(new Dimension(width + (int) (width - innerW), height + (int) (height - innerH)));
        }
    }

    /** Types digits on the on-screen numeric keypad next to the current input. */
    void keypad(String digits) {
        WebElement pad = await(By.cssSelector("#main .keypad"));
        for (char c : digits.toCharArray()) {
            pad.findElement(By.xpath(".//button[normalize-space(.)='" + c + "']")).click();
        }
    }

    /**
     * Answers a generated form question by question (field name → answer; a missing optional field is skipped, a
     * missing date is "today", a date is an ISO string), photographing every step as flow-NN-field, and stops on the
     * review step.
     */
    void answer(String flow, Map<String, Object> answers) throws IOException {
        String previous = null;
        int step = 0;
        for (int guard = 0; guard < 40; guard++) {
            WebElement question = await(By.cssSelector("#main h2.question"));
            String id = question.getAttribute("id");
            if (id == null || id.isEmpty()) {
                return;
            }
            String field = id.substring(2);
            if (field.equals(previous)) {
                fail("question '" + field + "' was not accepted: " + abbreviate(mainText()));
            }
            previous = field;
            if (!driver.findElements(By.cssSelector("#main section.shared-field")).isEmpty()) {
                answerShared(answers);
                shot(String.format("%s-q%02d-%s", flow, ++step, field));
                click(driver.findElement(By.cssSelector("#main .step-main > .actions .btn-primary")));
                waitFor().withMessage(() -> "stuck on '" + field + "': " + abbreviate(mainText()))
                        .until(ExpectedConditions.stalenessOf(question));
                continue;
            }
            Object value = answers.get(field);
            WebElement body = driver.findElement(By.cssSelector("#main .step-body"));
            if (value == null && !body.findElements(By.cssSelector("p.entry")).isEmpty()) {
                // answered already (the NIK an assisted session carries in, shown masked): go on with it
                assertFalse(body.findElement(By.cssSelector("p.entry")).getText().matches(".*\\d{16}.*"), "shown unmasked");
            } else if (value == null) {
                List<WebElement> skip = driver.findElements(By.xpath("//main//button[normalize-space(.)='Lewati']"));
                if (!skip.isEmpty()) {
                    shot(String.format("%s-q%02d-%s", flow, ++step, field));
                    click(skip.get(0));
                    waitFor().until(ExpectedConditions.stalenessOf(question));
                    continue;
                }
                if (body.findElements(By.cssSelector(".datepick")).isEmpty()) {
                    fail("no answer for the required question '" + field + "'");
                }
                List<WebElement> today = body.findElements(By.xpath(".//button[normalize-space(.)='Hari ini']"));
                if (!today.isEmpty()) {
                    click(today.get(0));
                }
            } else if (!body.findElements(By.cssSelector(".datepick")).isEmpty()) {
                pickDate(String.valueOf(value));
            } else if (value instanceof Path file) {
                WebElement input = body.findElement(By.cssSelector(".capture input[type=file]"));
                input.sendKeys(file.toAbsolutePath().toString());
                waitFor().until(ExpectedConditions.stalenessOf(question));
                await(By.cssSelector("#main .capture .notice"));
            } else if (!body.findElements(By.cssSelector(".choices")).isEmpty()) {
                WebElement choice = body.findElement(By.cssSelector(".choices button[data-value=" + cssLiteral(String.valueOf(value)) + "]"));
                click(choice);
                waitFor().until(ExpectedConditions.stalenessOf(question));
            } else if (!body.findElements(By.cssSelector("input.entry")).isEmpty()) {
                keypad(String.valueOf(value));
            } else if (!body.findElements(By.cssSelector("textarea.entry")).isEmpty()) {
                body.findElement(By.cssSelector("textarea.entry")).sendKeys(String.valueOf(value));
            } else {
                fail("cannot answer '" + field + "' with " + value);
            }
            shot(String.format("%s-q%02d-%s", flow, ++step, field));
            WebElement current = await(By.cssSelector("#main h2.question"));
            click(driver.findElement(By.cssSelector("#main .step-main > .actions .btn-primary")));
            waitFor().withMessage(() -> "stuck on '" + field + "': " + abbreviate(mainText()))
                    .until(ExpectedConditions.stalenessOf(current));
        }
        fail("the form did not reach its review step");
    }

    /**
     * Answers every question of a screen that asks several yes/no questions or counts (field name → answer): a tap on
     * the answer, or a tap on the count (unless it is the one marked) and its digits on the shared keypad. Returns the
     * fields in screen order.
     */
    List<String> answerShared(Map<String, ?> answers) {
        await(By.cssSelector("#main section.shared-field"));
        List<String> fields = driver.findElements(By.cssSelector("#main section.shared-field")).stream()
                .map(s -> s.getAttribute("data-field")).toList();
        for (String field : fields) {
            Object value = answers.get(field);
            if (value == null) {
                fail("no answer for the question '" + field + "' on a shared screen");
            }
            WebElement section = await(By.cssSelector("#main section.shared-field[data-field=" + cssLiteral(field) + "]"));
            List<WebElement> choice = section.findElements(By.cssSelector(".choices button[data-value="
                    + cssLiteral(String.valueOf(value)) + "]"));
            if (!choice.isEmpty()) {
                click(choice.get(0));
                waitFor().until(ExpectedConditions.stalenessOf(section));
            } else {
                if (!section.getAttribute("class").contains("typing")) {
                    click(section.findElement(By.cssSelector("input.entry"))); // the keypad types into the marked count
                }
                keypad(String.valueOf(value));
            }
        }
        return fields;
    }

    /** On the review step: sends and waits for the receipt; returns the tracking number. */
    String sendForReceipt(String flow) throws IOException {
        await(By.cssSelector("#main ul.review"));
        shot(flow + "-review");
        click(driver.findElement(By.cssSelector("#main .view .actions .btn-primary")));
        waitFor().withMessage(() -> "no receipt; page says: " + abbreviate(mainText())).until(d -> path().startsWith("/receipt/"));
        settled();
        String tracking = await(By.cssSelector("#main .tracking")).getText().trim();
        assertFalse(tracking.isEmpty());
        shot(flow + "-receipt");
        return tracking;
    }

    /** Staff login through the login screen; PIN on the numeric keypad, a password typed. */
    void login(String user, String secret, boolean pin) {
        if (!path().startsWith("/login")) {
            tap("Masuk petugas");
            awaitPath("/login");
        }
        settled();
        if (!pin) {
            tap("Dengan kata sandi");
        }
        WebElement name = await(By.id("login-user"));
        name.click();
        name.sendKeys(user);
        WebElement secretInput = driver.findElement(By.id("login-secret"));
        secretInput.click();
        if (pin) {
            keypad(secret);
        } else {
            secretInput.sendKeys(secret);
        }
        driver.findElement(By.id("login-go")).click();
        waitFor().withMessage(() -> "login failed: " + abbreviate(mainText())).until(d -> !path().startsWith("/login"));
        settled();
    }

    /** Whether the page was loaded again since {@link #markPage()}. */
    void markPage() {
        js("window.__sameKioskPage = 'yes'");
    }

    void assertSamePage() {
        assertNotEquals(null, js("return window.__sameKioskPage || null"), "the page was reloaded");
    }

    /** The titles of the entries on the current need screen (home → "Cek status" and the like). */
    @SuppressWarnings("unchecked")
    List<String> serviceTiles() {
        return (List<String>) js("const grid = document.querySelector('#main ul.tiles.entries');"
                + "return grid ? [...grid.querySelectorAll('.tile-title')].map(e => e.textContent) : [];");
    }

    /**
     * From the home screen, opens the entry titled title the way a resident finds it: the home groups services by
     * need ("Cek status", "Ajukan bantuan", "Laporkan masalah"), so each need is opened until its screen lists it.
     */
    void openService(String title) {
        By entry = By.xpath("//main//ul[contains(@class,'entries')]//button[.//span[@class='tile-title' and "
                + "normalize-space(.)=" + xpathLiteral(title) + "]]");
        await(By.cssSelector("#main ul.needs"));
        int needs = driver.findElements(By.cssSelector("#main ul.needs button[data-need]")).size();
        for (int i = 0; i < needs; i++) {
            click(driver.findElements(By.cssSelector("#main ul.needs button[data-need]")).get(i));
            awaitPath("/layanan/");
            settled();
            List<WebElement> found = driver.findElements(entry);
            if (!found.isEmpty()) {
                click(found.get(0));
                waitFor().until(d -> !path().startsWith("/layanan/"));
                settled();
                return;
            }
            click(driver.findElement(By.cssSelector("#topbar nav button:nth-of-type(2)")));
            awaitPath("/home");
            settled();
        }
        fail("no need lists '" + title + "': " + abbreviate(mainText()));
    }

    /** A small PNG standing for a photographed document. */
    static Path png(String name, String caption) throws IOException {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 320, 200);
        g.setColor(Color.BLACK);
        g.drawRect(10, 10, 300, 180);
        g.drawString(caption, 30, 100);
        g.dispose();
        Path file = Files.createTempFile(name, ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** A NIK of Kota Semarang (3374) that no demo list holds: district 01, a birth date, a random serial. */
    static String freshNik(int day, int month, int year) {
        int serial = 5000 + ThreadLocalRandom.current().nextInt(4999);
        return String.format("337401%02d%02d%02d%04d", day, month, year % 100, serial);
    }

    static String freshKk() {
        int serial = 5000 + ThreadLocalRandom.current().nextInt(4999);
        return String.format("337401%02d%02d%02d%04d", 1 + ThreadLocalRandom.current().nextInt(28),
                1 + ThreadLocalRandom.current().nextInt(12), 10 + ThreadLocalRandom.current().nextInt(14), serial);
    }

    /** Row (1-based, after the header) of a module's demo recipient list, e.g. demoRow("bpnt", 1). */
    static Map<String, String> demoRow(String module, int row) throws IOException {
        Path csv = Path.of(System.getProperty("user.dir")).getParent().resolve("modules").resolve(module)
                .resolve("src/main/demo/recipients.csv");
        List<String> lines = Files.readAllLines(csv);
        String[] head = lines.get(0).split(",");
        String[] cells = lines.get(row).split(",");
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < head.length && i < cells.length; i++) {
            map.put(head[i], cells[i]);
        }
        return map;
    }

    static String abbreviate(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ");
        return flat.length() > 600 ? flat.substring(0, 600) + "…" : flat;
    }

    private static String xpathLiteral(String s) {
        if (!s.contains("'")) {
            return "'" + s + "'";
        }
        return "concat('" + s.replace("'", "', \"'\", '") + "')";
    }

    private static String cssLiteral(String s) {
        return "\"" + s.replace("\"", "\\\"") + "\"";
    }

    WebDriver.Window window() {
        return driver.manage().window();
    }
}
