package id.anjungan.host.testbundles;

import id.anjungan.spi.Program;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.Text;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A version of program ROLL that starts and then reports itself unhealthy: the version a rollout must stop. */
public final class FailingRolloutProgram implements Program {

    @Override
    public ProgramDescriptor descriptor() {
        return new ProgramDescriptor("ROLL", Text.of("Modul peluncuran", "Rollout module"), null, null, List.of(),
                List.of(), Set.of(), Set.of(), List.of(), List.of());
    }

    @Override
    public Optional<Text> problem() {
        return Optional.of(Text.of("Rusak dengan sengaja", "Broken on purpose"));
    }
}
