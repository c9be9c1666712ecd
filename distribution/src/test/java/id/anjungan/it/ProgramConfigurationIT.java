package id.anjungan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A module's configuration PID follows its program code ({@code docs/architecture.md}, "Program names"). Santunan
 * Kematian's was {@code id.anjungan.santunankematian}: a kiosk configured under that name keeps its settings, and the
 * new {@code id.anjungan.sankem} wins where both say something.
 */
class ProgramConfigurationIT {

    private final Path config;

    ProgramConfigurationIT() throws Exception {
        config = Kiosk.get().home().resolve("config");
    }

    @Test
    void santunanKematianReadsItsEarlierPidAndThenTheNewOne() throws Exception {
        List<String> defaults = documents();
        assertTrue(defaults.contains("akta-kematian"), "starts from the module's own list: " + defaults);
        write("id.anjungan.santunankematian.cfg", "documents=surat-lama|Surat lama|Old letter\n");
        assertEquals(List.of("surat-lama"), documentsOnceTheyChange(defaults), "the earlier PID is read");

        write("id.anjungan.sankem.cfg", "documents=surat-baru|Surat baru|New letter\n");
        assertEquals(List.of("surat-baru"), documentsOnceTheyChange(List.of("surat-lama")), "the new PID wins");
    }

    @AfterEach
    void backToTheDefaults() throws Exception {
        List<String> before = documents();
        Files.deleteIfExists(config.resolve("id.anjungan.sankem.cfg"));
        Files.deleteIfExists(config.resolve("id.anjungan.santunankematian.cfg"));
        if (!before.contains("akta-kematian")) {
            documentsOnceTheyChange(before);
        }
    }

    private void write(String name, String content) throws Exception {
        Path draft = Files.writeString(config.resolve(name + ".tmp"), content);
        Files.move(draft, config.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    /** FileInstall reads the folder every second, and the module then starts again with its new configuration. */
    private List<String> documentsOnceTheyChange(List<String> before) throws Exception {
        for (int i = 0; i < 240; i++) {
            List<String> now = documents();
            if (!now.isEmpty() && !now.equals(before)) {
                return now;
            }
            Thread.sleep(250);
        }
        return before;
    }

    private static List<String> documents() throws Exception {
        Kiosk.Answer answer = Kiosk.get().get("/api/programs/SANKEM/services/ajukan");
        if (answer.status() != 200) {
            return List.of(); // between the old component's end and the new one's start
        }
        return answer.object().getJsonArray("checklist").stream().map(d -> ((JsonObject) d).getString("id")).toList();
    }
}
