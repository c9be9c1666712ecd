package id.anjungan.it.city;

import id.anjungan.city.CityTopology;
import id.anjungan.it.Browser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The city tier's admin screen of every kiosk, the rollouts and the programs per kelurahan, as an admin opens it in a
 * browser through HAProxy.
 */
final class CityScreen {

    /**
     * What the screen shows: each kiosk's row, each rollout's card, and axe-core's serious findings; and the staff
     * menu the admin saw first.
     */
    record Seen(Map<String, String> kiosks, List<String> rollouts, List<Map<String, Object>> violations, String menu) {
    }

    /** After saving a kelurahan's programs: the programs its card offered, the message shown, axe-core's findings. */
    record Saved(List<String> offered, String message, List<Map<String, Object>> violations) {
    }

    /** What the login form says to an account logged in more often than the throttle allows. */
    private static final String THROTTLED = "Terlalu banyak percobaan masuk";

    private CityScreen() {
    }

    private static boolean onLoginPage(Browser browser) {
        return String.valueOf(browser.script("return location.hash")).startsWith("#/login");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Seen open(CityTopology city, String user, String password) throws Exception {
        try (Browser browser = new Browser(1280, 900)) {
            String menu = logIn(browser, city, user, password);
            browser.await(By.id("city-kiosks"));
            Map<String, String> kiosks = new LinkedHashMap<>();
            for (var row : browser.driver().findElements(By.cssSelector("#city-kiosks tbody tr"))) {
                kiosks.put(row.getAttribute("id").replace("city-kiosk-", ""), row.getText());
            }
            List<String> rollouts = browser.driver().findElements(By.cssSelector("section[id^=rollout-]")).stream()
                    .map(s -> s.getText()).toList();
            return new Seen(kiosks, rollouts, browser.seriousViolations(), menu);
        }
    }

    /**
     * The admin turns the switches of the kelurahan's card so that exactly {@code on} are on, one click each as a
     * finger would, and saves; what the card then says.
     */
    static Saved setPrograms(CityTopology city, String user, String password, String kelurahan, Set<String> on)
            throws Exception {
        return setPrograms(city, user, password, kelurahan, on, null);
    }

    /**
     * As {@link #setPrograms(CityTopology, String, String, String, Set)}, but the page's request is tampered with on its
     * way out: {@code smuggled} is added to the list sent, so that the city's refusal comes back to the screen.
     */
    static Saved setPrograms(CityTopology city, String user, String password, String kelurahan, Set<String> on,
            String smuggled) throws Exception {
        try (Browser browser = new Browser(1280, 900)) {
            logIn(browser, city, user, password);
            if (smuggled != null) {
                browser.script("const extra = arguments[0], send = window.fetch;"
                        + "window.fetch = (url, init) => {"
                        + "  if (init && init.method === 'PUT' && String(url).endsWith('/programs')) {"
                        + "    const body = JSON.parse(init.body); body.programs.push(extra);"
                        + "    init = { ...init, body: JSON.stringify(body) };"
                        + "  }"
                        + "  return send(url, init);"
                        + "};", smuggled);
            }
            WebElement card = browser.await(By.cssSelector("section[data-kelurahan='" + kelurahan + "']"));
            List<String> offered = new ArrayList<>();
            for (WebElement program : card.findElements(By.cssSelector("button[role=switch][data-program]"))) {
                String code = program.getAttribute("data-program");
                offered.add(code);
                if (Boolean.parseBoolean(program.getAttribute("aria-checked")) != on.contains(code)) {
                    program.click();
                }
            }
            card.findElement(By.cssSelector("button.btn-primary")).click();
            WebElement message = new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).withMessage(browser::text)
                    .until(d -> card.findElements(By.cssSelector(".row-status .notice, .row-status .alert")).stream()
                            .findFirst().orElse(null));
            return new Saved(offered, message.getText(), browser.seriousViolations());
        }
    }

    /**
     * The admin hands each kelurahan back on its card ("Serahkan ke kelurahan") and confirms, in one session; what each
     * card then says. A card's hand-back is there only while the city sets the kelurahan's programs.
     */
    static Map<String, String> handBack(CityTopology city, String user, String password, List<String> kelurahan)
            throws Exception {
        try (Browser browser = new Browser(1280, 900)) {
            logIn(browser, city, user, password);
            Map<String, String> said = new LinkedHashMap<>();
            for (String name : kelurahan) {
                WebElement card = browser.await(By.cssSelector("section[data-kelurahan='" + name + "']"));
                card.findElement(By.cssSelector("button[data-action=hand-back]")).click();
                browser.await(By.cssSelector("[role=alertdialog] button.btn-danger")).click();
                said.put(name, new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).withMessage(browser::text)
                        .until(d -> card.findElements(By.cssSelector(".row-status .notice, .row-status .alert"))
                                .stream().findFirst().orElse(null)).getText());
            }
            return said;
        }
    }

    /** Logs in with a password through HAProxy and opens the city's screen; the staff menu seen first. */
    private static String logIn(Browser browser, CityTopology city, String user, String password) {
        browser.open(city.cityUrl("/#/login"));
        browser.await(By.id("login-user"));
        browser.script("[...document.querySelectorAll('button')].find(b => b.textContent.includes('Dengan kata sandi'))"
                + "?.click()");
        browser.await(By.id("login-user")).sendKeys(user);
        for (int waited = 0; waited < 3; waited++) {
            browser.await(By.id("login-secret")).clear();
            browser.await(By.id("login-secret")).sendKeys(password);
            browser.driver().findElement(By.id("login-go")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).withMessage(browser::text)
                    .until(d -> !onLoginPage(browser) || browser.text().contains(THROTTLED));
            if (!onLoginPage(browser)) {
                break;
            }
            // the tests of the city log the admin in more often than the throttle allows: wait as staff would
            sleep(20_000);
            if (!onLoginPage(browser)) {
                break; // the answer to the last press came after all
            }
        }
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).withMessage(browser::text)
                .until(d -> !onLoginPage(browser));
        String menu = browser.await(By.cssSelector("#main .menu-grid")).getText();
        browser.script("location.hash = '#/admin/city'");
        return menu;
    }
}
