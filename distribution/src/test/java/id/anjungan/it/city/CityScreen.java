package id.anjungan.it.city;

import id.anjungan.city.CityTopology;
import id.anjungan.it.Browser;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The city tier's admin screen of every kiosk and the rollouts, as an admin opens it in a browser through HAProxy. */
final class CityScreen {

    /**
     * What the screen shows: each kiosk's row, each rollout's card, and axe-core's serious findings; and the staff
     * menu the admin saw first.
     */
    record Seen(Map<String, String> kiosks, List<String> rollouts, List<Map<String, Object>> violations, String menu) {
    }

    private CityScreen() {
    }

    static Seen open(CityTopology city, String user, String password) throws Exception {
        try (Browser browser = new Browser(1280, 900)) {
            browser.open(city.cityUrl("/#/login"));
            browser.await(By.id("login-user"));
            browser.script("[...document.querySelectorAll('button')].find(b => b.textContent.includes('Dengan kata sandi'))"
                    + "?.click()");
            browser.await(By.id("login-user")).sendKeys(user);
            browser.await(By.id("login-secret")).sendKeys(password);
            browser.driver().findElement(By.id("login-go")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).withMessage(browser::text)
                    .until(d -> !String.valueOf(browser.script("return location.hash")).startsWith("#/login"));
            String menu = browser.await(By.cssSelector("#main .menu-grid")).getText();
            browser.script("location.hash = '#/admin/city'");
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
}
