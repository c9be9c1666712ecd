package id.anjungan.module.bpnt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoDataTest {

    private static final Path LIST = Path.of("src/main/demo/recipients.csv");
    private static final Set<String> KELURAHAN = Set.of("Miroto", "Brumbungan", "Jagalan", "Kranggan", "Gabahan",
            "Kembangsari", "Sekayu", "Pandansari", "Bangunharjo", "Kauman", "Purwodinatan", "Karangkidul", "Pekunden",
            "Pendrikan Kidul", "Pendrikan Lor");

    @Test
    void demoListIsAValidKpmListOfSemarangTengah() throws IOException {
        List<String> lines = Files.readAllLines(LIST, StandardCharsets.UTF_8);
        assertEquals("nik,kk,name,address,rt,rw,kelurahan,channel,rekening,ewarung", lines.get(0));
        assertTrue(lines.size() - 1 >= 20 && lines.size() - 1 <= 40, "20-40 rows");
        Set<String> niks = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            assertEquals(10, c.length, line);
            assertTrue(validNik(c[0]), c[0]);
            assertTrue(niks.add(c[0]), "duplicate " + c[0]);
            assertTrue(c[1].matches("3374\\d{12}"), c[1]);
            assertTrue(Set.of("KKS", "POS").contains(c[7]), line);
            assertEquals(c[7].equals("POS"), c[8].isEmpty(), line);
            assertTrue(KELURAHAN.contains(c[6]), c[6]);
            String serial = c[0].substring(12);
            assertTrue(serial.startsWith("1") || Set.of("0011", "0012").contains(serial), c[0]);
        }
        assertTrue(niks.contains("3374015506700011"));
    }

    static boolean validNik(String nik) {
        if (!nik.matches("337401\\d{10}") || nik.endsWith("0000")) {
            return false;
        }
        int day = Integer.parseInt(nik.substring(6, 8));
        try {
            LocalDate.of(1900 + Integer.parseInt(nik.substring(10, 12)), Integer.parseInt(nik.substring(8, 10)),
                    day > 40 ? day - 40 : day);
            return true;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }
}
