package id.anjungan.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PpksCategoryTest {

    @Test
    void theRegisterHoldsTheTwentySixCategoriesInTheSeedsOrder() {
        assertEquals(IntStream.rangeClosed(1, 26).boxed().toList(), Arrays.stream(PpksCategory.values())
                .map(PpksCategory::number).distinct().toList());
        assertEquals(List.of("5a", "5b", "5c", "5d"), codesOf(5));
        assertEquals(List.of("9a", "9b", "9c", "9d"), codesOf(9));
    }

    // seed 000's a–z list, whose position is the code (000:L3448-3680); the demo once coded PGOT as 24
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"4, ANAK_JALANAN", "5a, ANAK_DISABILITAS_FISIK", "5b, ANAK_DISABILITAS_SENSORIK",
        "8, LANJUT_USIA_TERLANTAR", "9a, DISABILITAS_FISIK", "9b, DISABILITAS_SENSORIK", "9c, DISABILITAS_MENTAL",
        "9d, DISABILITAS_INTELEKTUAL", "10, TUNA_SUSILA", "11, GELANDANGAN", "12, PENGEMIS",
        "15, BEKAS_WARGA_BINAAN", "24, FAKIR_MISKIN", "' 9C ', DISABILITAS_MENTAL", "26, KOMUNITAS_ADAT_TERPENCIL"})
    void theCodesOfTheNovember2023TableResolve(String code, PpksCategory category) {
        assertEquals(Optional.of(category), PpksCategory.ofCode(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "9", "5", "27", "0", "9e", "9с", "２４", "24 ", "2 4"})
    void codesThatAreNotInTheRegisterResolveToNothing(String code) {
        // "9с" has a Cyrillic es, "２４" full-width digits: look-alikes are not codes
        assertEquals(code.equals("24 ") ? Optional.of(PpksCategory.FAKIR_MISKIN) : Optional.empty(),
                PpksCategory.ofCode(code));
    }

    // seed 002's list (002:370-398) names 26 categories; 24 of them are in the register
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "Anak balita terlantar|1", "Anak terlantar|2", "Keluarga dengan bermasalah sosial psikologi|25",
        "Penyandang disabilitas|9a 9b 9c 9d", "Tuna susila|10", "Gelandangan|11", "Pengemis|12", "Pemulung|13",
        "Etnis minoritas|14", "Bekas Warga Binaan Pemasyarakatan (BWBP)|15", "Penderita HIV/AIDS (ODHA)|16",
        "Korban penyalahgunaan NAPZA|17", "Korban perdagangan manusia|18", "Korban kekerasan|19",
        "Pekerja migran dengan bermasalah sosial (PMBS)|20", "Korban bencana alam|21", "Korban bencana sosial|22",
        "Perempuan dari golongan sosial ekonomi lemah|23", "Fakir miskin|24",
        "Keluarga yang tinggal di rumah tidak layak huni|", "Anak yang membutuhkan perlindungan khusus|7",
        "Anak yang menghadapi permasalahan hukum|3", "Anak jalanan|4", "Lansia terlantar|8",
        "Penyandang disabilitas pengidap HIV/AIDS|", "Komunitas adat terpencil|26", "  fakir   MISKIN |24"})
    void theOtherListsNamesMapToCodes(String name, String codes) {
        assertEquals(codes == null ? "" : codes, PpksCategory.ofAlias(name).stream().map(PpksCategory::code)
                .collect(Collectors.joining(" ")));
    }

    @Test
    void everyCategoryHasANameInBothLanguages() {
        for (PpksCategory c : PpksCategory.values()) {
            assertTrue(!c.label().id().isBlank() && !c.label().en().isBlank()
                    && !c.label().id().equals(c.label().en()), c.code());
        }
    }

    private static List<String> codesOf(int number) {
        return Arrays.stream(PpksCategory.values()).filter(c -> c.number() == number).map(PpksCategory::code).toList();
    }
}
