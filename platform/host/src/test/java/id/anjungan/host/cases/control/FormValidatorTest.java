package id.anjungan.host.cases.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.identity.control.DigitVariants;
import id.anjungan.spi.Choice;
import id.anjungan.spi.FieldType;
import id.anjungan.spi.FormDefinition;
import id.anjungan.spi.FormField;
import id.anjungan.spi.Text;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class FormValidatorTest {

    private static final Text L = Text.of("Isian", "Field");
    private static final FormDefinition FORM = FormDefinition.of(
            FormField.choice("problem", L, Choice.of("lost", "Hilang", "Lost"), Choice.of("pin", "PIN", "PIN")),
            FormField.of("police", FieldType.ATTACHMENT, L).when("problem", "lost"),
            FormField.of("nik", FieldType.NIK, L),
            FormField.of("kk", FieldType.KK, L).optional(),
            FormField.of("died", FieldType.DATE, L).withDates(FormField.DateRule.NOT_IN_FUTURE).optional(),
            FormField.of("amount", FieldType.RUPIAH, L).withRange(1000L, 5_000_000L).optional(),
            FormField.of("phone", FieldType.PHONE, L).optional(),
            FormField.of("sick", FieldType.YES_NO, L).optional(),
            FormField.of("story", FieldType.TEXT, L).withRange(null, 10L).optional(),
            FormField.of("people", FieldType.NUMBER, L).withRange(1L, 20L).optional(),
            FormField.of("account", FieldType.BANK_ACCOUNT, L).withRange(10L, 15L).optional(),
            FormField.of("otherAccount", FieldType.BANK_ACCOUNT, L).optional());

    private static FormValidator.Result validate(Map<String, String> data) {
        return FormValidator.validate(FORM, data, LocalDate.of(2026, 11, 23), "a1"::equals);
    }

    @ParameterizedTest(name = "{0}={1} → {2}")
    @CsvSource({
            "nik,     3374014101800000, nik-serial",
            "kk,      123,              length",
            "died,    2026-11-24,       date-future",
            "died,    24-11-2026,       date",
            "amount,  500,              range",
            "amount,  12a,              number",
            "phone,   12345,            phone",
            "sick,    maybe,            yes-no",
            "story,   much too long text, too-long",
            "people,  21,               range",
            "account, 203100778,        bank-account",
            "account, 2031007789012345, bank-account",
            "account, 20310077AB,       bank-account",
            "otherAccount, 12345,       bank-account",
            "problem, stolen,           choice"})
    void refusesBadAnswers(String field, String value, String code) {
        Map<String, String> data = new HashMap<>(Map.of("problem", "pin", "nik", "3374014101800003"));
        data.put(field, value);
        FormValidator.Result r = validate(data);
        assertEquals(1, r.errors().size(), r.errors().toString());
        assertEquals(field, r.errors().get(0).field());
        assertEquals(code, r.errors().get(0).code());
    }

    @Test
    void asksConditionalFieldsOnlyWhenTheyApply() {
        assertEquals("required", validate(Map.of("problem", "lost", "nik", "3374014101800003")).errors().get(0).code());
        assertTrue(validate(Map.of("problem", "lost", "police", "a1", "nik", "3374014101800003")).valid());
        FormValidator.Result pin = validate(Map.of("problem", "pin", "police", "a1", "nik", "3374014101800003"));
        assertTrue(pin.valid());
        assertTrue(!pin.data().containsKey("police"), "an answer to a question not asked is dropped");
    }

    @Test
    void normalisesNumbers() {
        FormValidator.Result r = validate(Map.of("problem", "pin", "nik", "3374 0141 0180 0003", "amount", "Rp200.000",
                "phone", "0812-3456-7890", "account", "2031 0077-89", "otherAccount", "1.234.567"));
        assertTrue(r.valid(), r.errors().toString());
        assertEquals("3374014101800003", r.data().get("nik"));
        assertEquals("200000", r.data().get("amount"));
        assertEquals("081234567890", r.data().get("phone"));
        assertEquals("2031007789", r.data().get("account"));
        assertEquals("1234567", r.data().get("otherAccount"));
    }

    static Stream<Arguments> variants() {
        return DigitVariants.of("3374014101800003");
    }

    /** Every digit-only answer is stored in ASCII, so claims and checks compare one form. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void otherScriptsDigitsAreStoredAsAscii(String name, String nik) {
        Map<String, String> typed = new HashMap<>(Map.of("problem", "pin", "nik", nik, "kk", nik));
        typed.put("phone", DigitVariants.named(name, "081234567890"));
        typed.put("account", DigitVariants.named(name, "203100778901"));
        typed.put("people", Character.toString(nik.codePointBefore(nik.length())));
        typed.put("died", DigitVariants.shifted("20261102", '０', 0).replaceAll("(....)(..)(..)", "$1-$2-$3"));
        FormValidator.Result r = validate(typed);
        assertTrue(r.valid(), r.errors().toString());
        assertEquals("3374014101800003", r.data().get("nik"));
        assertEquals("3374014101800003", r.data().get("kk"));
        assertEquals("081234567890", r.data().get("phone"));
        assertEquals("203100778901", r.data().get("account"));
        assertEquals("3", r.data().get("people"));
        assertEquals("2026-11-02", r.data().get("died"));
    }

    private static final FormDefinition PROPOSAL = FormDefinition.of(FormField.of("nik", FieldType.NIK, L),
            FormField.of("replacement", FieldType.YES_NO, L).askedOf(id.anjungan.spi.Role.PSM, id.anjungan.spi.Role.TKSK),
            FormField.of("replacesNik", FieldType.NIK, L).when("replacement", "true"));

    @ParameterizedTest(name = "{0} → asked: {1}")
    @CsvSource(nullValues = "-", value = {"RESIDENT, false", "PSM, true", "TKSK, true", "KASI_KESOS, false",
            "-, false"})
    void aQuestionAskedOfSomeRolesIsNotAskedOfOthers(id.anjungan.spi.Role role, boolean asked) {
        Map<String, String> answers = Map.of("nik", "3374014101800003", "replacement", "true",
                "replacesNik", "3374014101800011");
        FormValidator.Result r = FormValidator.validate(PROPOSAL, answers, LocalDate.of(2026, 11, 23), id -> false,
                false, role);
        assertTrue(r.valid(), r.errors().toString());
        assertEquals(asked, r.data().containsKey("replacement"), r.data().toString());
        assertEquals(asked, r.data().containsKey("replacesNik"), "the branch follows the role's question");
        assertTrue(!r.data().containsKey(FormField.ROLE), "the role is no answer");
        if (!asked) {
            assertEquals("required", FormValidator.validate(PROPOSAL, Map.of("nik", "3374014101800003",
                    "replacement", "true"), LocalDate.of(2026, 11, 23), id -> false, false, id.anjungan.spi.Role.TKSK)
                    .errors().stream().map(FieldError::code).findFirst().orElse("none"));
        }
    }
}
