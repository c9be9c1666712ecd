package id.anjungan.module.santunankematian.internal;

import static id.anjungan.module.santunankematian.internal.Fixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.Actor;
import id.anjungan.spi.ProgramException;
import id.anjungan.spi.Role;
import id.anjungan.spi.Transition;
import id.anjungan.spi.Workflow;
import id.anjungan.spi.platform.CaseRecord;
import id.anjungan.spi.platform.Resident;
import id.anjungan.testkit.TestPlatform;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkflowTest {

    private static final String TRACKING = "SANKEM-2611-000001-3";
    private final Fixture f = new Fixture();
    private final Workflow workflow = f.program.descriptor().workflow("santunan").orElseThrow();

    @ParameterizedTest
    @CsvSource({"submitted, verify, KASI_KESOS, verified", "verified, field-check, PSM, field-checked",
        "field-checked, propose, TKSK, proposed", "proposed, approve, DINSOS, approved", "approved, pay, DINSOS, paid"})
    void eachStageBelongsToOneRole(String from, String step, Role role, String to) {
        Transition t = workflow.transition(from, step).orElseThrow();
        assertEquals(java.util.Set.of(role), t.roles());
        assertEquals(to, t.to());
    }

    @ParameterizedTest
    @CsvSource({"submitted, KASI_KESOS", "verified, PSM", "field-checked, TKSK", "proposed, DINSOS"})
    void everyStageMayRejectButOnlyWithAReasonForTheHeir(String from, Role role) {
        Transition reject = workflow.transition(from, "reject").orElseThrow();
        assertTrue(reject.noteRequired());
        assertEquals("rejected", reject.to());
        assertTrue(reject.roles().contains(role));
        assertTrue(workflow.state("rejected").orElseThrow().terminal());
    }

    private CaseRecord step(String transition, Role role, String note) {
        Transition t = workflow.transitions().stream().filter(x -> x.id().equals(transition)).findFirst().orElseThrow();
        f.platform.cases.moveTo(transition, t.to());
        Actor actor = TestPlatform.actor(role.name().toLowerCase(), role);
        CaseRecord moved = f.platform.cases.transition(TRACKING, transition, note, actor);
        f.program.transitioned(moved, t, actor);
        return f.platform.cases.find(TRACKING).orElseThrow();
    }

    @Test
    void anApplicationWalksToPaidWithTheAmountRecordedAndAVisibleHistory() {
        f.platform.residents.save(new Resident(DECEASED, DECEASED_KK, "Slamet Pranoto", LocalDate.of(1950, 5, 5),
                "Jl. Pemuda 12", "003", "002", "Miroto", Resident.Standing.ACTIVE));
        f.open(TRACKING, application(DECEASED, DECEASED_KK, HEIR, "2026-11-01"));
        step("verify", Role.KASI_KESOS, "Akta kematian sesuai");
        assertEquals(Resident.Standing.DECEASED, f.platform.residents.find(DECEASED).orElseThrow().standing());
        step("field-check", Role.PSM, "Ahli waris tinggal di alamat");
        step("propose", Role.TKSK, null);
        step("approve", Role.DINSOS, null);
        CaseRecord paid = step("pay", Role.DINSOS, null);

        assertEquals("paid", paid.state());
        assertEquals("3000000", paid.data().get("amountPaid"));
        assertEquals("2026-11-23", paid.data().get("paidOn"));
        assertTrue(paid.history().get(paid.history().size() - 1).note().contains("Rp3.000.000"));
        assertFalse(paid.history().get(paid.history().size() - 1).note().contains("2031004567"),
                "the account number is masked in the history");

        @SuppressWarnings("unchecked")
        Map<String, Object> view = (Map<String, Object>) f.program.operate("track", Map.of("tracking",
                " " + TRACKING.toLowerCase() + " "), Actor.resident());
        assertEquals(3_000_000L, view.get("amountPaid"));
        assertEquals(true, view.get("closed"));
        assertEquals(Map.of("id", "Santunan sudah dibayarkan", "en", "Benefit paid"), view.get("stateLabel"));
        assertEquals("3374••••••••2001", view.get("deceasedNik"));
        assertEquals(7, ((List<?>) view.get("history")).size(), "submit, five steps, the payment note");

        // told twice (a retry), the payment is recorded once
        f.program.transitioned(paid, workflow.transition("approved", "pay").orElseThrow(),
                TestPlatform.actor("dinsos", Role.DINSOS));
        assertEquals(paid.history().size(), f.platform.cases.find(TRACKING).orElseThrow().history().size());

        @SuppressWarnings("unchecked")
        Map<String, Object> payments = (Map<String, Object>) f.program.operate("payments", Map.of(),
                TestPlatform.actor("dinsos", Role.DINSOS));
        assertEquals(3_000_000L, payments.get("total"));
    }

    @Test
    void theHeirSeesTheReasonOfARejection() {
        f.open(TRACKING, application(DECEASED, DECEASED_KK, HEIR, "2026-11-01"));
        step("reject", Role.KASI_KESOS, "Surat kematian bukan dari kelurahan; minta surat dari Kelurahan Miroto");
        @SuppressWarnings("unchecked")
        Map<String, Object> view = (Map<String, Object>) f.program.operate("track", Map.of("tracking", TRACKING),
                Actor.resident());
        assertEquals("Surat kematian bukan dari kelurahan; minta surat dari Kelurahan Miroto", view.get("reason"));
        assertFalse(view.containsKey("amountPaid"));
    }

    @ParameterizedTest
    @CsvSource({"''", "SANKEM-0000-000000-0", "RUJUKAN-2611-000001-3"})
    void anUnknownTrackingNumberIsRefusedPlainly(String tracking) {
        f.platform.cases.put(new CaseRecord("RUJUKAN-2611-000001-3", "RUJUKAN", "minta-rujukan", "diajukan", null,
                null, Map.of(), f.platform.clock.now(), null, List.of()));
        ProgramException e = assertThrows(ProgramException.class,
                () -> f.program.operate("track", Map.of("tracking", tracking), Actor.resident()));
        assertEquals("unknown-case", e.reason().code());
    }

    @Test
    void claimCheckTellsStaffWhetherADeceasedWasClaimed() {
        Actor psm = TestPlatform.actor("sari", Role.PSM);
        assertEquals(Map.of("claimed", false), f.program.operate("claim-check", Map.of("deceasedNik", DECEASED), psm));
        f.platform.counters.claimOnce("SANKEM", DECEASED, "PSM Sari", Map.of());
        assertEquals(true, ((Map<?, ?>) f.program.operate("claim-check", Map.of("deceasedNik", DECEASED), psm))
                .get("claimed"));
        assertTrue(f.platform.audit.entries.stream().noneMatch(e -> e.contains(DECEASED)), "audit masks the NIK");
        assertThrows(ProgramException.class, () -> f.program.operate("claim-check", Map.of("deceasedNik", "12"), psm));
    }
}
