package id.anjungan.host.cases.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Staff read who took a step in words, Bahasa Indonesia first, never a role's code. */
class ActorWordsTest {

    @Test
    void rolesAreNamedInWords() {
        assertEquals("Warga", ActorWords.of("Warga (RESIDENT)", "id"));
        assertEquals("Resident", ActorWords.of("Warga (RESIDENT)", "en"));
        assertEquals("Pak Joko — PSM (pendamping warga) untuk 3374••••••••0003",
                ActorWords.of("Pak Joko (PSM) untuk 3374••••••••0003", "id"));
        assertEquals("Pak Joko — PSM (community volunteer) for 3374••••••••0003",
                ActorWords.of("Pak Joko (PSM) untuk 3374••••••••0003", "en"));
        assertEquals("Bu Rina — Petugas TKSK (petugas sosial kecamatan)", ActorWords.of("Bu Rina (TKSK)", "id"));
        assertEquals("Pak Budi — Kasi Kesos (kepala seksi kesejahteraan sosial)", ActorWords.of("Pak Budi (KASI_KESOS)", "id"));
    }

    @Test
    void otherTextIsLeftAsItIs() {
        assertEquals("sistem", ActorWords.of("sistem", "id"));
        assertEquals("Bu Rina (Lurah)", ActorWords.of("Bu Rina (Lurah)", "id"));
        assertEquals(null, ActorWords.of(null, "id"));
    }
}
