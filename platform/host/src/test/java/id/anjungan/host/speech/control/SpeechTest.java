package id.anjungan.host.speech.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class SpeechTest {

    @Test
    void readsMaskedDigitsAsStarsAndNeverALongNumber() {
        String spoken = Speech.speakable("NIK 3374••••••••0003, nomor 3374014101800003", "id");
        assertFalse(spoken.contains("3374014101800003"));
        assertEquals("NIK 3374 bintang 0003, nomor  nomor panjang ", spoken);
        assertEquals("NIK 3374 star 0003", Speech.speakable("NIK 3374••••••••0003", "en"));
    }
}
