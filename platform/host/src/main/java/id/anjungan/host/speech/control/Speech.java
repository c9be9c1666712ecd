package id.anjungan.host.speech.control;

import id.anjungan.host.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Speaks text with espeak-ng on the kiosk host, as compact WAV ({@link SpokenAudio}), a pause between lines. Masked digits are read as "bintang" (star), never the digits that
 * were hidden, and no 16-digit number is ever spoken whole.
 */
@ApplicationScoped
public class Speech {

    static final int MAX_CHARS = 1500;
    static final int PAUSE_MS = 700;

    public byte[] wav(String text, String lang) {
        String spoken = speakable(text, lang);
        if (spoken.isBlank()) {
            throw Problem.of(400, "no-text", "Tidak ada teks", "No text", "Tidak ada teks untuk dibacakan.",
                    "There is no text to read aloud.");
        }
        List<String> command = List.of("espeak-ng", "-m", "--stdin", "--stdout", "-v",
                lang.startsWith("en") ? "en" : "id", "-s", "140");
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (OutputStream in = process.getOutputStream()) {
                in.write(ssml(spoken).getBytes(StandardCharsets.UTF_8));
            }
            ByteArrayOutputStream audio = new ByteArrayOutputStream();
            try (InputStream out = process.getInputStream()) {
                out.transferTo(audio);
            }
            if (!process.waitFor(15, TimeUnit.SECONDS) || process.exitValue() != 0 || audio.size() == 0) {
                process.destroyForcibly();
                throw unavailable();
            }
            return SpokenAudio.compact(audio.toByteArray());
        } catch (IOException e) {
            throw unavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        }
    }

    /**
     * The text as SSML for espeak-ng: each line a part, with a pause between parts (a screen's title, then what it
     * says), so a listener hears where one thing ends.
     */
    static String ssml(String spoken) {
        StringBuilder out = new StringBuilder("<speak>");
        String separator = "";
        for (String part : spoken.split("\\n+")) {
            if (part.isBlank()) {
                continue;
            }
            out.append(separator).append(part.strip().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
            separator = "<break time=\"" + PAUSE_MS + "ms\"/>";
        }
        return out.append("</speak>").toString();
    }

    /** The text as it is spoken: masks read as stars, long digit runs never read whole. */
    static String speakable(String text, String lang) {
        if (text == null) {
            return "";
        }
        String star = lang.startsWith("en") ? " star " : " bintang ";
        String t = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        t = t.replaceAll("[•*]+", star);
        return t.replaceAll("\\d{9,}", lang.startsWith("en") ? " a long number " : " nomor panjang ");
    }

    private static Problem unavailable() {
        return Problem.of(503, "speech-unavailable", "Suara tidak tersedia", "Speech unavailable",
                "Pembaca suara tidak tersedia di anjungan ini. Minta bantuan petugas.",
                "Read-aloud is not available at this kiosk. Ask the staff for help.");
    }
}
