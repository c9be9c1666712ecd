package id.anjungan.host.recipients.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.anjungan.spi.platform.RecipientRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * No demo row lives on a street named after another kelurahan of Semarang Tengah than the one in its kelurahan
 * column: an officer of Miroto reading "Jl. Sekayu Raya" on a Miroto row knows the list is made up.
 */
class DemoAddressesTest {

    static final List<String> KELURAHAN = List.of("Bangunharjo", "Brumbungan", "Gabahan", "Jagalan", "Karangkidul",
            "Kauman", "Kembangsari", "Kranggan", "Miroto", "Pandansari", "Pekunden", "Pendrikan Kidul", "Pendrikan Lor",
            "Purwodinatan", "Sekayu");

    @TempDir
    Path home;

    /** The other kelurahan an address names, if any. */
    static Optional<String> otherKelurahanNamed(String address, String kelurahan) {
        String own = kelurahan.strip().toLowerCase(Locale.ROOT);
        return KELURAHAN.stream().filter(k -> !k.toLowerCase(Locale.ROOT).equals(own))
                .filter(k -> Pattern.compile("\\b" + Pattern.quote(k) + "\\b", Pattern.CASE_INSENSITIVE)
                        .matcher(address).find())
                .findFirst();
    }

    @ParameterizedTest(name = "{0} in {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Jl. Sekayu Raya 3|Miroto|Sekayu",
        "Jl. Pendrikan Lor 12|Pendrikan Kidul|Pendrikan Lor",
        "jl. kauman barat 4|Jagalan|Kauman",
        "Jl. Sekayu Raya 3|Sekayu|-",
        "Jl. Pendrikan Tengah 36|Pendrikan Kidul|-",
        "Jl. Miroto No. 1|miroto|-",
        "Gang Kembangsaren 2|Kembangsari|-"})
    void anAddressNamingAnotherKelurahanIsFound(String address, String kelurahan, String named) {
        assertEquals(Optional.ofNullable(named), otherKelurahanNamed(address, kelurahan));
    }

    @Test
    void everyDemoAddressLiesInItsOwnKelurahan() throws Exception {
        List<String> wrong = new ArrayList<>();
        List<List<String>> lists = new ArrayList<>(DemoListsTest.LISTS);
        lists.add(List.of("rehabilitasi", "REHSOS", "2023-11", "ppks-2023-11.csv"));
        try (ImportFixture f = new ImportFixture(home)) {
            for (List<String> list : lists) {
                Path csv = DemoListsTest.MODULES.resolve(list.get(0)).resolve("src/main/demo")
                        .resolve(list.size() > 3 ? list.get(3) : "recipients.csv");
                ImportProgress done = f.importer.importFile(list.get(1), list.get(2), csv, RecipientImportTest.ADMIN);
                assertEquals(ImportProgress.State.DONE, done.state(), list + ": " + done.json("en"));
                for (RecipientRecord r : f.lists.list(list.get(1), list.get(2))) {
                    otherKelurahanNamed(r.address(), r.kelurahan()).ifPresent(other -> wrong.add(list.get(1) + " "
                            + r.name() + ": " + r.address() + " is in " + other + ", not " + r.kelurahan()));
                }
            }
        }
        assertEquals(List.of(), wrong);
    }
}
