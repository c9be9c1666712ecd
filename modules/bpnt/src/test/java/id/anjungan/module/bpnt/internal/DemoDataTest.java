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
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoDataTest {

    private static final Path LIST = Path.of("src/main/demo/recipients.csv");
    /** Streets of each kelurahan of Kecamatan Semarang Tengah that the demo list uses. */
    private static final Map<String, List<String>> STREETS = Map.ofEntries(
            Map.entry("Miroto", List.of("Jl. Miroto", "Jl. Gajahmada")),
            Map.entry("Purwodinatan", List.of("Jl. Purwodinatan", "Jl. Petolongan")),
            Map.entry("Kauman", List.of("Jl. Kauman")),
            Map.entry("Pandansari", List.of("Jl. Pandansari")),
            Map.entry("Jagalan", List.of("Gang Jagalan", "Jl. Jagalan")),
            Map.entry("Pendrikan Lor", List.of("Gang Pendrikan Lor")),
            Map.entry("Pendrikan Kidul", List.of("Jl. Pendrikan Tengah")),
            Map.entry("Brumbungan", List.of("Jl. Brumbungan", "Gang Brumbungan")),
            Map.entry("Pekunden", List.of("Jl. Pekunden Timur", "Jl. Pekunden Tengah")),
            Map.entry("Gabahan", List.of("Gang Gabahan", "Jl. Gabahan Tengah")),
            Map.entry("Sekayu", List.of("Jl. Sekayu Raya")),
            Map.entry("Karangkidul", List.of("Jl. Karangkidul")),
            Map.entry("Kembangsari", List.of("Jl. Kembangsari")),
            Map.entry("Kranggan", List.of("Gang Kranggan Dalam", "Jl. Kranggan")),
            Map.entry("Bangunharjo", List.of("Jl. Bangunharjo")));

    @Test
    void demoListIsAPaymentListOfSemarangTengahWithStreetsInTheirKelurahan() throws IOException {
        List<String> lines = Files.readAllLines(LIST, StandardCharsets.UTF_8);
        assertEquals("nik,kk,name,address,rt,rw,kelurahan,channel,rekening,tahap,cair", lines.get(0));
        assertTrue(lines.size() - 1 >= 20 && lines.size() - 1 <= 40, "20-40 rows");
        Set<String> niks = new HashSet<>();
        TahapCalendar calendar = TahapCalendar.parse(Fixture.config(Map.of()).tahaps());
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            assertEquals(11, c.length, line);
            assertTrue(validNik(c[0]), c[0]);
            assertTrue(niks.add(c[0]), "duplicate " + c[0]);
            assertTrue(c[1].matches("3374\\d{12}"), c[1]);
            assertTrue(Set.of("KKS", "POS").contains(c[7]), line);
            assertEquals(c[7].equals("POS"), c[8].isEmpty(), line);
            assertTrue(STREETS.containsKey(c[6]), c[6]);
            assertTrue(STREETS.get(c[6]).stream().anyMatch(street -> c[3].startsWith(street + " ")),
                    c[3] + " is not a street of " + c[6]);
            assertTrue(calendar.byId(c[9]).isPresent(), "tahap " + c[9] + " is in the default calendar");
            assertTrue(Set.of("YA", "TIDAK").contains(c[10]), line);
            String serial = c[0].substring(12);
            assertTrue(serial.startsWith("1") || Set.of("0011", "0012").contains(serial), c[0]);
        }
    }

    /** One NIK is one person across the demo lists: same name and KK wherever it appears. */
    @Test
    void aSharedNikIsTheSamePersonInEveryModulesList() throws IOException {
        Map<String, String[]> ours = new java.util.HashMap<>();
        for (String line : Files.readAllLines(LIST, StandardCharsets.UTF_8)) {
            String[] c = line.split(",", -1);
            ours.put(c[0], c);
        }
        int shared = 0;
        try (var modules = Files.list(Path.of(".."))) {
            for (Path other : modules.map(m -> m.resolve(LIST)).filter(Files::exists)
                    .filter(p -> !p.toAbsolutePath().normalize().equals(LIST.toAbsolutePath().normalize())).toList()) {
                for (String line : Files.readAllLines(other, StandardCharsets.UTF_8)) {
                    String[] c = line.split(",", -1);
                    String[] mine = ours.get(c[0]);
                    if (mine != null && c.length > 2) {
                        shared++;
                        assertEquals(mine[1] + " " + mine[2], c[1] + " " + c[2], c[0] + " in " + other);
                    }
                }
            }
        }
        assertTrue(shared >= 4, "the cross-list demo persons are there: " + shared);
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
