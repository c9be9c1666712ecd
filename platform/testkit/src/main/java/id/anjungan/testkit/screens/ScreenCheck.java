package id.anjungan.testkit.screens;

import id.anjungan.spi.Actor;
import id.anjungan.spi.Program;
import id.anjungan.spi.Role;
import id.anjungan.spi.Screen;
import id.anjungan.testkit.host.FrameworkHost;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core on a module's own screen, as the kiosk shows it: the screen's element inside the shell's page and
 * stylesheet, its operations answered by the module running in a {@link FrameworkHost}, in headless Chromium, in both
 * themes (normal, high contrast) and both text sizes. A test of the module calls
 *
 * <pre>{@code
 * assertEquals(List.of(), ScreenCheck.seriousViolations(host, "BERAS", "stock"));
 * }</pre>
 *
 * Needs Chromium and its ChromeDriver ({@code apt install chromium chromium-driver}; other paths with the system
 * properties {@code chrome.binary} and {@code webdriver.chrome.driver}), and on the test class path
 * {@code selenium-java}, axe-core's {@code com.deque.html.axe-core:selenium} and Yasson (the module parent adds them).
 */
public final class ScreenCheck {

    /** Themes and text sizes the kiosk's resident may choose: each is checked. */
    public static final List<String> MODES = List.of("normal/normal", "contrast/normal", "normal/large",
            "contrast/large");

    private ScreenCheck() {
    }

    /**
     * The violations of impact serious or critical on screen {@code screenId} of program {@code code}, one line each
     * ({@code theme/size rule-id (impact) targets}); none is the pass. The screen is opened as the first role its
     * declaration names.
     */
    @SuppressWarnings("unchecked")
    public static List<String> seriousViolations(FrameworkHost host, String code, String screenId) throws Exception {
        Program program = host.program(code);
        Screen screen = program.descriptor().screens().stream().filter(s -> s.id().equals(screenId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(code + " declares no screen " + screenId));
        Role role = screen.roles().stream().sorted().findFirst().orElse(Role.RESIDENT);
        Actor actor = role == Role.RESIDENT ? Actor.resident() : new Actor("screen-check", "Petugas", role, null);
        List<String> found = new ArrayList<>();
        try (ScreenServer server = new ScreenServer(code, program, screen, p -> host.file(code, "ui/" + p), actor)) {
            ChromeDriver driver = chromium();
            try {
                for (String mode : MODES) {
                    String[] themeSize = mode.split("/");
                    driver.get(server.page(themeSize[0], themeSize[1], "id"));
                    new WebDriverWait(driver, Duration.ofSeconds(FrameworkHost.WAIT_SECONDS)).until(d -> driver
                            .executeScript(DRAWN));
                    Object failed = driver.executeScript(FAILED);
                    if (failed != null) { // axe on an error line would check nothing of the screen itself
                        throw new IllegalStateException(code + " screen " + screenId + " shows a problem: " + failed);
                    }
                    driver.executeScript(axe());
                    Map<String, Object> results = (Map<String, Object>) driver.executeAsyncScript(
                            "const done = arguments[arguments.length - 1];"
                                    + "axe.run(document, {resultTypes: ['violations']}).then(done, e => done({error: String(e)}));");
                    if (results.get("error") != null) {
                        throw new IllegalStateException("axe-core failed: " + results.get("error"));
                    }
                    for (Map<String, Object> v : (List<Map<String, Object>>) results.get("violations")) {
                        if ("serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))) {
                            found.add(mode + " " + v.get("id") + " (" + v.get("impact") + ") "
                                    + ((List<Map<String, Object>>) v.get("nodes")).stream().limit(4)
                                    .map(n -> String.valueOf(n.get("target"))).toList());
                        }
                    }
                }
            } finally {
                driver.quit();
            }
        }
        return found;
    }

    /** The screen drew its data or its problem (a KioskScreen), or anything at all (another element). */
    private static final String DRAWN = "const e = document.querySelector('.module-screen');"
            + "return !!(e && e.shadowRoot && (e.data !== undefined || e.message"
            + " || (e.load === undefined && e.shadowRoot.childElementCount > 0)));";

    private static final String FAILED = "const m = document.querySelector('.module-screen').message;"
            + "return m && m.error ? m.text : null;";

    private static ChromeDriver chromium() throws IOException {
        ChromeOptions options = new ChromeOptions();
        String binary = System.getProperty("chrome.binary", "/usr/bin/chromium");
        if (Files.isExecutable(Path.of(binary))) {
            options.setBinary(binary);
        }
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1080,1920", "--user-data-dir=" + Files.createTempDirectory("chromium"));
        ChromeDriverService.Builder service = new ChromeDriverService.Builder().usingAnyFreePort();
        String driver = System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        if (Files.isExecutable(Path.of(driver))) {
            service.usingDriverExecutable(Path.of(driver).toFile());
        }
        return new ChromeDriver(service.build(), options);
    }

    private static String axe() throws IOException {
        try (InputStream in = ScreenCheck.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IOException("axe-core (com.deque.html.axe-core:selenium) is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
