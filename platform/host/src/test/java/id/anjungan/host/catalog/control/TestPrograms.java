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
}
