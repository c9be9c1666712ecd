package id.anjungan.host.screening.control;

import id.anjungan.host.catalog.control.Programs;
import id.anjungan.spi.Eligibility;
import id.anjungan.spi.Eligibility.Verdict;
import id.anjungan.spi.Program;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.Reason;
import id.anjungan.spi.ScreeningAnswers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * "Bantuan apa yang cocok untuk saya?": asks every enabled program, then applies declared exclusivity across programs,
 * which no single module can see (a BPNT recipient is not offered KJS).
 */
@ApplicationScoped
public class Screener {

    @Inject
    Programs programs;

    /** One program's answer. */
    public record Result(ProgramDescriptor program, Eligibility eligibility) {
    }

    /** The programs' answers, and the programs that could not answer now (left out, not fatal). */
    public record Screening(List<Result> results, Map<ProgramDescriptor, RuntimeException> unavailable) {
    }

    public List<Result> screen(ScreeningAnswers answers) {
        return screenAll(answers).results();
    }

    public Screening screenAll(ScreeningAnswers answers) {
        List<ProgramDescriptor> enabled = programs.descriptors();
        Map<String, Function<Program, Eligibility>> calls = new LinkedHashMap<>();
        enabled.forEach(program -> calls.put(program.code(), p -> p.screen(answers)));
        Map<String, Supplier<Eligibility>> asked = programs.startAll(calls);
        List<Result> results = new ArrayList<>();
        Map<ProgramDescriptor, RuntimeException> unavailable = new LinkedHashMap<>();
        for (ProgramDescriptor program : enabled) {
            answer(asked.get(program.code()), e -> unavailable.put(program, e))
                    .filter(e -> e.verdict() != Verdict.NOT_RELEVANT)
                    .map(e -> exclusive(program, e, answers, enabled)).ifPresent(e -> results.add(new Result(program, e)));
        }
        results.sort(Comparator.comparing((Result r) -> r.eligibility().verdict()).thenComparing(r -> r.program().code()));
        return new Screening(results, unavailable);
    }

    /** A module that is DOWN refuses at once; it is left out and named, the others still answer. */
    private static Optional<Eligibility> answer(Supplier<Eligibility> asked,
                                                java.util.function.Consumer<RuntimeException> failed) {
        try {
            return asked == null ? Optional.empty() : Optional.ofNullable(asked.get());
        } catch (RuntimeException failingModule) {
            failed.accept(failingModule);
            return Optional.empty();
        }
    }

    /** Either side may declare the exclusivity; the other module need not know. */
    private static Eligibility exclusive(ProgramDescriptor program, Eligibility e, ScreeningAnswers answers,
                                         List<ProgramDescriptor> enabled) {
        for (String current : answers.currentAid()) {
            boolean declared = program.exclusiveWith().contains(current) || enabled.stream()
                    .anyMatch(d -> d.code().equals(current) && d.exclusiveWith().contains(program.code()));
            if (declared && !current.equals(program.code())) {
                Reason why = Reason.of("exclusive-with-" + current, "Penerima " + current + " tidak dapat juga menerima "
                        + program.code() + ".", "A recipient of " + current + " cannot also receive " + program.code() + ".");
                return Eligibility.of(Verdict.UNLIKELY, e.service(), why);
            }
        }
        return e;
    }

    public static Map<String, Object> json(Result r, String lang) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("program", r.program().code());
        m.put("programName", r.program().name().in(lang));
        m.put("verdict", r.eligibility().verdict().name());
        m.put("reasons", r.eligibility().reasons().stream().map(reason -> reason.message().in(lang)).toList());
        m.put("service", r.eligibility().service());
        m.put("decidedBy", r.program().decidedBy() == null ? null : r.program().decidedBy().in(lang));
        return m;
    }
}
