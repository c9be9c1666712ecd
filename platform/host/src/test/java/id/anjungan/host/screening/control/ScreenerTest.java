package id.anjungan.host.screening.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.anjungan.host.status.control.FakePrograms;
import id.anjungan.spi.Disability;
import id.anjungan.spi.Eligibility;
import id.anjungan.spi.Eligibility.Verdict;
import id.anjungan.spi.Program;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.Reason;
import id.anjungan.spi.ScreeningAnswers;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScreenerTest {

    static Program answering(ProgramDescriptor d, Verdict verdict) {
        return new Program() {
            @Override
            public ProgramDescriptor descriptor() {
                return d;
            }

            @Override
            public Eligibility screen(ScreeningAnswers answers) {
                if (verdict == null) {
                    throw new IllegalStateException("module bug");
                }
                return Eligibility.of(verdict, "daftar", Reason.of("why", "Alasan " + d.code(), "Reason " + d.code()));
            }
        };
    }

    static ScreeningAnswers answers(String... currentAid) {
        return new ScreeningAnswers(70, Disability.MENTAL, false, true, true, Set.of(currentAid), false, false, false);
    }

    Screener screener() {
        Screener s = new Screener();
        s.programs = new FakePrograms()
                .with(answering(FakePrograms.descriptor("CPP", false, Set.of()), Verdict.POSSIBLE))
                .with(answering(FakePrograms.descriptor("KJS", false, Set.of("BPNT")), Verdict.LIKELY))
                .with(answering(FakePrograms.descriptor("SANKEM", false, Set.of()), Verdict.NOT_RELEVANT))
                .with(answering(FakePrograms.descriptor("REHSOS", false, Set.of()), null))
                .with(answering(FakePrograms.descriptor("BPNT", false, Set.of("KJS")), Verdict.UNLIKELY));
        return s;
    }

    @Test
    void dropsIrrelevantAndFailingProgramsAndSortsByVerdict() {
        Screener.Screening screening = screener().screenAll(answers());
        assertEquals(List.of("KJS", "CPP", "BPNT"), screening.results().stream().map(r -> r.program().code()).toList());
        assertEquals(List.of("REHSOS"), screening.unavailable().keySet().stream().map(ProgramDescriptor::code).toList(),
                "the failing program is named, the irrelevant one is not");
    }

    @Test
    void aRecipientOfOneProgramIsNotOfferedAnExclusiveOne() {
        List<Screener.Result> results = screener().screen(answers("BPNT"));
        Screener.Result kjs = results.stream().filter(r -> r.program().code().equals("KJS")).findFirst().orElseThrow();
        assertEquals(Verdict.UNLIKELY, kjs.eligibility().verdict());
        Map<String, Object> json = Screener.json(kjs, "id");
        assertEquals(List.of("Penerima BPNT tidak dapat juga menerima KJS."), json.get("reasons"));
        assertEquals("UNLIKELY", json.get("verdict"));
        assertEquals(List.of("CPP", "BPNT", "KJS"), results.stream().map(r -> r.program().code()).toList());
    }

    @Test
    void eachProgramSaysWhoDecidesItAndOneThatDoesNotSaysNothing() {
        ProgramDescriptor plain = FakePrograms.descriptor("BPNT", false, Set.of());
        ProgramDescriptor bpnt = new ProgramDescriptor(plain.code(), plain.name(), plain.description(), plain.icon(),
                plain.services(), plain.workflows(), plain.exclusiveWith(), plain.checks(), plain.screens(),
                plain.operations(), id.anjungan.spi.Text.of("Kementerian Sosial", "the Ministry of Social Affairs"));
        Screener s = new Screener();
        s.programs = new FakePrograms().with(answering(bpnt, Verdict.POSSIBLE))
                .with(answering(FakePrograms.descriptor("CPP", false, Set.of()), Verdict.POSSIBLE));
        List<Screener.Result> results = s.screen(answers());
        assertEquals("Kementerian Sosial", Screener.json(results.get(0), "id").get("decidedBy"));
        assertEquals("the Ministry of Social Affairs", Screener.json(results.get(0), "en").get("decidedBy"));
        assertEquals(null, Screener.json(results.get(1), "id").get("decidedBy"));
    }

    @Test
    void exclusivityDeclaredOnlyByTheOtherProgramCountsToo() {
        Screener s = new Screener();
        s.programs = new FakePrograms()
                .with(answering(FakePrograms.descriptor("KJS", false, Set.of()), Verdict.LIKELY))
                .with(answering(FakePrograms.descriptor("BPNT", false, Set.of("KJS")), Verdict.LIKELY));
        assertEquals(Verdict.UNLIKELY, s.screen(answers("BPNT")).stream()
                .filter(r -> r.program().code().equals("KJS")).findFirst().orElseThrow().eligibility().verdict());
    }
}
