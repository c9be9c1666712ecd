package id.anjungan.host.testbundles;

import id.anjungan.spi.Program;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.Text;
import java.util.List;
import java.util.Set;

/** A healthy program of code ROLL, packed by {@code TestBundles} in the versions a rollout test moves between. */
public final class RolloutProgram implements Program {

    @Override
    public ProgramDescriptor descriptor() {
        return new ProgramDescriptor("ROLL", Text.of("Modul peluncuran", "Rollout module"), null, null, List.of(),
                List.of(), Set.of(), Set.of(), List.of(), List.of());
    }
}
