package id.anjungan.host.speech.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * Makes espeak-ng's WAV (22,050 Hz, 16 bit) small enough for a quick answer: 16 kHz mono μ-law, 16 KB a second
 * instead of 44 KB, still wideband speech. The JDK's own converters do it; no native library is needed, and every
 * browser plays μ-law WAV.
 */
final class SpokenAudio {

    static final float RATE = 16_000f;

    private SpokenAudio() {
    }

    static byte[] compact(byte[] wav) throws IOException {
        AudioInputStream pcm = pcm(wav);
        AudioFormat source = pcm.getFormat();
        AudioFormat resampled = new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, RATE, 16, 1, 2, RATE, false);
        AudioFormat ulaw = new AudioFormat(AudioFormat.Encoding.ULAW, RATE, 8, 1, 1, RATE, false);
        AudioInputStream down = source.getSampleRate() == RATE ? pcm : AudioSystem.getAudioInputStream(resampled, pcm);
        AudioInputStream coded = AudioSystem.getAudioInputStream(ulaw, down);
        byte[] samples = coded.readAllBytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(samples), ulaw, samples.length),
                AudioFileFormat.Type.WAVE, out);
        return out.toByteArray();
    }

    /**
     * The PCM samples of a WAV espeak-ng wrote to a pipe: its header gives a placeholder length (it could not seek
     * back), so the samples are what follows the "data" chunk header up to the end.
     */
    static AudioInputStream pcm(byte[] wav) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        if (wav.length < 44 || b.getInt(0) != 0x46464952 || b.getInt(8) != 0x45564157) {
            throw new IOException("not a WAV");
        }
        int pos = 12;
        AudioFormat format = null;
        while (pos + 8 <= wav.length) {
            int id = b.getInt(pos);
            int size = b.getInt(pos + 4);
            if (id == 0x20746d66) {
                int channels = b.getShort(pos + 10);
                int rate = b.getInt(pos + 12);
                int bits = b.getShort(pos + 22);
                format = new AudioFormat(rate, bits, channels, true, false);
            } else if (id == 0x61746164 && format != null) {
                int start = pos + 8;
                int frameSize = format.getFrameSize();
                int length = (wav.length - start) / frameSize * frameSize;
                return new AudioInputStream(new ByteArrayInputStream(wav, start, length), format, length / frameSize);
            }
            pos += 8 + size + (size & 1);
        }
        throw new IOException("WAV without samples");
    }
}
