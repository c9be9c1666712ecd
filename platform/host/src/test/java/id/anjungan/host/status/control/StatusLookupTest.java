package id.anjungan.host.status.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.audit.control.HashChainedAudit;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.recipients.control.StoredRecipientLists;
import id.anjungan.spi.Actor;
import id.anjungan.spi.Program;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.StatusReport;
import id.anjungan.spi.Text;
import id.anjungan.spi.platform.KioskClock;
import id.anjungan.spi.platform.RecipientRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StatusLookupTest {

    static final String NIK = "3374015508850003"; // woman born 15-08-1985
    static final String KK = "3374011201090001";
    static final RecipientRecord ROW = new RecipientRecord("BPNT", "2026-11", NIK, KK, "Warga", "Jl", "1", "2",
            "Pekunden", Map.of("amount", "200000"));

    final List<String> audited = new ArrayList<>();
    StatusLookup lookup;

    static Program program(ProgramDescriptor d) {
        return new Program() {
            @Override
            public ProgramDescriptor descriptor() {
                return d;
            }

            @Override
            public StatusReport status(Optional<RecipientRecord> record) {
                return record.map(r -> new StatusReport(true, r.period(), Long.valueOf(r.field("amount")),
                        Text.of("per bulan", "per month"), Text.of("Bank BNI", "BNI bank"), null, null))
                        .orElseGet(() -> StatusReport.notRegistered(Text.of("Tidak terdaftar", "Not registered")));
            }
        };
    }

    @BeforeEach
    void setUp() {
        Program failing = new Program() {
            @Override
            public ProgramDescriptor descriptor() {
                return FakePrograms.descriptor("KJS", true, Set.of());
            }

            @Override
            public StatusReport status(Optional<RecipientRecord> record) {
                throw new IllegalStateException("module bug");
            }
        };
        lookup = new StatusLookup();
        lookup.programs = new FakePrograms().with(program(FakePrograms.descriptor("BPNT", true, Set.of())))
                .with(failing).with(program(FakePrograms.descriptor("CPP", false, Set.of())))
                .with(program(FakePrograms.descriptor("SANKEM", false, Set.of())));
        lookup.lists = new StoredRecipientLists() {
            @Override
            public Optional<RecipientRecord> find(String program, String nik) {
                return program.equals("BPNT") && nik.equals(NIK) ? Optional.of(ROW) : Optional.empty();
            }

            @Override
            public java.util.Map<String, RecipientRecord> newestEntries(String nik) {
                return nik.equals(NIK) ? java.util.Map.of("BPNT", ROW) : java.util.Map.of();
            }

            @Override
            public List<String> periods(String program) {
                return program.equals("CPP") || program.equals("BPNT") ? List.of("2026-11") : List.of();
            }
        };
        lookup.clock = new KioskClock() {
            @Override
            public Instant now() {
                return Instant.parse("2026-11-20T03:00:00Z");
            }

            @Override
            public ZoneId zone() {
                return ZoneId.of("Asia/Jakarta");
            }
        };
        lookup.audit = new HashChainedAudit() {
            @Override
            public void record(Actor actor, String action, String subject, String detail, String subjectNik) {
                audited.add(action + " " + subject);
            }
        };
    }

    List<Map<String, Object>> ask(String session, String kk, LocalDate born) {
        return lookup.lookup(NIK, new StatusLookup.Proof(kk, born), session, Actor.resident(), "en");
    }

    @Test
    void theRightPairShowsTheModulesDescriptionAndFailingOrUnlistedProgramsAreLeftOut() {
        List<Map<String, Object>> results = ask("s1", KK, null);
        assertEquals(List.of("BPNT", "CPP"), results.stream().map(r -> r.get("program")).toList());
        Map<String, Object> bpnt = results.get(0);
        assertEquals(true, bpnt.get("registered"));
        assertEquals(200000L, bpnt.get("amount"));
        assertEquals("per month", bpnt.get("rhythm"));
        assertEquals("Programme BPNT", bpnt.get("programName"));
        assertEquals(List.of("read-recipient 3374••••••••0003"), audited);
    }

    @Test
    void birthDateFromTheNikIsAcceptedAsTheSecondProof() {
        assertEquals(true, ask("s1", null, LocalDate.of(1985, 8, 15)).get(0).get("registered"));
    }

    @Test
    void aWrongPairAnswersExactlyLikeNotRegistered() {
        List<Map<String, Object>> wrongKk = ask("s1", "3374011201090002", null);
        List<Map<String, Object>> wrongDate = ask("s2", null, LocalDate.of(1985, 8, 16));
        assertFalse((Boolean) wrongKk.get(0).get("registered"));
        assertEquals(wrongKk, wrongDate);
        String unknownNik = "3374015508850004";
        List<Map<String, Object>> notListed = lookup.lookup(unknownNik, new StatusLookup.Proof(KK, null), "s3",
                Actor.resident(), "en");
        assertEquals(notListed, wrongKk);
    }

    @Test
    void invalidNikOrMissingProofIsAProblem() {
        assertEquals(422, assertThrows(Problem.class, () -> lookup.lookup("123", new StatusLookup.Proof(KK, null), "s",
                Actor.resident(), "id")).status());
        assertEquals(422, assertThrows(Problem.class, () -> ask("s", " ", null)).status());
    }

    @Test
    void lookupsAreLimitedPerSessionAndPerNik() {
        for (int i = 0; i < 10; i++) {
            ask("one-session", KK, null);
        }
        Problem p = assertThrows(Problem.class, () -> ask("one-session", KK, null));
        assertEquals(429, p.status());
        assertTrue(p.detail().id().contains("Tunggu"));
        assertEquals(429, assertThrows(Problem.class, () -> ask("another-session", KK, null)).status(),
                "the same NIK from another session is limited too");
    }
}
