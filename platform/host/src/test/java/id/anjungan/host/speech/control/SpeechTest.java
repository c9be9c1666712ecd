package id.anjungan.host.speech.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;

class SpeechTest {

    @Test
    void readsMaskedDigitsAsStarsAndNeverALongNumber() {
        String spoken = Speech.speakable("NIK 3374••••••••0003, nomor 3374014101800003", "id");
        assertFalse(spoken.contains("3374014101800003"));
        assertEquals("NIK 3374 bintang 0003, nomor  nomor panjang ", spoken);
        assertEquals("NIK 3374 star 0003", Speech.speakable("NIK 3374••••••••0003", "en"));
    }

    @Test
    void linesArePartsWithAPauseBetweenAndMarkupIsText() {
        assertEquals("<speak>Cek status<break time=\"700ms\"/>Sandang &amp; pangan &lt;b&gt;</speak>",
                Speech.ssml("Cek status\n\nSandang & pangan <b>\n"));
    }

    @Test
    void theAudioIs16KilohertzMuLawAQuarterOfEspeaksOwn() throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/espeak-ng"))) {
            return;
        }
        String text = "Layanan bantuan sosial Kelurahan Miroto.\nApa yang ingin Anda lakukan? Sentuh salah satu kotak.";
        byte[] wav = new Speech().wav(text, "id");
        AudioInputStream audio = AudioSystem.getAudioInputStream(new java.io.ByteArrayInputStream(wav));
        AudioFormat format = audio.getFormat();
        assertEquals(AudioFormat.Encoding.ULAW, format.getEncoding());
        assertEquals(16_000f, format.getSampleRate());
        assertEquals(1, format.getChannels());
        double seconds = audio.getFrameLength() / format.getFrameRate();
        assertTrue(seconds > 3 && seconds < 15, seconds + " s");
        assertTrue(wav.length < seconds * 16_000 + 100, wav.length + " bytes for " + seconds + " s");
        byte[] samples = audio.readAllBytes();
        int loud = 0;
        for (byte b : samples) {
            loud += (b & 0x7f) < 0x60 ? 1 : 0;
        }
        assertTrue(loud > samples.length / 10, "the audio is not silence");
    }
}
