package id.anjungan.host.modules.control;

import id.anjungan.host.persistence.Database;
import id.anjungan.spi.platform.KioskClock;
import jakarta.inject.Provider;

/** The city's programs on a test kiosk's database, switching the modules of {@code modules}. */
public final class TestCityPrograms {

    private TestCityPrograms() {
    }

    public static CityPrograms on(Database db, KioskClock clock, Provider<ModuleManager> modules) {
        CityPrograms programs = new CityPrograms();
        programs.db = db;
        programs.clock = clock;
        programs.modules = modules;
        return programs;
    }
}
