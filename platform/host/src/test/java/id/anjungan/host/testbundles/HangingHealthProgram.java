package id.anjungan.host.testbundles;

import id.anjungan.spi.Program;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.Text;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Program HANG, whose health check answers at once until the test sets {@value #HANG}, and from then on does not
 * answer (swallowing the interrupt of a timeout) until the test clears it: readiness must not wait for it.
 */
public final class HangingHealthProgram implements Program {

    public static final String HANG = "anjungan.test.hanging";

    @Override
    public ProgramDescriptor descriptor() {
        return new ProgramDescriptor("HANG", Text.of("Modul macet", "Hanging module"), null, null,
                List.of(), List.of(), Set.of(), Set.of(), List.of(), List.of());
    }

    @Override
    public Optional<Text> problem() {
        while (Boolean.getBoolean(HANG)) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException deaf) {
                // swallowed, as a module stuck in a loop that catches everything
            }
        }
        return Optional.empty();
    }
}
