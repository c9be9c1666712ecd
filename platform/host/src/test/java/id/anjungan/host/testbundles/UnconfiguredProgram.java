package id.anjungan.host.testbundles;

import id.anjungan.spi.Program;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.Text;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Program CONF, which starts and answers but reports a problem of its own that quotes a resident's NIK, as a careless
 * module might: the module is DOWN everywhere it is reported, and the number is masked wherever it is shown.
 */
public final class UnconfiguredProgram implements Program {

    public static final String NIK = "3374010101010003";

    @Override
    public ProgramDescriptor descriptor() {
        return new ProgramDescriptor("CONF", Text.of("Modul belum diatur", "Unconfigured module"), null, null,
                List.of(), List.of(), Set.of(), Set.of(), List.of(), List.of());
    }

    @Override
    public Optional<Text> problem() {
        return Optional.of(Text.of("Alamat layanan belum diatur (uji dengan NIK " + NIK + ")",
                "Service address not set (tried with NIK " + NIK + ")"));
    }
}
