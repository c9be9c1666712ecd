package id.anjungan.host.receipts.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.problem.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EscPosReceiptsTest {

    private static final byte ESC = 0x1B;
    private static final byte GS = 0x1D;

    @TempDir
    Path dir;

    @AfterEach
    void clearSetting() {
        System.clearProperty(ReceiptPrinter.SETTING);
    }

    @Test
    void printsToTheConfiguredFileBackedPrinter() throws Exception {
        Path printerFile = dir.resolve("lp0");
        System.setProperty(ReceiptPrinter.SETTING, printerFile.toString());

        new Receipts().print(SampleReceipts.lostKksCard());

        byte[] bytes = Files.readAllBytes(printerFile);
        assertEquals(0, indexOf(bytes, new byte[] {ESC, '@'}), "starts by initialising the printer");
        assertTrue(indexOf(bytes, SampleReceipts.TRACKING.getBytes(StandardCharsets.US_ASCII)) > 0, "tracking number");
        assertTrue(indexOf(bytes, new byte[] {GS, '(', 'k'}) > 0, "QR code command");
        int cut = indexOf(bytes, new byte[] {GS, 'V'});
        assertTrue(cut > 0, "cut");
        assertTrue(cut > indexOf(bytes, "Cek status".getBytes(StandardCharsets.US_ASCII)), "cut after the text");
        assertTrue(indexOf(bytes, "3374********0003".getBytes(StandardCharsets.US_ASCII)) > 0,
                "masked NIK in the printer's code page");
        assertTrue(indexOf(bytes, "Surat keterangan kehilangan".getBytes(StandardCharsets.US_ASCII)) > 0);
        Files.createDirectories(Pictures.DIR);
        Files.write(Pictures.DIR.resolve("receipt.escpos"), bytes);
    }

    @Test
    void appendsEveryReceiptToTheDevice() throws Exception {
        Path printerFile = dir.resolve("lp0");
        ReceiptPrinter printer = new ReceiptPrinter(printerFile.toString());
        byte[] one = new EscPosReceipts().render(SampleReceipts.lostKksCard());

        printer.print(one);
        printer.print(one);

        assertEquals(2L * one.length, Files.size(printerFile));
    }

    @Test
    void sendsToANetworkPrinter() throws Exception {
        byte[] receipt = new EscPosReceipts().render(SampleReceipts.lostKksCard());
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(5000);
            CompletableFuture<byte[]> received = CompletableFuture.supplyAsync(() -> {
                try (Socket client = server.accept()) {
                    return client.getInputStream().readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });

            new ReceiptPrinter("tcp://127.0.0.1:" + server.getLocalPort()).print(receipt);

            assertArrayEquals(receipt, received.get(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void withoutPrinterSettingTheProblemSaysSoInBothLanguages() {
        System.clearProperty(ReceiptPrinter.SETTING);
        Problem problem = assertThrows(Problem.class, () -> new Receipts().print(SampleReceipts.lostKksCard()));
        if (System.getenv("ANJUNGAN_PRINTER") == null) {
            assertEquals(409, problem.status());
            assertEquals("printer-not-configured", problem.code());
            assertTrue(problem.detail().in("id").contains("minta petugas"), problem.detail().in("id"));
            assertTrue(problem.detail().in("en").contains("ask the kelurahan officer"), problem.detail().in("en"));
            for (String lang : List.of("id", "en")) {
                String words = problem.title().in(lang) + " " + problem.detail().in(lang);
                assertFalse(words.contains("ANJUNGAN_") || words.contains("anjungan.") || words.contains("PDF"), words);
            }
        }
    }

    @Test
    void aMissingDeviceIsReportedNotCreated() {
        Problem problem = assertThrows(Problem.class,
                () -> new ReceiptPrinter("/dev/anjungan-no-such-printer").print(new byte[] {ESC, '@'}));
        assertEquals(503, problem.status());
        assertTrue(Files.notExists(Path.of("/dev/anjungan-no-such-printer")));
        assertFalse(problem.detail().in("id").contains("/dev"), "a device path is no word for a resident");
        assertTrue(problem.getCause().getMessage().contains("/dev/anjungan-no-such-printer"), "the log names the device");
    }

    @Test
    void aBadNetworkAddressIsAConfigurationProblem() {
        Problem problem = assertThrows(Problem.class, () -> new ReceiptPrinter("tcp://"));
        assertEquals("printer-setting-invalid", problem.code());
        for (String lang : List.of("id", "en")) {
            String words = problem.title().in(lang) + " " + problem.detail().in(lang);
            assertFalse(words.contains("anjungan.") || words.contains("tcp://"), "a setting is no word for a resident: " + words);
        }
        assertTrue(problem.getCause().getMessage().contains(ReceiptPrinter.SETTING), "the log names the setting");
    }

    @Test
    void wrapsAtWordsAndKeepsToThePrintersCharacters() {
        assertEquals(List.of("Bawa dokumen di atas ke TKSK", "Kecamatan Semarang Tengah"),
                EscPosReceipts.wrap("Bawa dokumen di atas ke TKSK Kecamatan Semarang Tengah", 32));
        assertEquals("3374********0003 08.00-14.00 Cafe", EscPosReceipts.ascii("3374••••••••0003 08.00–14.00 Café"));
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
