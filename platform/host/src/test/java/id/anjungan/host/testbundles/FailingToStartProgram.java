package id.anjungan.host.testbundles;

import id.anjungan.spi.Program;
import id.anjungan.spi.ProgramDescriptor;

/** A program whose component cannot be created. */
public final class FailingToStartProgram implements Program {

    public FailingToStartProgram() {
        throw new IllegalStateException("cannot start on purpose");
    }

    @Override
    public ProgramDescriptor descriptor() {
        throw new UnsupportedOperationException();
    }
}
