package id.anjungan.host.testbundles;

import id.anjungan.spi.Actor;
import id.anjungan.spi.Eligibility;
import id.anjungan.spi.Operation;
import id.anjungan.spi.Program;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.Role;
import id.anjungan.spi.ServiceDefinition;
import id.anjungan.spi.ServiceKind;
import id.anjungan.spi.ScreeningAnswers;
import id.anjungan.spi.StatusReport;
import id.anjungan.spi.Text;
import id.anjungan.spi.platform.RecipientRecord;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A program, packed into a bundle by {@code TestBundles}, that hangs in every call but its descriptor and swallows
 * the interrupt of a timeout, like a module stuck in a loop that catches every exception. Its threads end only when
 * the test sets {@value #WAKE_UP}.
 */
public final class DeafProgram implements Program {

    public static final String WAKE_UP = "anjungan.test.deaf.wake";

    @Override
    public ProgramDescriptor descriptor() {
        return new ProgramDescriptor("DEAF", Text.of("Modul tuli", "Deaf module"), null, null, List.of(
                new ServiceDefinition("cek-status", ServiceKind.STATUS, Text.of("Cek status", "Check status"), null, null,
                        Set.of(Role.RESIDENT), null, null, null, null, false)), List.of(), Set.of(), Set.of(), List.of(),
                List.of(new Operation("hang", Set.of(Role.RESIDENT), true)));
    }

    @Override
    public StatusReport status(Optional<RecipientRecord> record) {
        hang();
        return StatusReport.notRegistered(Text.of("Terlambat", "Late"));
    }

    @Override
    public Eligibility screen(ScreeningAnswers answers) {
        hang();
        return Program.super.screen(answers);
    }

    @Override
    public Object operate(String operation, Map<String, Object> input, Actor actor) {
        hang();
        return "late";
    }

    private static void hang() {
        while (!Boolean.getBoolean(WAKE_UP)) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException deaf) {
                // swallowed: the timeout's interrupt does not stop it
            }
        }
    }
}
