package id.anjungan.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.it.Browser;
import id.anjungan.it.Kiosk;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * PSM, TKSK, admin and the accessibility sweep in headless Chromium: a PSM files a case for an elderly resident and
 * prints the receipt; a TKSK assists a resident alike and checks their status; an admin switches a module off and its
 * services leave the grid live; axe-core finds nothing serious on any screen in either theme or language.
 */
class StaffKioskUiIT {

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

    private static Map<String, Object> answers(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static long size(Path file) throws Exception {
        return Files.exists(file) ? Files.size(file) : 0;
    }

    @Test
    void psmFilesCaseForElderlyResidentAndPrintsReceipt() throws Exception {
        // an elderly KPM of the BPNT demo list (born 1946)
        Map<String, String> elder = KioskUi.demoRow("bpnt", 3);
        String nik = elder.get("nik");
        ui.fresh();
        ui.tap("Sentuh layar untuk mulai");
        ui.awaitPath("/home");
        ui.tap("Masuk petugas");
        ui.awaitPath("/login");
        ui.settled();
        ui.shot("psm-01-login");
        ui.login("psm", "123456", true);
        ui.awaitPath("/assist");
        ui.shot("psm-02-menu");
        assertTrue(ui.text().contains("belum membantu warga"), ui.text());

        ui.tap("Mulai bantu warga");
        ui.awaitPath("/assist/consent");
        ui.settled();
        ui.keypad(nik);
        ui.shot("psm-03-consent-nik");
        ui.tap("Lanjut");
        WebElement box = ui.await(By.id("consent"));
        String consent = ui.mainText();
        assertFalse(consent.contains(nik), "the consent text shows the NIK unmasked");
        // saving without a tick and a signature is refused
        ui.tap("Simpan persetujuan");
        ui.awaitText("Warga harus mencentang kotak persetujuan.");
        ui.click(box);
        assertTrue(box.isSelected());
        ui.tap("Simpan persetujuan");
        ui.awaitText("Warga harus menandatangani di kotak tanda tangan.");
        // a resident who cannot write gives a thumbprint on the screen instead; the tick stays
        ui.tap("Cap jempol");
        assertTrue(ui.await(By.id("consent")).isSelected(), "choosing the kind of proof keeps the tick");
        ui.tap("Simpan persetujuan");
        ui.awaitText("Warga harus menempelkan ibu jari di kotak cap jempol.");
        WebElement canvas = ui.await(By.cssSelector("#main canvas.signature"));
        ui.js("arguments[0].scrollIntoView({block: 'center'})", canvas);
        new Actions(ui.driver).moveToElement(canvas, 0, 0).clickAndHold().release().perform();
        ui.shot("psm-04-consent-thumbprint");
        ui.tap("Simpan persetujuan");
        ui.awaitPath("/home");
        ui.settled();
        WebElement banner = ui.await(By.id("banner"));
        String bannerText = banner.getText();
        assertTrue(bannerText.contains("Dioperasikan oleh PSM"), bannerText);
        assertTrue(bannerText.contains("untuk " + nik.substring(0, 4) + "••••"), bannerText);
        assertFalse(bannerText.contains(nik), bannerText);
        ui.shot("psm-05-home-assisting");

        ui.openService("Antar bantuan ke rumah");
        ui.shot("psm-06-intro");
        ui.click(ui.await(By.xpath("//main//button[normalize-space(.)='Mulai']")));
        // the NIK given at consent is the form's answer already: the PSM types it once
        ui.answer("psm", answers("reason", "LANSIA", "way", "ANTAR",
                "address", elder.get("address") + ", RT " + elder.get("rt") + " RW " + elder.get("rw")
                        + ", patokan dekat musala", "phone", "081234567890"));
        assertTrue(ui.await(By.id("banner")).getText().contains("Dioperasikan oleh PSM"), "the banner left during the form");
        String review = ui.mainText();
        assertTrue(review.contains(nik.substring(0, 4) + "••••"), "the consented NIK is the form's answer: " + review);
        assertFalse(review.contains(nik), review);
        String tracking = ui.sendForReceipt("psm");

        Path printer = kiosk.home().resolve("printer.bin");
        long before = size(printer);
        ui.tap("Cetak tanda terima");
        ui.awaitText("Tanda terima sedang dicetak");
        ui.shot("psm-07-printed");
        new WebDriverWait(ui.driver, Duration.ofSeconds(15)).withMessage("nothing reached the printer file " + printer)
                .until(d -> {
                    try {
                        return size(printer) > before;
                    } catch (Exception e) {
                        return false;
                    }
                });
        byte[] printed = Files.readAllBytes(printer);
        String escpos = new String(printed, (int) before, printed.length - (int) before, StandardCharsets.ISO_8859_1);
        assertTrue(escpos.contains(tracking), "the printed receipt lacks " + tracking);
        assertFalse(escpos.contains(nik), "the printed receipt shows the NIK unmasked");

        ui.tap("Menu petugas");
        ui.awaitPath("/assist");
        ui.settled();
        // helping a resident: going on with them is the one primary action, another resident is a plain button
        assertEquals(1, ui.driver.findElements(By.cssSelector("#main .btn-primary")).size(), ui.mainText());
        assertTrue(ui.driver.findElement(By.cssSelector("#main .btn-primary")).getText().contains("layanan"),
                ui.mainText());
        ui.tap("Kasus saya hari ini");
        ui.awaitPath("/assist/today");
        ui.settled();
        ui.awaitText(tracking);
        ui.shot("psm-08-today");

        ui.tap("Selesai membantu");
        ui.await(By.cssSelector(".overlay .dialog"));
        ui.shot("psm-09-end-confirm");
        ui.click(ui.driver.findElement(By.cssSelector(".overlay .dialog .btn-primary")));
        ui.awaitPath("/assist");
        ui.awaitText("belum membantu warga");
        ui.tap("Keluar");
        ui.await(By.cssSelector("#main .attract"));
        assertTrue(ui.await(By.id("footer")).getText().contains("Masuk petugas"));
    }

    /**
     * A TKSK visiting the kelurahan office assists a resident on the kiosk's own screens as a PSM does: the consent
     * and the banner name the TKSK (the NIK masked), the status lookup is made for the resident, and both "Selesai
     * membantu" and the idle reset end the assist on the server. Nothing the TKSK sees calls them a PSM.
     */
    @Test
    void tkskAssistsAResidentOnTheKioskScreensAsAPsmDoes() throws Exception {
        Map<String, String> kpm = KioskUi.demoRow("bpnt", 6);
        String nik = kpm.get("nik");
        String tksk = "TKSK Bu Ratna Wulandari";
        String next = KioskUi.demoRow("bpnt", 7).get("nik");
        long endedBefore = ended(nik);
        long nextEndedBefore = ended(next);
        ui.fresh();
        ui.tap("Sentuh layar untuk mulai");
        ui.awaitPath("/home");
        ui.login("tksk", "tksk123", false);
        ui.awaitPath("/staff");
        String idle = ui.await(By.id("banner")).getText();
        assertTrue(idle.contains("Masuk sebagai " + tksk + ", belum membantu warga"), idle);
        ui.tap("Pendampingan warga");
        ui.awaitPath("/assist");
        ui.settled();
        assertTrue(ui.mainText().contains("Pendampingan warga oleh " + tksk), ui.mainText());
        assertFalse(ui.text().contains("PSM"), "a TKSK is called a PSM: " + KioskUi.abbreviate(ui.text()));
        ui.shot("tksk-01-assist-menu");

        String consent = consentBySignature(nik, "tksk-02-consent-signed");
        assertFalse(consent.contains(nik), "the consent text shows the NIK unmasked");
        assertTrue(consent.contains("setuju " + tksk + " membantu saya"), consent);
        assertFalse(consent.contains("PSM"), consent);
        String banner = ui.await(By.id("banner")).getText();
        assertFalse(banner.contains(nik), "the banner shows the NIK unmasked");
        assertTrue(banner.contains("Dioperasikan oleh " + tksk + " untuk " + Kiosk.masked(nik)), banner);
        assertFalse(ui.text().contains("PSM"), "a TKSK is called a PSM: " + KioskUi.abbreviate(ui.text()));
        ui.shot("tksk-03-home-assisting");

        // the NIK given at consent is the lookup's answer already: the TKSK types only the KK number
        ui.openService("Cek status bantuan");
        ui.awaitPath("/status");
        ui.answer("tksk-status", answers("kk", kpm.get("kk")));
        ui.tap("Cek status");
        ui.awaitText("Status bantuan Anda");
        assertTrue(ui.mainText().contains("Terdaftar"), ui.mainText());
        assertTrue(ui.await(By.id("banner")).getText().contains("Dioperasikan oleh " + tksk), "the banner left");
        ui.shot("tksk-04-status");
        assertTrue(audit(nik).stream().anyMatch(e -> e.getString("action").equals("read-recipient")
                && e.getString("actor").contains("(TKSK) untuk " + Kiosk.masked(nik))), "the lookup, made for the resident");

        ui.tap("Selesai membantu");
        ui.await(By.cssSelector(".overlay .dialog"));
        ui.click(ui.driver.findElement(By.cssSelector(".overlay .dialog .btn-primary")));
        ui.awaitPath("/assist");
        ui.awaitText("belum membantu warga");
        assertEquals(endedBefore + 1, ended(nik), "Selesai membantu ends the assist on the server");

        // the next resident walks away mid-assist: the idle reset ends the assist and the login
        consentBySignature(next, "tksk-05-next-resident");
        assertTrue(ui.await(By.id("banner")).getText().contains("untuk " + Kiosk.masked(next)));
        try {
            ui.js("window.anjunganShortenIdle(2, 3)");
            ui.awaitText("Apakah Anda masih di sini?");
            ui.await(By.cssSelector("#main .attract"));
        } finally {
            ui.js("window.anjunganShortenIdle()");
        }
        assertTrue(ui.await(By.id("footer")).getText().contains("Masuk petugas"), "the reset left the TKSK logged in");
        new WebDriverWait(ui.driver, Duration.ofSeconds(15)).withMessage("the idle reset left the assist open")
                .until(d -> ended(next) == nextEndedBefore + 1);
    }

    /** From a PSM's or TKSK's screen: the resident's NIK, the consent ticked and signed; returns the consent text. */
    private String consentBySignature(String nik, String shot) throws Exception {
        ui.tap("Mulai bantu warga");
        ui.awaitPath("/assist/consent");
        ui.settled();
        ui.keypad(nik);
        ui.tap("Lanjut");
        WebElement box = ui.await(By.id("consent"));
        String consent = ui.mainText();
        ui.click(box);
        WebElement canvas = ui.await(By.cssSelector("#main canvas.signature"));
        ui.js("arguments[0].scrollIntoView({block: 'center'})", canvas);
        new Actions(ui.driver).moveToElement(canvas, 0, 0).clickAndHold().moveByOffset(60, 15).release().perform();
        ui.shot(shot);
        ui.tap("Simpan persetujuan");
        ui.awaitPath("/home");
        ui.settled();
        return consent;
    }

    /** The audit entries about a resident (the admin's search by their NIK, which answers it only masked). */
    private static List<JsonObject> audit(String nik) {
        Kiosk.Answer answer = kiosk.get("/api/admin/audit?nik=" + nik, Kiosk.ADMIN);
        assertEquals(200, answer.status(), answer.body());
        return answer.object().getJsonArray("entries").getValuesAs(JsonObject.class);
    }

    /** How many assists of the demo TKSK for the resident ended. */
    private static long ended(String nik) {
        return audit(nik).stream().filter(e -> e.getString("action").equals("assist-end")
                && e.getString("actor").contains("(TKSK)")).count();
    }

    @Test
    void adminDisablesModuleAndItsServicesLeaveTheGridWithoutReload() throws Exception {
        String program = "CPP";
        String tile = "Cek jadwal dan daftar CPP";
        try {
            ui.fresh();
            ui.markPage();
            ui.tap("Sentuh layar untuk mulai");
            ui.awaitPath("/home");
            ui.settled();
            ui.go("/layanan/status");
            assertTrue(ui.serviceTiles().contains(tile), ui.serviceTiles().toString());
            ui.login("admin", "admin123", false);
            ui.tap("Modul program");
            ui.awaitPath("/admin/modules");
            ui.settled();
            ui.shot("admin-01-modules");
            WebElement toggle = ui.await(By.xpath("//main//tr[th//div[normalize-space(.)='" + program + "']]//button[@role='switch']"));
            assertEquals("true", toggle.getAttribute("aria-checked"));
            String row = "//main//tr[th//div[normalize-space(.)='" + program + "']]";
            String name = ui.await(By.xpath(row + "/th/div[1]")).getText();
            ui.click(toggle);
            ui.await(By.cssSelector(".overlay .dialog"));
            ui.shot("admin-02-disable-confirm");
            ui.tap("Nonaktifkan");
            // the notice stands in the module's own row, where the admin tapped
            // the row is drawn again when the list reloads: look it up afresh on every try
            new WebDriverWait(ui.driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.xpath(row + "//*[contains(@class,'row-status')]"))
                    .getText().contains("dinonaktifkan"));
            ui.shot("admin-02-disabled");
            assertEquals("false", ui.await(By.xpath(row + "//button[@role='switch']")).getAttribute("aria-checked"));
            String disabledRow = ui.await(By.xpath(row)).getText();
            assertEquals(name, ui.await(By.xpath(row + "/th/div[1]")).getText(), "the disabled module keeps its name");
            assertFalse(disabledRow.contains("Sehat"), disabledRow);
            assertFalse(disabledRow.contains("Kembalikan versi"), "no rollback without a previous version: " + disabledRow);

            ui.tap("Beranda");
            ui.awaitPath("/home");
            ui.settled();
            ui.go("/layanan/status");
            ui.shot("admin-03-home-without-cpp");
            List<String> tiles = ui.serviceTiles();
            assertFalse(tiles.isEmpty());
            assertFalse(tiles.stream().anyMatch(t -> t.contains("CPP")), tiles.toString());

            // switched on elsewhere (REST): the grid on screen picks it up by itself
            assertEquals(200, kiosk.post("/api/admin/modules/" + program + "/enable", null, Kiosk.ADMIN).status());
            new WebDriverWait(ui.driver, Duration.ofSeconds(20)).withMessage("the CPP tiles did not come back")
                    .until(d -> ui.serviceTiles().contains(tile));
            ui.shot("admin-04-home-with-cpp-again");

            // and off again while the grid is on screen: its tiles leave without a reload
            assertEquals(200, kiosk.post("/api/admin/modules/" + program + "/disable", null, Kiosk.ADMIN).status());
            new WebDriverWait(ui.driver, Duration.ofSeconds(20)).withMessage("the CPP tiles stayed on the grid")
                    .until(d -> !ui.serviceTiles().contains(tile));
            ui.assertSamePage();
        } finally {
            kiosk.post("/api/admin/modules/" + program + "/enable", null, Kiosk.ADMIN);
        }
        assertTrue(kiosk.get("/api/services").body().contains(tile));
    }

    /**
     * The admin creates a TKSK with the kecamatan they serve on "Akun petugas"; the list shows it. The kiosk's admin
     * menu offers the kiosk's own way to the city, never the city tier's screens, not even opened by their address.
     */
    @Test
    void adminCreatesATkskOfAKecamatanOnTheAccountsScreen() throws Exception {
        ui.fresh();
        ui.tap("Sentuh layar untuk mulai");
        ui.awaitPath("/home");
        ui.settled();
        ui.login("admin", "admin123", false);
        ui.awaitPath("/staff");
        ui.settled();
        assertTrue(kiosk.get("/api/kiosk").body().contains("\"tier\":\"kiosk\""), kiosk.get("/api/kiosk").body());
        String menu = ui.mainText();
        assertTrue(menu.contains("Sinkronisasi kota") && menu.contains("Akun petugas"), menu);
        assertFalse(menu.contains("Anjungan se-kota"), "a city screen in a kiosk's menu: " + menu);
        ui.js("location.hash = arguments[0]", "#/admin/city");
        ui.awaitPath("/staff");
        ui.settled();
        assertFalse(ui.mainText().contains("Anjungan se-kota"), ui.mainText());
        ui.tap("Akun petugas");
        ui.awaitPath("/admin/accounts");
        ui.await(By.id("accounts"));
        for (String[] field : new String[][] {{"acc-username", "tksk-candisari"}, {"acc-name", "Bu Wati"},
                {"acc-kecamatan", "Candisari"}, {"acc-password", "rahasia-candisari"}}) {
            WebElement input = ui.await(By.id(field[0]));
            input.click();
            input.sendKeys(field[1]);
        }
        ui.tap("Simpan akun");
        ui.awaitText("Akun tksk-candisari disimpan.");
        String row = ui.await(By.xpath("//table[@id='accounts']//tr[td[normalize-space(.)='tksk-candisari']]")).getText();
        assertTrue(row.contains("TKSK") && row.contains("Candisari"), row);
        ui.shot("admin-accounts");
        assertEquals(200, kiosk.post("/api/auth/login", "{\"username\":\"tksk-candisari\",\"password\":"
                + "\"rahasia-candisari\"}").status(), "the new account logs in");
    }

    // ---------------------------------------------------------------- accessibility sweep

    private final List<String> problems = new ArrayList<>();
    private final List<String> checked = new ArrayList<>();

    private WebElement tool(int index) {
        return ui.driver.findElement(By.cssSelector("#topbar nav button:nth-of-type(" + index + ")"));
    }

    private void toggleContrast() {
        tool(5).click();
        ui.settled();
    }

    private void toggleLanguage(String expect) {
        ui.rerendered(() -> tool(3).click());
        assertEquals(expect, ui.js("return document.documentElement.lang"));
    }

    private void axe(String screen, String theme, String lang) throws Exception {
        ui.shot("a11y-" + screen + "-" + theme + "-" + lang);
        for (Map<String, Object> v : browser.seriousViolations()) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> nodes = (List<Map<String, Object>>) v.get("nodes");
            problems.add(screen + " [" + theme + ", " + lang + "] " + v.get("id") + " (" + v.get("impact") + "): "
                    + nodes.stream().limit(3).map(n -> String.valueOf(n.get("target"))).toList());
        }
        checked.add(screen + "/" + theme + "/" + lang);
    }

    /** The current screen in normal and high contrast, Bahasa Indonesia and English; back to normal/id after. */
    /** An older period, so the newest lists the other tests read stay as they are. */
    private void importsAnOldPeriodThroughTheScreen() throws Exception {
        Path csv = Files.createTempFile("bnba-", ".csv");
        String header = "nik,kk,name,address,rt,rw,kelurahan\n";
        Files.writeString(csv, header
                + KioskUi.freshNik(3, 4, 1961) + "," + KioskUi.freshKk() + ",Warga Uji Impor,Jl. Uji 1,001,002,Miroto\n"
                + KioskUi.freshNik(4, 4, 1961) + "," + KioskUi.freshKk() + ",Warga Uji Dua,Jl. Uji 3,001,002,Miroto\n"
                + KioskUi.freshNik(5, 4, 1961) + "," + KioskUi.freshKk() + ",Warga Uji Tiga,Jl. Uji 4,001,002,Miroto\n"
                + "1234,5678,Baris Salah,Jl. Uji 2,001,002,Miroto\n", StandardCharsets.UTF_8);
        assertEquals("Belum ada berkas dipilih", ui.await(By.id("imp-file-name")).getText());
        ((WebElement) ui.js("return document.getElementById('imp-file')")).sendKeys(csv.toString());
        assertEquals(csv.getFileName().toString(), ui.await(By.id("imp-file-name")).getText());
        ui.js("document.getElementById('imp-program').value = 'BPNT'; document.getElementById('imp-period').value = '2020-01'; "
                + "document.getElementById('imp-source').value = 'SP2D'");
        ui.tap("Mulai impor");
        ui.awaitText("Impor selesai.");
        String shown = ui.mainText();
        assertTrue(shown.contains("Daftar BPNT periode 2020-01, sumber SP2D (daftar bayar)."), shown);
        assertTrue(shown.contains("3 diterima") && shown.contains("1 ditolak"), shown);
        assertTrue(shown.contains("Unduh laporan 1 baris ditolak"), shown);

        // a list that leaves out all three of today's recipients: the admin sees so before anything is replaced
        Files.writeString(csv, header + KioskUi.freshNik(6, 4, 1961) + "," + KioskUi.freshKk()
                + ",Warga Uji Empat,Jl. Uji 5,001,002,Miroto\n", StandardCharsets.UTF_8);
        for (String decision : List.of("Batalkan impor", "Ganti daftar yang berlaku")) {
            ((WebElement) ui.js("return document.getElementById('imp-file')")).sendKeys(csv.toString());
            ui.tap("Mulai impor");
            ui.await(By.id("imp-preview"));
            shown = ui.mainText();
            assertTrue(shown.contains("Daftar yang berlaku berisi 3: 3 di antaranya tidak ada lagi di daftar baru, 1 penerima baru")
                    && shown.contains("3 penerima akan kehilangan bantuan"), shown);
            ui.shot("admin-import-preview");
            ui.tap(decision);
            ui.awaitText(decision.startsWith("Batal") ? "Impor dibatalkan" : "Impor selesai.");
        }
        assertTrue(ui.mainText().contains("1 diterima"), ui.mainText());
        Files.delete(csv);
    }

    /** The status lookup made above as a resident is found by the resident's NIK, shown only masked. */
    private void whoLookedAtTheResidentsData(String nik) {
        ui.js("document.getElementById('au-nik').value = '" + nik + "'");
        ui.click(ui.await(By.id("au-search")));
        ui.awaitText("catatan (terbaru dahulu)");
        String shown = ui.mainText();
        assertTrue(shown.contains("read-recipient") && shown.contains(nik.substring(0, 4) + "••••••••"
                + nik.substring(12)), shown);
        assertFalse(shown.contains(nik), "the full NIK is never shown: " + shown);
        ui.click(ui.await(By.id("au-verify")));
        ui.awaitText("Log utuh dan lengkap");
    }

    private void sweep(String screen) throws Exception {
        sweep(screen, () -> { });
    }

    /** As above; again() brings the screen back when a language switch redraws it from its start. */
    private void sweep(String screen, Runnable again) throws Exception {
        ui.settled();
        String shown = ui.mainText();
        assertFalse(shown.contains("Maaf, ada masalah"), screen + " shows an error: " + KioskUi.abbreviate(shown));
        axe(screen, "normal", "id");
        toggleContrast();
        axe(screen, "contrast", "id");
        toggleLanguage("en");
        again.run();
        axe(screen, "contrast", "en");
        toggleContrast();
        axe(screen, "normal", "en");
        toggleLanguage("id");
    }

    private String caseByRest() {
        String body = "{\"program\":\"REHSOS\",\"service\":\"laporkan-orang-terlantar\",\"data\":{\"urgency\":\"BIASA\","
                + "\"category\":\"PGOT\",\"kelurahan\":\"Miroto\",\"location\":\"Bawah jembatan Berok\",\"needs\":\"MAKAN_TEMPAT\"}}";
        Kiosk.Answer answer = kiosk.post("/api/cases", body);
        assertEquals(201, answer.status(), answer.body());
        return answer.object().getString("tracking");
    }

    @Test
    void axeFindsNothingSeriousOnAnyScreenInBothThemesAndLanguages() throws Exception {
        String tracking = caseByRest();
        Map<String, String> kpm = KioskUi.demoRow("bpnt", 4);
        ui.fresh();
        sweep("attract");
        ui.tap("Sentuh layar untuk mulai");
        ui.awaitPath("/home");
        sweep("home");

        ui.openService("Cek status bantuan");
        ui.awaitPath("/status");
        sweep("form-step");
        ui.answer("a11y-status", answers("nik", kpm.get("nik"), "kk", kpm.get("kk")));
        sweep("review");
        ui.tap("Cek status");
        ui.awaitText("Status bantuan Anda");
        sweep("status");

        ui.go("/receipt/" + tracking);
        ui.await(By.cssSelector("#main .tracking"));
        sweep("receipt");
        ui.go("/track");
        sweep("tracking");
        ui.go("/track/" + tracking);
        sweep("tracking-result");
        ui.go("/screener");
        sweep("screener");
        ui.go("/service/REHSOS/laporkan-orang-terlantar");
        sweep("service-intro");

        // 1280×800 landscape: a few screens as a wall-mounted landscape kiosk shows them
        ui.size(1280, 800);
        ui.go("/home");
        ui.shot("landscape-home");
        ui.go("/service/BPNT/masalah-kartu");
        ui.click(ui.await(By.xpath("//main//button[normalize-space(.)='Mulai']")));
        ui.keypad("3374");
        ui.shot("landscape-form-step");
        ui.go("/receipt/" + tracking);
        ui.shot("landscape-receipt");
        ui.size(KioskUi.PORTRAIT_W, KioskUi.PORTRAIT_H);

        ui.go("/login");
        sweep("login");
        ui.login("psm", "123456", true);
        ui.go("/assist/consent");
        sweep("psm-consent-nik");
        Runnable consentStep = () -> {
            ui.keypad(kpm.get("nik"));
            ui.click(ui.button(ui.js("return document.documentElement.lang").equals("en") ? "Next" : "Lanjut"));
            ui.await(By.id("consent"));
        };
        consentStep.run();
        sweep("psm-consent", consentStep);
        ui.tap("Keluar");
        ui.await(By.cssSelector("#main .attract"));

        ui.tap("Masuk petugas");
        ui.login("admin", "admin123", false);
        sweep("staff-menu");
        ui.go("/admin/modules");
        ui.await(By.cssSelector("#main table"));
        sweep("admin-modules");
        ui.size(1280, 800);
        ui.shot("landscape-admin-modules");
        ui.size(KioskUi.PORTRAIT_W, KioskUi.PORTRAIT_H);
        ui.go("/admin/imports");
        sweep("imports");
        importsAnOldPeriodThroughTheScreen();
        ui.go("/admin/audit");
        sweep("audit");
        whoLookedAtTheResidentsData(kpm.get("nik"));
        ui.go("/admin/accounts");
        ui.await(By.id("accounts"));
        sweep("accounts");
        ui.tap("Keluar");
        ui.await(By.cssSelector("#main .attract"));

        ui.tap("Masuk petugas");
        ui.login("tksk", "tksk123", false);
        ui.go("/staff/worklist");
        sweep("worklist");
        String worklist = ui.mainText();
        assertTrue(worklist.contains(" WIB"), "times are the kiosk's, named WIB: " + worklist);
        assertFalse(worklist.matches("(?s).*\\d{4}-\\d{2}-\\d{2}T\\d{2}:.*"), "an ISO timestamp on screen: " + worklist);
        ui.go("/staff/case/" + tracking);
        String detail = ui.mainText();
        assertTrue(detail.contains("Bawah jembatan Berok"), detail);
        assertFalse(detail.contains("{\""), "the case answers are shown as raw JSON: " + detail);
        assertTrue(detail.contains("Warga"), "who filed the case, in words: " + detail);
        @SuppressWarnings("unchecked")
        List<String> actors = (List<String>) ui.js("return [...document.querySelectorAll('#main ol.history .muted')]"
                + ".map(e => e.textContent)");
        assertTrue(actors.stream().noneMatch(a -> a.matches("(?s).*\\((RESIDENT|PSM|TKSK|KASI_KESOS|CAMAT|DINSOS|ADMIN)\\).*")),
                "a role's code in the history: " + actors);
        sweep("case-detail");
        ui.go("/staff/dashboard");
        sweep("dashboard");
        String dashboard = ui.mainText();
        assertFalse(dashboard.matches("(?s).*\\d{4}-W\\d{2}.*"), "weeks are named by their days: " + dashboard);
        // every chart label lies inside its chart: nothing is cut off at an edge
        @SuppressWarnings("unchecked")
        List<String> outside = (List<String>) ui.js("return [...document.querySelectorAll('#main svg.chart')].flatMap(c => {"
                + " const w = c.viewBox.baseVal.width, hgt = c.viewBox.baseVal.height;"
                + " return [...c.querySelectorAll(':scope > text')].filter(t => { const b = t.getBBox();"
                + " return b.x < 0 || b.y < 0 || b.x + b.width > w || b.y + b.height > hgt; }).map(t => t.textContent); })");
        assertEquals(List.of(), outside);
        // a program looks the same in the weekly chart and the recipients chart
        @SuppressWarnings("unchecked")
        List<String> mismatched = (List<String>) ui.js("const charts = [...document.querySelectorAll('#main svg.chart')];"
                + " const stroke = (chart, name) => { const t = [...chart.querySelectorAll(':scope > text')].find(x => x.textContent.includes(name));"
                + "   if (!t) return null; let r = t.nextElementSibling; while (r && r.tagName !== 'rect') r = r.nextElementSibling; return r && r.getAttribute('stroke'); };"
                + " const legend = [...document.querySelectorAll('#main .legend li')].map(li => li.textContent);"
                + " return legend.filter(name => { const s = stroke(charts[charts.length - 1], name); if (!s) return false;"
                + "   const weekly = charts[0].querySelectorAll('rect[stroke]');" // series order, first week first
                + "   return weekly[legend.indexOf(name)].getAttribute('stroke') !== s; });");
        assertEquals(List.of(), mismatched, "a program's colour differs between the charts");
        ui.size(1280, 800);
        ui.shot("landscape-dashboard");
        ui.size(KioskUi.PORTRAIT_W, KioskUi.PORTRAIT_H);

        assertEquals(21 * 4, checked.size(), checked.toString());
        assertEquals(List.of(), problems, String.join("\n", problems));
    }
}
