package id.anjungan.host.cases.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.identity.control.DigitVariants;
import id.anjungan.spi.FieldType;
import id.anjungan.spi.FormDefinition;
import id.anjungan.spi.FormField;
import id.anjungan.spi.PlatformCheck;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.Reason;
import id.anjungan.spi.Role;
import id.anjungan.spi.ServiceDefinition;
import id.anjungan.spi.ServiceKind;
import id.anjungan.spi.Text;
import id.anjungan.spi.platform.RecipientRecord;
import id.anjungan.spi.Choice;
import id.anjungan.spi.platform.Resident;
import id.anjungan.testkit.MemoryRecipientLists;
import id.anjungan.testkit.MemoryResidents;
import id.anjungan.testkit.TestClock;
import id.anjungan.testkit.TestKelurahan;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class PlatformChecksTest {

    private static final String KPM = "3374014101800003";
    private static final String TWO_LISTS = "3374014101800011";
    private static final String NO_ACCOUNT = "3374014101800029";
    private static final String UNLISTED = "3374014101800037";
    /** Moved in from Demak, on the kelurahan's BPNT list. */
    private static final String TWO_LISTS_FROM_DEMAK = "3321014101800013";
    private static final Text L = Text.of("Isian", "Field");
    /** A death benefit: the account is the heir's, the NIK asked just before it. */
    private static final FormDefinition HEIR_FORM = FormDefinition.of(FormField.of("deceasedNik", FieldType.NIK, L),
            FormField.of("heirNik", FieldType.NIK, L), FormField.of("account", FieldType.BANK_ACCOUNT, L));

    private final MemoryRecipientLists lists = new MemoryRecipientLists();
    private final PlatformChecks checks = new PlatformChecks();
    private final MemoryResidents residents = new MemoryResidents(new TestClock());

    @BeforeEach
    void lists() {
        checks.recipients = lists;
        checks.kelurahan = new TestKelurahan();
        checks.residents = residents;
        lists.put("BPNT", "2026-10", List.of(row("BPNT", KPM, "1111111111")));
        lists.put("BPNT", "2026-11", List.of(row("BPNT", KPM, "2031 0078-90"), row("BPNT", TWO_LISTS, "2031000001"),
                row("BPNT", NO_ACCOUNT, ""), row("BPNT", TWO_LISTS_FROM_DEMAK, "2031000009")));
        lists.put("KJS", "2026-11", List.of(row("KJS", TWO_LISTS, "3000000002"), row("KJS", NO_ACCOUNT, null)));
    }

    private static RecipientRecord row(String program, String nik, String account) {
        Map<String, String> fields = account == null ? Map.of("kategori", "9c") : Map.of("rekening", account);
        return new RecipientRecord(program, "2026-11", nik, "3374010101800001", "Nama", "Jl. Kauman 1", "001", "002",
                "Miroto", fields);
    }

    private static ServiceDefinition service(ServiceKind kind, FormDefinition form) {
        return new ServiceDefinition("ajukan", kind, L, L, null, Set.of(Role.RESIDENT), form, List.of(), null, null,
                false);
    }

    private static ProgramDescriptor program(ServiceDefinition service, PlatformCheck... declared) {
        return new ProgramDescriptor("SANKEM", L, L, "icon.svg", List.of(service), List.of(), Set.of(),
                Set.of(declared), List.of(), List.of());
    }

    private List<Reason> apply(ServiceKind kind, String heir, String account) {
        ServiceDefinition service = service(kind, HEIR_FORM);
        return checks.check(program(service, PlatformCheck.ONE_AID_ACCOUNT), service,
                Map.of("deceasedNik", UNLISTED, "heirNik", heir, "account", account), UNLISTED);
    }

    @ParameterizedTest(name = "{0} gives {1} → {2}")
    @CsvSource({
            "same account,              " + KPM + ",        2031007890,     -",
            "same account with spaces,  " + KPM + ",        2031 0078 90,   -",
            "same account with dashes,  " + KPM + ",        2031-007-890,   -",
            "an older list account,   " + KPM + ",        1111111111,     aid-account",
            "another account,           " + KPM + ",        2031007891,     aid-account",
            "one of the two known accounts, " + TWO_LISTS + ", 3000000002,  -",
            "neither known account, " + TWO_LISTS + ",  2031007890,     aid-account",
            "no account on the list,    " + NO_ACCOUNT + ", 9999999999,     -",
            "NIK on no list,            " + UNLISTED + ",   9999999999,     -"})
    void anAccountMustBeTheOneAlreadyUsedForAid(String why, String heir, String account, String refusal) {
        List<Reason> reasons = apply(ServiceKind.APPLICATION, heir, account);
        assertEquals("-".equals(refusal) ? List.of() : List.of(refusal), reasons.stream().map(Reason::code).toList(),
                why);
    }

    @Test
    void aRefusalShowsTheKnownAccountsOnlyMasked() {
        Reason r = apply(ServiceKind.PROPOSAL, TWO_LISTS, "2031007890").get(0);
        assertEquals("aid-account", r.code());
        assertTrue(r.message().id().contains("BPNT: ••••••0001, KJS: ••••••0002"), r.message().id());
        assertTrue(r.message().en().contains("use that account"), r.message().en());
        assertFalse((r.message().id() + r.message().en()).contains("2031000001"));
    }

    @ParameterizedTest
    @EnumSource(value = ServiceKind.class, names = {"REPORT", "COMPLAINT", "OBJECTION"})
    void reportsThatFixTheRecordAreNotBarred(ServiceKind kind) {
        assertEquals(List.of(), apply(kind, KPM, "2031007891"));
    }

    @Test
    void theAccountIsTheNearestNiksNotTheSubjects() {
        ServiceDefinition service = service(ServiceKind.APPLICATION, HEIR_FORM);
        Map<String, String> deceasedWasKpm = Map.of("deceasedNik", KPM, "heirNik", UNLISTED, "account", "5555555555");
        assertEquals(List.of(), checks.check(program(service, PlatformCheck.ONE_AID_ACCOUNT), service, deceasedWasKpm,
                KPM));
    }

    @Test
    void anAccountAskedBeforeAnyNikIsTheSubjects() {
        ServiceDefinition service = service(ServiceKind.APPLICATION,
                FormDefinition.of(FormField.of("account", FieldType.BANK_ACCOUNT, L)));
        assertEquals("aid-account", checks.check(program(service, PlatformCheck.ONE_AID_ACCOUNT), service,
                Map.of("account", "5555555555"), KPM).get(0).code());
    }

    @Test
    void onlyProgramsThatDeclareTheCheckAreBound() {
        ServiceDefinition service = service(ServiceKind.APPLICATION, HEIR_FORM);
        assertEquals(List.of(), checks.check(program(service, PlatformCheck.DOMICILE_CITY), service,
                Map.of("deceasedNik", UNLISTED, "heirNik", KPM, "account", "2031007891"), UNLISTED));
    }

    static Stream<Arguments> variants() {
        return DigitVariants.of(KPM);
    }

    /**
     * A KPM of BPNT who has died, typed in other scripts' digits, through the form rules as the kiosk takes it: every
     * check sees the ASCII NIK and refuses as it does for the ASCII form (before folding, every one of them missed).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everyCheckSeesOneFormOfTheNik(String name, String typed) {
        MemoryResidents residents = new MemoryResidents(new TestClock());
        residents.save(new Resident(KPM, null, "Nama", null, null, null, null, "Miroto", Resident.Standing.DECEASED));
        checks.residents = residents;
        FormDefinition form = FormDefinition.of(FormField.of("nik", FieldType.NIK, L),
                FormField.of("account", FieldType.BANK_ACCOUNT, L));
        ServiceDefinition service = service(ServiceKind.APPLICATION, form);
        ProgramDescriptor kjs = new ProgramDescriptor("KJS", L, L, "icon.svg", List.of(service), List.of(),
                Set.of("BPNT"), Set.of(PlatformCheck.values()), List.of(), List.of());
        FormValidator.Result answers = FormValidator.validate(form, Map.of("nik", typed,
                "account", DigitVariants.named(name, "555555555501")), LocalDate.of(2026, 11, 23), id -> false);
        assertTrue(answers.valid(), answers.errors().toString());
        List<String> refusals = checks.check(kjs, service, answers.data(), answers.data().get("nik")).stream()
                .map(Reason::code).sorted().toList();
        assertEquals(List.of("aid-account", "double-aid", "not-entitled"), refusals);
        String otherCity = "3171" + KPM.substring(4);
        Map<String, String> elsewhere = FormValidator.validate(form, Map.of("nik", otherCity.replace('3', '３')),
                LocalDate.of(2026, 11, 23), id -> false).data();
        assertEquals(List.of("domicile-city", "domicile-kecamatan"), checks.check(kjs, service, elsewhere,
                elsewhere.get("nik")).stream().map(Reason::code).sorted().toList());
    }

    /** Issued in Kabupaten Demak (3321), in Kecamatan Semarang Tengah (337401), in Semarang Barat (337403). */
    private static final String NIK_DEMAK = "3321014101800005";
    private static final String NIK_HERE = "3374014101800045";
    private static final String KK_HERE = "3374011203150004";
    private static final String KK_DEMAK = "3321010502100007";
    private static final String KK_SEMARANG_BARAT = "3374030502100002";
    private static final FormDefinition PROPOSAL_FORM = FormDefinition.of(FormField.of("nik", FieldType.NIK, L),
            FormField.of("kk", FieldType.KK, L));
    private static final FormDefinition HOUSE_FORM = FormDefinition.of(FormField.of("nik", FieldType.NIK, L),
            FormField.choice("kelurahan", L, Choice.of("Miroto", "Miroto", "Miroto"),
                    Choice.of("Kauman", "Kauman", "Kauman")));

    @ParameterizedTest(name = "{0} → {5}")
    @CsvSource({
            "NIK from Demak + KK here,                       KK,    " + NIK_DEMAK + ", " + KK_HERE + ",           DOMICILE_KECAMATAN, -",
            "NIK from Demak + KK here (city rule),           KK,    " + NIK_DEMAK + ", " + KK_HERE + ",           DOMICILE_CITY,      -",
            "NIK here + KK Demak (moved away),               KK,    " + NIK_HERE + ",  " + KK_DEMAK + ",          DOMICILE_KECAMATAN, domicile-kecamatan",
            "NIK here + KK Demak (moved away - city rule),    KK,    " + NIK_HERE + ",  " + KK_DEMAK + ",          DOMICILE_CITY,      domicile-city",
            "NIK here + KK other kecamatan,                  KK,    " + NIK_HERE + ",  " + KK_SEMARANG_BARAT + ", DOMICILE_KECAMATAN, domicile-kecamatan",
            "NIK here + KK other kecamatan (city rule),      KK,    " + NIK_HERE + ",  " + KK_SEMARANG_BARAT + ", DOMICILE_CITY,      -",
            "NIK from Demak on the kelurahan's list,         KK,    " + TWO_LISTS_FROM_DEMAK + ", " + KK_DEMAK + ", DOMICILE_KECAMATAN, -",
            "NIK from Demak + kelurahan answered Kauman,     HOUSE, " + NIK_DEMAK + ", Kauman,            DOMICILE_KECAMATAN, -",
            "NIK from Demak + a kelurahan not offered,       HOUSE, " + NIK_DEMAK + ", Pedurungan,        DOMICILE_KECAMATAN, domicile-kecamatan",
            "nothing but a NIK from Demak,                   KK,    " + NIK_DEMAK + ", '',                DOMICILE_KECAMATAN, domicile-kecamatan",
            "nothing but a NIK from here,                    KK,    " + NIK_HERE + ",  '',                DOMICILE_KECAMATAN, -"})
    void domicileIsWhereTheResidentLivesNotWhereTheNikWasIssued(String why, String form, String nik, String answer,
                                                               PlatformCheck check, String refusal) {
        ServiceDefinition service = service(ServiceKind.PROPOSAL, "KK".equals(form) ? PROPOSAL_FORM : HOUSE_FORM);
        Map<String, String> data = "KK".equals(form) ? Map.of("nik", nik, "kk", answer)
                : Map.of("nik", nik, "kelurahan", answer);
        List<Reason> reasons = checks.check(program(service, check), service, data, nik);
        assertEquals("-".equals(refusal) ? List.of() : List.of(refusal), reasons.stream().map(Reason::code).toList(),
                why);
    }

    @Test
    void withoutAKkInTheFormTheKkOnRecordDecides() {
        residents.save(new Resident(NIK_HERE, KK_DEMAK, "Pindahan", null, "Jl. Pemuda 1", null, null, "Sayung",
                Resident.Standing.ACTIVE));
        ServiceDefinition service = service(ServiceKind.APPLICATION, FormDefinition.of(FormField.of("nik",
                FieldType.NIK, L)));
        assertEquals("domicile-kecamatan", checks.check(program(service, PlatformCheck.DOMICILE_KECAMATAN), service,
                Map.of("nik", NIK_HERE), NIK_HERE).get(0).code());
    }

    @ParameterizedTest(name = "{0} → {4}")
    @CsvSource({
            "a NIK from Demak before the KK is asked,       KK,    " + NIK_DEMAK + ", -,                 -",
            "a NIK from Demak before the kelurahan,         HOUSE, " + NIK_DEMAK + ", -,                 -",
            "a NIK from Demak + KK here,                    KK,    " + NIK_DEMAK + ", " + KK_HERE + ",   -",
            "a NIK here + KK Demak,                         KK,    " + NIK_HERE + ",  " + KK_DEMAK + ",  domicile-kecamatan",
            "a NIK from Demak + a kelurahan not offered,    HOUSE, " + NIK_DEMAK + ", Pedurungan,        domicile-kecamatan",
            "a BPNT recipient at the NIK,                   KK,    " + KPM + ",       -,                 double-aid"})
    void soFarTheDomicileWaitsForEveryQuestionItReads(String why, String form, String nik, String answer,
                                                     String refusal) {
        ServiceDefinition service = service(ServiceKind.APPLICATION, "KK".equals(form) ? PROPOSAL_FORM : HOUSE_FORM);
        Map<String, String> data = new java.util.HashMap<>(Map.of("nik", nik));
        if (!"-".equals(answer)) {
            data.put("KK".equals(form) ? "kk" : "kelurahan", answer);
        }
        ProgramDescriptor kjs = new ProgramDescriptor("KJS", L, L, "icon.svg", List.of(service), List.of(),
                Set.of("BPNT"), Set.of(PlatformCheck.DOMICILE_KECAMATAN, PlatformCheck.NO_DOUBLE_AID), List.of(),
                List.of());
        assertEquals("-".equals(refusal) ? List.of() : List.of(refusal), checks.checkSoFar(kjs, service, data, nik)
                .stream().map(Reason::code).toList(), why);
    }
}
