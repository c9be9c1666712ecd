package id.anjungan.it.city;

import id.anjungan.spi.Program;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.Text;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A version of program KJS that starts and then reports itself unhealthy: the version a rollout must stop. */
public final class FailingKjsProgram implements Program {

    @Override
    public ProgramDescriptor descriptor() {
        return new ProgramDescriptor("KJS", Text.of("Kartu Jawa Tengah Sejahtera (rusak)", "Kartu Jawa Tengah Sejahtera (broken)"), null, null, List.of(),
                List.of(), Set.of(), Set.of(), List.of(), List.of());
    }

    @Override
    public Optional<Text> problem() {
        return Optional.of(Text.of("Rusak dengan sengaja", "Broken on purpose"));
    }
}
