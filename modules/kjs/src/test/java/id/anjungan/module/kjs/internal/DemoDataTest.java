package id.anjungan.module.kjs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    /** Streets not named after their kelurahan. */
    private static final java.util.Map<String, Set<String>> STREETS = java.util.Map.of(
            "Pekunden", Set.of("Jl. Pekunden Timur"), "Kembangsari", Set.of("Jl. Pandanaran"));

    @Test
    void demoListIsAValidKpmListOfSemarangTengah() throws IOException {
        List<String> lines = Files.readAllLines(LIST, StandardCharsets.UTF_8);
        assertEquals("nik,kk,name,address,rt,rw,kelurahan,kategori,rekening,kartu,pendamping", lines.get(0));
        assertTrue(lines.size() - 1 >= 20 && lines.size() - 1 <= 40, "20-40 rows");
        Set<String> niks = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            assertEquals(11, c.length, line);
            assertTrue(validNik(c[0]), c[0]);
            assertTrue(niks.add(c[0]), "duplicate " + c[0]);
            assertTrue(c[1].matches("3374\\d{12}"), c[1]);
            assertTrue(Set.of("9a", "9c", "9d", "8").contains(c[7]), line);
            assertTrue(c[8].matches("\\d{10,16}"), line);
            assertTrue(Set.of("ADA", "HILANG", "RUSAK", "BELUM_TERCETAK").contains(c[9]), line);
            assertTrue(Set.of("ya", "tidak").contains(c[10]), line);
            assertTrue(KELURAHAN.contains(c[6]), c[6]);
            assertTrue(c[3].contains(c[6]) || STREETS.getOrDefault(c[6], Set.of()).stream().anyMatch(c[3]::startsWith),
                    "street in its kelurahan: " + line);
            String serial = c[0].substring(12);
            assertTrue(serial.startsWith("1") || Set.of("0011", "0012").contains(serial), c[0]);
        }
        assertTrue(niks.contains("3374010203650012"));
        assertTrue(lines.contains("3374010203650012,3374011203100012,Sutrisno Prasetyo,Jl. Kauman 7,02,01,Kauman,9c,"
                + "2031004512,ADA,ya"), "the KJS recipient who is also the deceased of the Santunan Kematian list");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("3374014708581020,3374012708120020,Tukiyem Handayani,")),
                "the BPNT/KJS double-aid case carries her BPNT KK");
        assertFalse(niks.contains("3374015506700011"), "a BPNT KPM stays off the KJS list");
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
