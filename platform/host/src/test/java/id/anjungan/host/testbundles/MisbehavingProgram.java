package id.anjungan.host.testbundles;

import id.anjungan.spi.Actor;
import id.anjungan.spi.Operation;
import id.anjungan.spi.Program;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.Role;
import id.anjungan.spi.Text;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A program that misbehaves on purpose, packed into a bundle by {@code TestBundles}: its operation {@code hang} never
 * returns, {@code fail} throws.
 */
public final class MisbehavingProgram implements Program {

    @Override
    public ProgramDescriptor descriptor() {
        return new ProgramDescriptor("BAD", Text.of("Modul bermasalah", "Misbehaving module"), null, null, List.of(),
                List.of(), Set.of(), Set.of(), List.of(), List.of(new Operation("hang", Set.of(Role.RESIDENT), true),
                new Operation("fail", Set.of(Role.RESIDENT), true)));
    }

    @Override
    public Object operate(String operation, Map<String, Object> input, Actor actor) {
        if (operation.equals("hang")) {
            try {
                Thread.sleep(Long.MAX_VALUE); // stuck, e.g. on a remote call without a timeout
            } catch (InterruptedException cancelled) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        throw new IllegalStateException("broken on purpose");
    }
}
