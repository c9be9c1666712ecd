package id.anjungan.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OperationInputTest {

    private static final Text AMOUNT = Text.of("Jumlah uang", "Amount");

    @ParameterizedTest
    @CsvSource({
        "'',       missing-amount, Jumlah uang wajib diisi.",
        "abc,      invalid-amount, Jumlah uang harus bilangan bulat.",
        "12.5,     invalid-amount, Jumlah uang harus bilangan bulat.",
        "0,        invalid-amount, Jumlah uang harus antara Rp1 dan Rp1.500.000.",
        "1500001,  invalid-amount, Jumlah uang harus antara Rp1 dan Rp1.500.000."
    })
    void refusesAmountsWithAReasonNamingTheField(String raw, String code, String message) {
        ProgramException e = assertThrows(ProgramException.class,
                () -> new OperationInput(Map.of("amount", raw)).rupiah("amount", AMOUNT, 1, 1_500_000));
        assertEquals(code, e.reason().code());
        assertEquals(message, e.reason().message().id());
    }

    @Test
    void wholeNumbersAreWrittenPlainAndRupiahTheIndonesianWay() {
        ProgramException e = assertThrows(ProgramException.class,
                () -> new OperationInput(Map.of("sequence", 0)).whole("sequence", Text.of("Nomor", "Number"), 1, 20_000));
        assertEquals("Number must be between 1 and 20000.", e.reason().message().en());
        assertEquals(1_250_000L, new OperationInput(Map.of("amount", " 1250000 ")).rupiah("amount", AMOUNT, 1, 2_000_000));
        assertEquals("-Rp2.500", OperationInput.formatRupiah(-2500));
    }

    @Test
    void readsTextDatesCodesAndYes() {
        OperationInput in = new OperationInput(Map.of("note", "  dua   kata ", "day", "2026-11-23", "kind", "panti",
                "ok", true));
        assertEquals("dua kata", in.text("note", Text.of("Catatan", "Note"), 2, 20));
        assertTrue(in.optionalText("other", Text.of("Lain", "Other"), 1, 5).isEmpty());
        assertEquals(LocalDate.of(2026, 11, 23), in.date("day", Text.of("Tanggal", "Date")));
        assertEquals("PANTI", in.code("kind", Text.of("Jenis", "Kind"), Set.of("PANTI", "KELUARGA")));
        assertTrue(in.yes("ok"));
        assertFalse(new OperationInput(null).yes("ok"));
        assertThrows(ProgramException.class, () -> in.code("note", Text.of("Jenis", "Kind"), Set.of("PANTI")));
        assertThrows(ProgramException.class, () -> in.text("note", Text.of("Catatan", "Note"), 10, 20));
    }

    @Test
    void readsAListOfTextsWithoutDuplicates() {
        Text refs = Text.of("Daftar penerima", "The list of recipients");
        OperationInput in = new OperationInput(Map.of("refs", java.util.List.of(" r1 ", "r2", "r1")));
        assertEquals(java.util.List.of("r1", "r2"), in.texts("refs", refs, 3, 5));
        assertEquals(java.util.List.of(), in.texts("none", refs, 3, 5));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"not a list", "blank", "number", "too many", "too long"})
    void refusesAListItCannotRead(String what) {
        Object refs = switch (what) {
            case "blank" -> java.util.List.of("r1", " ");
            case "number" -> java.util.List.of("r1", java.math.BigDecimal.ONE);
            case "too many" -> java.util.List.of("r1", "r2", "r3", "r4");
            case "too long" -> java.util.List.of("r123456");
            default -> "r1";
        };
        ProgramException e = assertThrows(ProgramException.class, () -> new OperationInput(Map.of("refs", refs))
                .texts("refs", Text.of("Daftar penerima", "The list of recipients"), 3, 5));
        assertEquals("invalid-refs", e.reason().code());
        assertEquals("Daftar penerima tidak terbaca.", e.reason().message().id());
    }
}
