package id.anjungan.testkit;

import id.anjungan.spi.Actor;
import id.anjungan.spi.Role;

/**
 * Every platform service in memory, for unit tests of program modules:
 * {@code var p = new TestPlatform(); new MyProgram(p.ledger, p.counters, config)}.
 */
public final class TestPlatform {

    public final TestClock clock = new TestClock();
    public final TestKelurahan kelurahan = new TestKelurahan();
    public final MemoryResidents residents = new MemoryResidents(clock);
    public final MemoryRecipientLists recipients = new MemoryRecipientLists();
    public final MemoryAuditLog audit = new MemoryAuditLog();
    public final MemoryLedger ledger = new MemoryLedger(clock);
    public final MemoryCounters counters = new MemoryCounters(clock);
    public final MemoryCaseStore cases = new MemoryCaseStore(clock);
    /** The module's own program store (each program has its own). */
    public final MemoryProgramStore store = new MemoryProgramStore();

    /** An actor with a role, for calls that need one. */
    public static Actor actor(String username, Role role) {
        return new Actor(username, username, role, null);
    }
}
