package id.anjungan.host.catalog.control;

import id.anjungan.host.runtime.control.KioskRuntime;

/** The programs of a test kiosk runtime, as the REST boundary calls them. */
public final class TestPrograms {

    private TestPrograms() {
    }

    public static Programs over(KioskRuntime runtime) {
        Programs programs = new Programs();
        programs.modules = runtime::modules;
        return programs;
    }

    /** One program without a framework: its descriptor, and calls made on {@code program} directly. */
    public static Programs serving(id.anjungan.spi.Program program) {
        return new Programs() {
            @Override
            public id.anjungan.spi.ProgramDescriptor descriptor(String code) {
                return program.descriptor();
            }

            @Override
            public <T> T call(String code, java.util.function.Function<id.anjungan.spi.Program, T> work) {
                return work.apply(program);
            }
        };
    }
}
