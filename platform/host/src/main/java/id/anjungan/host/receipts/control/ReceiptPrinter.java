package id.anjungan.host.receipts.control;

import id.anjungan.host.config.Setting;
import id.anjungan.host.config.Settings;
import id.anjungan.host.problem.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sends raw printer bytes to the receipt printer named by the setting {@code anjungan.printer} (environment variable
 * {@code ANJUNGAN_PRINTER}): a device or file path such as {@code /dev/usb/lp0} (appended to), or
 * {@code tcp://host:9100} for a network printer.
 */
public final class ReceiptPrinter {

    public static final String SETTING = Setting.PRINTER.key();
    static final int DEFAULT_PORT = 9100;
    private static final int CONNECT_TIMEOUT_MS = 3000;
    private static final int WRITE_TIMEOUT_MS = 10_000;
    /** One job at a time per printer, or two receipts printed at once come out interleaved. */
    private static final Map<String, Object> LOCKS = new ConcurrentHashMap<>();

    private final String target;

    public ReceiptPrinter(String target) {
        if (target == null || target.isBlank()) {
            throw notConfigured();
        }
        this.target = target.strip();
        if (isNetwork()) {
            address();
        }
    }

    /** The printer configured for this kiosk now; a 409 problem when none is. */
    public static ReceiptPrinter configured() {
        return new ReceiptPrinter(Settings.get(Setting.PRINTER).orElseThrow(ReceiptPrinter::notConfigured));
    }

    public String target() {
        return target;
    }

    public void print(byte[] bytes) {
        synchronized (LOCKS.computeIfAbsent(target, t -> new Object())) {
            try {
                if (isNetwork()) {
                    sendToNetwork(bytes);
                } else {
                    appendToFile(bytes);
                }
            } catch (IOException e) {
                throw unavailable(e);
            }
        }
    }

    private boolean isNetwork() {
        return target.regionMatches(true, 0, "tcp://", 0, 6);
    }

    private InetSocketAddress address() {
        try {
            URI uri = URI.create(target);
            if (uri.getHost() == null) {
                throw new IllegalArgumentException("no host");
            }
            return InetSocketAddress.createUnresolved(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort());
        } catch (IllegalArgumentException e) {
            // the resident reads the problem: plain words; the setting and what is wrong with it go to the log
            Problem problem = Problem.of(409, "printer-setting-invalid",
                    "Tanda terima tidak dapat dicetak di sini", "The receipt cannot be printed here",
                    "Printer anjungan ini belum diatur dengan benar. Catat atau foto nomor tanda terima di layar, atau "
                            + "minta petugas kelurahan mencetaknya untuk Anda. Pengajuan Anda tetap tersimpan.",
                    "This kiosk's printer is not set up correctly. Write down or take a photo of the receipt number "
                            + "on the screen, or ask the kelurahan officer to print it for you. Your request is saved.");
            problem.initCause(new IllegalArgumentException("the setting " + SETTING + " \"" + target + "\" is no"
                    + " device path (/dev/usb/lp0) nor tcp://host:9100", e));
            throw problem;
        }
    }

    private void sendToNetwork(byte[] bytes) throws IOException {
        InetSocketAddress unresolved = address();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(unresolved.getHostString(), unresolved.getPort()), CONNECT_TIMEOUT_MS);
            socket.setSoTimeout(WRITE_TIMEOUT_MS);
            OutputStream out = socket.getOutputStream();
            out.write(bytes);
            out.flush();
            socket.shutdownOutput();
        }
    }

    private void appendToFile(byte[] bytes) throws IOException {
        Path path = Path.of(target);
        // an unplugged USB printer must fail, not leave a regular file behind in /dev
        StandardOpenOption create = path.startsWith("/dev") ? StandardOpenOption.APPEND : StandardOpenOption.CREATE;
        try (OutputStream out = Files.newOutputStream(path, create, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            out.write(bytes);
        }
    }

    /** The resident reads these: plain words and what to do, never a setting or a device path (the log has it). */
    private static Problem notConfigured() {
        return Problem.of(409, "printer-not-configured",
                "Tanda terima tidak dapat dicetak di sini", "The receipt cannot be printed here",
                "Anjungan ini tidak memiliki printer. Catat atau foto nomor tanda terima di layar, atau minta "
                        + "petugas kelurahan mencetaknya untuk Anda. Pengajuan Anda tetap tersimpan.",
                "This kiosk has no printer. Write down or take a photo of the receipt number on the screen, or ask "
                        + "the kelurahan officer to print it for you. Your request is saved.");
    }

    private Problem unavailable(IOException cause) {
        Problem problem = Problem.of(503, "printer-unavailable",
                "Printer sedang tidak dapat mencetak", "The printer cannot print now",
                "Printer sedang bermasalah (mungkin kertas habis). Minta petugas kelurahan memeriksanya, lalu coba "
                        + "lagi. Nomor tanda terima Anda tetap tersimpan.",
                "The printer has a problem (it may be out of paper). Ask the kelurahan officer to check it, then "
                        + "try again. Your receipt number is saved.");
        problem.initCause(new IOException("printer " + target + ": " + cause.getMessage(), cause));
        return problem;
    }

    @Override
    public String toString() {
        return "ReceiptPrinter[" + target + "]";
    }
}
