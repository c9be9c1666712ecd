package id.anjungan.host.city.control;

import id.anjungan.host.downlink.control.Downlink;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.threads.Threads;
import java.time.Duration;

/** A city node's downlink sender on a test database, not started. */
public final class TestSenders {

    private TestSenders() {
    }

    public static DownlinkSender of(Database db, Downlink downlink, Threads threads, Duration lease) {
        DownlinkSender sender = new DownlinkSender();
        sender.db = db;
        sender.downlink = downlink;
        sender.threads = threads;
        sender.lease = lease;
        sender.programs = programs(downlink);
        return sender;
    }

    /** The programs per kelurahan of a city node whose changes go into {@code downlink}. */
    public static ProgramsPerKelurahan programs(Downlink downlink) {
        ProgramsPerKelurahan programs = new ProgramsPerKelurahan();
        programs.sites = new KioskSites();
        programs.downlink = downlink;
        programs.statuses = new KioskStatuses();
        return programs;
    }

    /** Program codes the city knows: a jar of each in its module store (the bytes do not matter here). */
    public static void knownPrograms(jakarta.persistence.EntityManager em, java.time.Instant at, String... codes) {
        for (String code : codes) {
            id.anjungan.host.city.entity.ModuleJarRow jar = new id.anjungan.host.city.entity.ModuleJarRow();
            jar.sha256 = String.format("%064d", code.hashCode() & 0xffffff);
            jar.code = code;
            jar.version = "1.0.0";
            jar.signer = "a".repeat(64);
            jar.content = new byte[] {1};
            jar.size = 1;
            jar.uploaded = at;
            jar.uploadedBy = "admin";
            em.persist(jar);
        }
    }

    /** Starts the sender on the broker at {@code url}, through a producer of its own as each node has. */
    public static void start(DownlinkSender sender, String url) {
        sender.start(TestToKiosks.at(url));
    }

    /** The node dies once, after it claimed rows and before it sent them: its claims stay until their lease ends. */
    public static void killedOnceAfterClaiming(DownlinkSender sender, Runnable killed) {
        java.util.concurrent.atomic.AtomicBoolean once = new java.util.concurrent.atomic.AtomicBoolean();
        sender.afterClaim = () -> {
            if (once.compareAndSet(false, true)) {
                killed.run();
                throw new IllegalStateException("killed between the claim and the send");
            }
        };
    }
}
