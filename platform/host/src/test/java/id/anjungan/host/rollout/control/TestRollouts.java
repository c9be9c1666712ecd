package id.anjungan.host.rollout.control;

import id.anjungan.host.modules.control.ModuleManager;
import id.anjungan.host.modules.control.TestCityPrograms;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.threads.Threads;
import id.anjungan.spi.platform.KioskClock;
import jakarta.inject.Provider;
import java.nio.file.Path;
import java.time.Duration;

/** A kiosk's rollout parts for tests outside this package. */
public final class TestRollouts {

    private TestRollouts() {
    }

    public static DesiredState desiredState(Database db, KioskClock clock, Threads threads, Path incoming,
                                            Provider<ModuleManager> modules) {
        DesiredState desired = new DesiredState();
        desired.db = db;
        desired.clock = clock;
        desired.threads = threads;
        desired.incoming = incoming;
        desired.modules = modules;
        desired.programs = TestCityPrograms.on(db, clock, modules);
        return desired;
    }

    /** A heartbeat due every {@code every}. */
    public static Heartbeat heartbeat(DesiredState desired, KioskClock clock, Provider<ModuleManager> modules,
                                      Duration every) {
        Heartbeat heartbeat = new Heartbeat();
        heartbeat.modules = modules;
        heartbeat.desired = desired;
        heartbeat.clock = clock;
        heartbeat.every = every;
        return heartbeat;
    }

    /** Brings the modules to the desired state on the caller's thread. */
    public static void reconcile(DesiredState desired) {
        desired.reconcile();
    }
}
