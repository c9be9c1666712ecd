package id.anjungan.it.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.it.Browser;
import id.anjungan.it.Kiosk;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The KJS module's own screens in headless Chromium: the pendamping records the SK Pendamping on the desk before
 * choosing recipients, and the home-visit screen shows what waits for a visit and the replacement priority list.
 */
class KjsScreensUiIT {

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

    @Test
    void theDeskAsksForTheSkAndTheVisitScreenListsThePriorities() throws Exception {
        ui.fresh();
        ui.tap("Masuk petugas");
        ui.login("tksk", "tksk123", false);
        ui.go("/screen/KJS/paket-pencairan");
        WebElement desk = ui.await(By.cssSelector("#main kjs-paket-pencairan"));
        String script = "const r = arguments[0].shadowRoot; return r ? [...r.children].map(e => e.innerText || '')"
                + ".join('\\n') : '';";
        WebDriverWait wait = new WebDriverWait(ui.driver, Duration.ofSeconds(20));
        wait.withMessage("the desk did not load").until(d -> ((String) ui.js(script, desk)).contains("SK Pendamping"));
        if (((String) ui.js(script, desk)).contains("Simpan SK")) {
            desk.getShadowRoot().findElement(By.id("kjs-number-")).sendKeys("463/021/2026");
            ui.js("const r = arguments[0].shadowRoot; r.getElementById('kjs-issued-').value = arguments[1];"
                    + "r.getElementById('kjs-validUntil-').value = arguments[2];",
                    desk, LocalDate.now().minusDays(30).toString(), LocalDate.now().plusDays(365).toString());
            ui.click(desk.getShadowRoot().findElement(By.cssSelector("form button.primary")));
        }
        wait.withMessage("the recipients did not show").until(d -> ((String) ui.js(script, desk)).contains("Pilih penerima"));
        String shown = (String) ui.js(script, desk);
        assertTrue(shown.contains("463/021/2026"), KioskUi.abbreviate(shown));
        assertTrue(shown.contains("Nomor Surat Tugas"), "a collective pack asks for its Surat Tugas: "
                + KioskUi.abbreviate(shown));
        assertFalse(shown.contains("3374010203650012"), "masked NIKs only");
        ui.shot("kjs-paket");

        ui.go("/screen/KJS/kunjungan-rumah");
        WebElement screen = ui.await(By.cssSelector("#main kjs-kunjungan-rumah"));
        wait.withMessage("the visit screen did not load")
                .until(d -> ((String) ui.js(script, screen)).contains("Daftar prioritas pengganti"));
        String visits = (String) ui.js(script, screen);
        assertTrue(visits.contains("Menunggu kunjungan rumah"), visits);
        assertFalse(visits.contains("Maaf"), visits);
        ui.shot("kjs-kunjungan");
    }
}
