package id.anjungan.it;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium through the system ChromeDriver (never a downloaded browser), with
 * axe-core for accessibility checks and screenshots for a look by eye.
 */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    public Browser(int width, int height) throws IOException {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=" + width + "," + height,
                "--user-data-dir=" + Files.createTempDirectory("chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    public WebElement await(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void awaitText(String text) {
        wait.until(d -> ((String) ((JavascriptExecutor) d).executeScript("return document.body.innerText"))
                .contains(text));
    }

    public String text() {
        return (String) driver.executeScript("return document.body.innerText");
    }

    public Object script(String js, Object... args) {
        return driver.executeScript(js, args);
    }

    /** axe-core violations of impact serious or critical on the current screen. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> seriousViolations() throws IOException {
        // the kiosk is one page: axe-core (half a megabyte of script) stays loaded from screen to screen
        if (!Boolean.TRUE.equals(driver.executeScript("return typeof axe !== 'undefined'"))) {
            driver.executeScript(axeSource());
        }
        Map<String, Object> results = (Map<String, Object>) driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r), e => done({error: String(e)}));");
        List<Map<String, Object>> violations = (List<Map<String, Object>>) results.get("violations");
        return violations.stream().filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .toList();
    }

    public Path screenshot(String name) throws IOException {
        Path dir = Files.createDirectories(Path.of(System.getProperty("screenshots")));
        Path file = dir.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    private static String axe;

    private static synchronized String axeSource() throws IOException {
        if (axe != null) {
            return axe;
        }
        try (InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IOException("axe-core webjar not on the classpath");
            }
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return axe;
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
