package id.anjungan.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.it.Browser;
import id.anjungan.it.Kiosk;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A resident at the kiosk in headless Chromium (portrait 1080×1920): status check, the idle wipe, and each program
 * module's main resident service walked through the UI to its receipt (or answer).
 */
class ResidentKioskUiIT {

    private static Browser browser;
    private static KioskUi ui;

    @BeforeAll
    static void open() throws Exception {
        Kiosk kiosk = Kiosk.get();
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

    private static void startAtHome(String flow) throws Exception {
        ui.fresh();
        ui.shot(flow + "-00-attract");
        ui.tap("Sentuh layar untuk mulai");
        ui.awaitPath("/home");
        ui.settled();
        ui.shot(flow + "-01-home");
    }

    /** Opens a program service from the home grid by its tile title and starts its form. */
    private static void openService(String flow, String title) throws Exception {
        ui.openService(title);
        ui.shot(flow + "-02-intro");
    }

    private static void startForm() {
        ui.click(ui.await(By.xpath("//main//button[normalize-space(.)='Mulai']")));
        ui.await(By.cssSelector("#main h2.question"));
    }

    /**
     * The resident's home screen loads the app compressed, under a versioned path the browser may keep a year, and
     * without any staff screen (those are imported when a staff member opens one).
     */
    @Test
    void theResidentsScreensLoadNoStaffCodeCompressedAndVersioned() throws Exception {
        startAtHome("weight");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> assets = (List<Map<String, Object>>) ui.js("return performance.getEntriesByType('resource')"
                + ".filter(e => /\\.(js|css)$/.test(new URL(e.name).pathname))"
                + ".map(e => ({name: new URL(e.name).pathname, encoded: e.encodedBodySize, decoded: e.decodedBodySize}))");
        assertTrue(assets.size() > 10, "the app's modules: " + assets);
        long encoded = 0;
        long decoded = 0;
        for (Map<String, Object> asset : assets) {
            String name = (String) asset.get("name");
            assertFalse(name.contains("/js/admin/") || name.endsWith("/js/assist.js") || name.endsWith("/js/staff-strings.js"),
                    "staff code on the resident's screen: " + name);
            assertTrue(name.startsWith("/v/"), "not under the versioned path: " + name);
            encoded += ((Number) asset.get("encoded")).longValue();
            decoded += ((Number) asset.get("decoded")).longValue();
        }
        assertTrue(encoded * 2 < decoded, "JS and CSS are compressed: " + encoded + " of " + decoded + " bytes");
        System.out.println("Resident home: " + assets.size() + " JS/CSS files, " + encoded + " bytes transferred, "
                + decoded + " bytes uncompressed");

        // the next resident's page load fetches none of them again: the versioned files are kept
        startAtHome("weight-again");
        Number fetched = (Number) ui.js("return performance.getEntriesByType('resource')"
                + ".filter(e => /\\.(js|css)$/.test(new URL(e.name).pathname)).reduce((n, e) => n + e.transferSize, 0)");
        assertEquals(0L, fetched.longValue(), "bytes of JS and CSS fetched again on the next page load");

        // HTTP/1.1 as a kiosk's Chromium speaks it (Java's client would otherwise try HTTP/2, which Payara does not compress)
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        java.net.http.HttpResponse<String> page = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(ui.kiosk.url("/"))).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals("no-cache", page.headers().firstValue("Cache-Control").orElse(""), "index.html is never kept");
        java.util.regex.Matcher script = java.util.regex.Pattern.compile("src=\"(v/[0-9a-f]+/js/main\\.js)\"").matcher(page.body());
        assertTrue(script.find(), page.body());
        java.net.http.HttpResponse<byte[]> main = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(ui.kiosk.url("/" + script.group(1)))).header("Accept-Encoding", "gzip").build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, main.statusCode());
        assertTrue(main.headers().firstValue("Cache-Control").orElse("").contains("immutable"), main.headers().toString());
        assertEquals("gzip", main.headers().firstValue("Content-Encoding").orElse(""), main.headers().toString());
    }

    @Test
    void residentChecksBpntStatusWithNikAndKk() throws Exception {
        Map<String, String> kpm = KioskUi.demoRow("bpnt", 1);
        startAtHome("status");
        ui.openService("Cek status bantuan");
        ui.awaitPath("/status");
        ui.answer("status", answers("nik", kpm.get("nik"), "kk", kpm.get("kk")));
        String review = ui.mainText();
        assertFalse(review.contains(kpm.get("nik")), "the NIK is shown unmasked on the review step");
        assertFalse(review.contains(kpm.get("kk")), "the KK number is shown unmasked on the review step");
        assertTrue(review.contains(kpm.get("nik").substring(0, 4)) && review.contains("•"), review);
        ui.shot("status-review");
        ui.tap("Cek status");
        ui.awaitText("Status bantuan Anda");
        ui.settled();
        ui.shot("status-result");
        WebElement bpnt = ui.await(By.xpath("//main//div[contains(@class,'card')][h2[contains(., 'BPNT')]]"));
        String card = bpnt.getText();
        assertTrue(card.contains("Terdaftar") && !card.contains("Tidak terdaftar"), card);
        assertTrue(card.contains("Rp200.000"), card);
        assertFalse(ui.text().contains(kpm.get("nik")));
        // periods in words ("November 2026", "Triwulan 4 tahun 2026"), never a code like 2026-11 or 2026-12-05-01
        assertFalse(java.util.regex.Pattern.compile("\\b\\d{4}-(\\d{2}|Q\\d)\\b").matcher(ui.mainText()).find(),
                ui.mainText());

        // in English the program's own answer comes in English too
        ui.rerendered(() -> ui.tap("English"));
        ui.shot("status-result-en");
        String english = ui.await(By.xpath("//main//div[contains(@class,'card')][h2[contains(., 'BPNT')]]")).getText();
        assertTrue(english.contains("Registered") && english.contains("per month"), english);
    }

    @Test
    void theToolbarStaysOneRowInBothLanguagesWithLargerTextAndReadingAloud() throws Exception {
        for (boolean english : new boolean[] {false, true}) {
            for (boolean large : new boolean[] {false, true}) {
                for (boolean read : new boolean[] {false, true}) {
                    startAtHome("toolbar");
                    if (english) {
                        tool(3);
                    }
                    if (large) {
                        tool(4);
                    }
                    if (read) {
                        tool(6);
                    }
                    String mode = (english ? "English" : "Indonesian") + (large ? ", larger text" : "")
                            + (read ? ", reading aloud" : "");
                    @SuppressWarnings("unchecked")
                    Map<String, Object> bar = (Map<String, Object>) browser.script("const tools = [...document"
                            + ".querySelectorAll('#topbar .tool')].map(t => t.getBoundingClientRect());"
                            + "return {rows: new Set(tools.map(r => Math.round(r.top))).size, count: tools.length,"
                            + " narrowest: Math.min(...tools.map(r => r.width)), lowest: Math.min(...tools.map(r => r.height)),"
                            + " right: Math.max(...tools.map(r => r.right)), width: document.documentElement.clientWidth};");
                    assertEquals(1L, bar.get("rows"), mode + ": " + bar);
                    assertEquals(read ? 8L : 6L, bar.get("count"), mode + ": " + bar);
                    assertTrue(((Number) bar.get("narrowest")).doubleValue() >= 48, mode + ": touch targets " + bar);
                    assertTrue(((Number) bar.get("lowest")).doubleValue() >= 48, mode + ": touch targets " + bar);
                    assertTrue(((Number) bar.get("right")).doubleValue() <= ((Number) bar.get("width")).doubleValue(),
                            mode + ": nothing cut off " + bar);
                }
            }
        }
        ui.fresh();
    }

    private static void tool(int index) throws Exception {
        By button = By.cssSelector("#topbar nav button:nth-of-type(" + index + ")");
        try {
            ui.click(ui.await(button));
        } catch (org.openqa.selenium.StaleElementReferenceException redrawn) { // a language switch redraws the bar late
            ui.click(ui.await(button));
        }
        ui.settled();
    }

    @Test
    void idleResetWipesHalfFilledForm() throws Exception {
        String nik = KioskUi.demoRow("bpnt", 2).get("nik");
        startAtHome("idle");
        openService("idle", "Masalah KKS atau pencairan");
        startForm();
        ui.keypad(nik.substring(0, 10));
        ui.shot("idle-03-half-filled");
        ui.js("sessionStorage.setItem('draft', arguments[0]); localStorage.setItem('draft', arguments[0]);"
                + "document.cookie = 'draft=' + arguments[0] + '; path=/';", nik);
        try {
            ui.js("window.anjunganShortenIdle(2, 3)");
            ui.awaitText("Apakah Anda masih di sini?");
            ui.shot("idle-04-warning");
            ui.await(By.cssSelector("#main .attract"));
            ui.awaitPath("/");
            ui.shot("idle-05-attract-again");
            assertEquals(0L, ui.js("return sessionStorage.length"));
            assertEquals(0L, ui.js("return localStorage.length"));
            assertEquals("", ui.js("return document.cookie"));
            assertTrue(ui.driver.findElements(By.cssSelector(".overlay")).isEmpty(), "the warning stayed open");
            assertFalse(ui.text().contains(nik.substring(0, 10)));
        } finally {
            ui.js("window.anjunganShortenIdle()");
        }
        // the half-filled form is gone: the service starts again at its introduction with nothing typed
        ui.tap("Sentuh layar untuk mulai");
        ui.awaitPath("/home");
        openService("idle", "Masalah KKS atau pencairan");
        assertTrue(ui.mainText().contains("Mulai"), "the form did not start over: " + ui.mainText());
        startForm();
        assertEquals("", ui.driver.findElement(By.cssSelector("#main input.entry")).getAttribute("value"));
    }

    @Test
    void bpntCardLostReachesReceipt() throws Exception {
        Map<String, String> kpm = KioskUi.demoRow("bpnt", 3);
        startAtHome("bpnt");
        openService("bpnt", "Masalah KKS atau pencairan");
        startForm();
        ui.answer("bpnt", answers("nik", kpm.get("nik"), "problem", "KARTU_HILANG", "lossLetter", "true",
                "policeReport", "false"));
        String review = ui.mainText();
        assertTrue(review.contains("KKS hilang"), review);
        String tracking = ui.sendForReceipt("bpnt");
        assertTrue(tracking.startsWith("BPNT-"), tracking);
        String receipt = ui.mainText();
        assertTrue(receipt.contains("Pengajuan Anda sudah diterima"), receipt);
        assertTrue(receipt.toLowerCase().contains("polsek") || receipt.toLowerCase().contains("polisi"),
                "the card-lost checklist does not send the resident to the police: " + receipt);
        assertFalse(receipt.contains(kpm.get("nik")));
        ui.tap("Cetak tanda terima");
        ui.awaitText("Tanda terima sedang dicetak"); // the session that filed the case prints without more ado

        // the next resident has only the number: the receipt opens with the family card number of the case's subject
        startAtHome("bpnt-track");
        ui.go("/track/" + tracking);
        ui.tap("Cetak tanda terima");
        WebElement pad = ui.await(By.cssSelector(".overlay .dialog .keypad"));
        ui.shot("bpnt-receipt-proof");
        for (char digit : kpm.get("kk").toCharArray()) {
            pad.findElement(By.xpath(".//button[normalize-space(.)='" + digit + "']")).click();
        }
        ui.tap("Buka tanda terima");
        ui.awaitText("Tanda terima sedang dicetak");
    }

    @Test
    void kjsScreeningProposalReachesReceipt() throws Exception {
        startAtHome("kjs");
        openService("kjs", "Cek kelayakan dan usul KJS");
        startForm();
        ui.answer("kjs", answers("nik", KioskUi.freshNik(12, 3, 1968), "name", "Sutarmi Rahayu",
                "address", "Jl. Kranggan Dalam 9 RT 02 RW 01", "category", "DISABILITAS_MENTAL", "neglected", "true",
                "centralAid", "TIDAK", "replacement", "false"));
        String tracking = ui.sendForReceipt("kjs");
        assertTrue(tracking.startsWith("KJS-"), tracking);
        assertTrue(ui.mainText().contains("Cek kelayakan dan usul KJS"), ui.mainText());
    }

    @Test
    void sankemApplicationWithDeathCertificateReachesReceipt() throws Exception {
        Path certificate = KioskUi.png("akta", "AKTA KEMATIAN (contoh)");
        startAtHome("sankem");
        openService("sankem", "Ajukan santunan kematian");
        startForm();
        ui.answer("sankem", answers("deceasedNik", KioskUi.freshNik(2, 2, 1950), "deceasedKk", KioskUi.freshKk(),
                "deceasedName", "Suparno Wibowo", "deathCertificate", certificate, "dtsenRegistered", "UNKNOWN",
                "heirNik", KioskUi.freshNik(18, 8, 1978), "heirName", "Sri Lestari", "relationship", "CHILD",
                "bank", "Bank Jateng", "accountNumber", "2031009876", "accountHolder", "Sri Lestari"));
        assertTrue(ui.mainText().contains("akta.") || ui.mainText().contains("Dokumen terlampir"), ui.mainText());
        String tracking = ui.sendForReceipt("sankem");
        assertTrue(tracking.startsWith("SANKEM-"), tracking);
        assertTrue(ui.mainText().contains("Santunan Kematian"), ui.mainText());
    }

    @Test
    void cppScheduleForListedHousehold() throws Exception {
        Map<String, String> household = KioskUi.demoRow("cpp", 1);
        startAtHome("cpp");
        openService("cpp", "Cek jadwal dan daftar CPP");
        ui.awaitPath("/status");
        ui.answer("cpp", answers("nik", household.get("nik"), "kk", household.get("kk")));
        ui.shot("cpp-review");
        ui.tap("Cek status");
        ui.awaitText("Status bantuan Anda");
        ui.settled();
        ui.shot("cpp-result");
        WebElement card = ui.await(By.cssSelector("#main .card[aria-current=true]"));
        String text = card.getText();
        assertTrue(text.contains("CPP"), "the CPP answer is not the one shown first: " + text);
        assertTrue(text.contains("Terdaftar") && !text.contains("Tidak terdaftar"), text);
        assertTrue(text.contains("Balai Kelurahan Miroto"), "no place of the distribution: " + text);
    }

    @Test
    void jumatKoinPublicLedgerAndHouseRepairApplication() throws Exception {
        recordCoinCollection();
        startAtHome("jumatkoin");
        openService("jumatkoin", "Kas Jum'at Koin");
        // the module's screen draws into its own (open) shadow root
        WebElement screen = ui.await(By.cssSelector("#main jumatkoin-kas"));
        String script = "const r = arguments[0].shadowRoot; return r ? [...r.children].map(e => e.innerText || '').join('\\n') : '';";
        new org.openqa.selenium.support.ui.WebDriverWait(ui.driver, java.time.Duration.ofSeconds(20))
                .withMessage("the ledger did not load").until(d -> ((String) ui.js(script, screen)).contains("Saldo saat ini"));
        ui.shot("jumatkoin-kas");
        String kas = (String) ui.js(script, screen);
        assertFalse(kas.matches("(?s).*Saldo saat ini\\s*Rp0\\s.*"), "the balance ignores the recorded collection: " + kas);
        List<WebElement> weeks = screen.getShadowRoot().findElements(By.cssSelector("table:first-of-type tbody tr"));
        assertFalse(weeks.isEmpty(), "the weekly table is empty: " + kas);
        assertTrue(weeks.get(0).getText().contains("Rp"), weeks.get(0).getText());

        ui.tap("Beranda");
        ui.awaitPath("/home");
        ui.settled();
        openService("jumatkoin", "Ajukan bantuan rumah");
        startForm();
        ui.answer("jumatkoin", answers("nik", KioskUi.freshNik(5, 5, 1975), "kelurahan", "Miroto",
                "address", "Jl. Miroto Gang 3 No. 14", "rt", "3", "rw", "2", "cause", "BANJIR", "damage", "BERAT",
                "displaced", "true", "photo1", KioskUi.png("rumah", "RUMAH RUSAK (contoh)"), "householdSize", "4",
                "children", "2", "elderly", "1", "disabled", "0", "femaleHead", "true", "dtks", "true",
                "otherAid", "false"));
        String tracking = ui.sendForReceipt("jumatkoin");
        assertTrue(tracking.startsWith("JUMATKOIN-"), tracking);
    }

    /** The camat records a Friday collection (the first free box/date of the last days), so the ledger is not empty. */
    private static void recordCoinCollection() throws Exception {
        Kiosk kiosk = Kiosk.get();
        String[] boxes = {"Kelurahan Miroto", "Kelurahan Sekayu", "Kelurahan Pekunden", "Kelurahan Kauman"};
        for (int back = 0; back < 5; back++) {
            for (String box : boxes) {
                String body = "{\"date\":\"" + java.time.LocalDate.now().minusDays(back) + "\",\"box\":\"" + box
                        + "\",\"amount\":1234500,\"witness1\":\"Bapak Slamet Riyadi\",\"witness2\":\"Ibu Siti Aminah\"}";
                Kiosk.Answer answer = kiosk.post("/api/programs/JUMATKOIN/operations/catat-setoran", body, Kiosk.CAMAT);
                if (answer.status() == 200) {
                    return;
                }
                assertTrue(answer.body().contains("already-recorded"), answer.status() + " " + answer.body());
            }
        }
        throw new AssertionError("no free coin box to record a collection");
    }

    @Test
    void rehsosEmergencyReportShowsAmbulanceAndReachesReceipt() throws Exception {
        startAtHome("rehsos");
        openService("rehsos", "Laporkan orang terlantar");
        startForm();
        ui.answer("rehsos", answers("urgency", "DARURAT", "ambulanceCalled", "true", "category", "LANSIA",
                "kelurahan", "Miroto",
                "location", "Depan Masjid Miroto, dekat halte", "needs", "MEDIS"));
        String tracking = ui.sendForReceipt("rehsos");
        assertTrue(tracking.startsWith("REHSOS-"), tracking);
        String receipt = ui.mainText();
        assertTrue(receipt.contains("Ambulan Hebat Kota Semarang") && receipt.contains("112"),
                "the emergency receipt does not show the ambulance: " + receipt);
        List<WebElement> next = ui.driver.findElements(By.xpath("//main//div[contains(@class,'card')][h2[contains(.,'Langkah berikutnya')]]"));
        assertFalse(next.isEmpty(), "no next steps card");

        // the number's QR code is on the screen, and the receipt opens in the kiosk's own viewer: a picture, no PDF viewer
        WebElement qr = ui.await(By.cssSelector("#main .receipt-number img.qr"));
        new org.openqa.selenium.support.ui.WebDriverWait(ui.driver, java.time.Duration.ofSeconds(20))
                .until(d -> ((Number) ui.js("return arguments[0].naturalWidth", qr)).intValue() > 0);
        ui.tap("Lihat tanda terima");
        WebElement page = ui.await(By.cssSelector(".overlay .dialog .picture img"));
        new org.openqa.selenium.support.ui.WebDriverWait(ui.driver, java.time.Duration.ofSeconds(20))
                .until(d -> ((Number) ui.js("return arguments[0].naturalWidth", page)).intValue() > 0);
        assertTrue(ui.driver.findElements(By.cssSelector(".overlay iframe, .overlay embed, .overlay object")).isEmpty());
        assertTrue(((String) ui.js("return arguments[0].src", page)).startsWith("blob:"), "held in memory only");
        ui.shot("rehsos-receipt-viewer");
        ui.tap("Tutup");
    }
}
