package id.anjungan.host.status.control;

import id.anjungan.host.catalog.control.Programs;
import id.anjungan.spi.Program;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.Role;
import id.anjungan.spi.ServiceDefinition;
import id.anjungan.spi.ServiceKind;
import id.anjungan.spi.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Enabled programs without Felix: calls go straight to the given implementations. */
public class FakePrograms extends Programs {

    private final Map<String, Program> programs = new LinkedHashMap<>();

    public FakePrograms with(Program program) {
        programs.put(program.descriptor().code(), program);
        return this;
    }

    @Override
    public <T> T call(String code, Function<Program, T> work) {
        return work.apply(programs.get(code));
    }

    @Override
    public <T> Map<String, java.util.function.Supplier<T>> startAll(Map<String, Function<Program, T>> work) {
        Map<String, java.util.function.Supplier<T>> started = new LinkedHashMap<>();
        work.forEach((code, call) -> {
            if (programs.containsKey(code)) {
                started.put(code, answer(programs.get(code), call));
            }
        });
        return started;
    }

    private static <T> java.util.function.Supplier<T> answer(Program program, Function<Program, T> work) {
        try {
            T answer = work.apply(program);
            return () -> answer;
        } catch (RuntimeException e) {
            return () -> {
                throw e;
            };
        }
    }

    @Override
    public List<ProgramDescriptor> descriptors() {
        return programs.values().stream().map(Program::descriptor).toList();
    }

    public static ProgramDescriptor descriptor(String code, boolean statusService, Set<String> exclusiveWith) {
        List<ServiceDefinition> services = statusService ? List.of(new ServiceDefinition("cek-status", ServiceKind.STATUS,
                Text.of("Cek status", "Check status"), null, null, Set.of(Role.RESIDENT), null, null, null, null, false))
                : List.of();
        return new ProgramDescriptor(code, Text.of("Program " + code, "Programme " + code), null, "icon.svg", services,
                null, exclusiveWith, null, null, null);
    }
}
