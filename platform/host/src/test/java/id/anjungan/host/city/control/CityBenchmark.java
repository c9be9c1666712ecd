package id.anjungan.host.city.control;

import id.anjungan.host.sync.AuditBatch;
import id.anjungan.host.sync.CaseSnapshot;
import id.anjungan.host.threads.Threads;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The protocol-level benchmark of the city tier (a command, not a test): {@code kiosks} simulated kiosks' messages are
 * queued at an embedded, persistent Artemis broker, then two city nodes' consumers ({@code consumers} each, one
 * database) drain them; it prints messages per second and the JVM's CPU per message for the text messages (case
 * snapshots, audit batches) and for the attachments apart. The broker runs in the same JVM, so its CPU counts too;
 * PostgreSQL's does not (another process).
 *
 * <p>{@code java [-Dcity.batch=50] -cp … CityBenchmark <kiosks> <cases per kiosk> <photo KiB> <consumers per node>
 * [jdbc:postgresql:…]} ({@code city.batch}: messages a consumer takes per transaction, as {@code ANJUNGAN_CITY_BATCH})
 */
public final class CityBenchmark {

    private CityBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int kiosks = Integer.parseInt(args[0]);
        int cases = Integer.parseInt(args[1]);
        int photoKib = Integer.parseInt(args[2]);
        int consumers = Integer.parseInt(args[3]);
        String pg = args.length > 4 ? args[4] : null;
        Path dir = Files.createTempDirectory("city-bench");
        java.util.logging.LogManager.getLogManager().reset(); // only the figures on the console, warnings in a file
        java.util.logging.FileHandler log = new java.util.logging.FileHandler(dir.resolve("bench.log").toString());
        log.setFormatter(new java.util.logging.SimpleFormatter());
        log.setLevel(java.util.logging.Level.INFO);
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.addHandler(log);
        root.setLevel(java.util.logging.Level.WARNING); // the broker's audit log is INFO
        java.util.logging.Logger.getLogger("id.anjungan").setLevel(java.util.logging.Level.INFO);
        System.out.println("log: " + dir.resolve("bench.log"));
        try (CityFixture city = pg == null ? CityFixture.derby(dir) : CityFixture.postgres(dir, pg);
             TestBroker broker = new TestBroker(dir.resolve("broker"), "tcp://127.0.0.1:19201", 20_000, true)) {
            List<KioskMessages> all = new ArrayList<>();
            List<Inbound> text = new ArrayList<>();
            List<Inbound> photos = new ArrayList<>();
            byte[] photo = KioskMessages.png(photoKib * 1024);
            String sha = KioskMessages.sha256(photo);
            for (int k = 1; k <= kiosks; k++) {
                KioskMessages kiosk = new KioskMessages(k, "Kelurahan " + k, "Kecamatan " + (k % 16));
                all.add(kiosk);
                for (int c = 1; c <= cases; c++) {
                    String tracking = kiosk.tracking(c);
                    for (int p = 0; p < 2; p++) {
                        photos.add(kiosk.attachment(UUID.randomUUID().toString(), photo, sha));
                    }
                    CaseSnapshot opened = kiosk.snapshot(tracking, 1, c == 1 ? (k % 100 == 0 ? "KK-shared" : "KK-" + k) : null);
                    text.add(kiosk.message(opened));
                    text.add(kiosk.message(kiosk.snapshot(tracking, 2, opened.claimKey())));
                    AuditBatch batch = kiosk.nextAudit(3);
                    text.add(kiosk.message(batch));
                }
            }
            System.out.printf("%d kiosks, %d cases each, %d-KiB photos, 2 nodes x %d consumers, batches of %d, %s%n",
                    kiosks, cases, photoKib, consumers, Integer.getInteger("city.batch", 50),
                    pg == null ? "Derby" : "PostgreSQL");
            List<Inbound> warmUp = new ArrayList<>();
            for (int k = 9001; k <= 9050; k++) { // the JIT and the connections warm up, not measured
                KioskMessages kiosk = new KioskMessages(k, "Pemanasan", "Pemanasan");
                warmUp.add(kiosk.message(kiosk.snapshot(kiosk.tracking(1), 1, null)));
                warmUp.add(kiosk.message(kiosk.nextAudit(3)));
                warmUp.add(kiosk.attachment(UUID.randomUUID().toString(), photo, sha));
            }
            run("warm-up", warmUp, city, broker, consumers);
            run("text (snapshots, audit)", text, city, broker, consumers);
            run("attachments", photos, city, broker, consumers);
            System.out.printf("stored: %d cases, %d steps, %d attachments, %d audit entries, %d conflicts%n",
                    city.count("kiosk_case"), city.count("case_step"), city.count("attachment"),
                    city.count("origin_audit"), city.count("city_conflict"));
        }
    }

    private static void run(String what, List<Inbound> messages, CityFixture city, TestBroker broker, int consumers)
            throws Exception {
        long sendStart = System.nanoTime();
        for (Inbound m : messages) {
            broker.send(m);
        }
        double sendSeconds = (System.nanoTime() - sendStart) / 1e9;
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (Threads threads = Threads.plain()) {
            CityConsumers one = new CityConsumers();
            CityConsumers two = new CityConsumers();
            long cpu = os.getProcessCpuTime();
            long start = System.nanoTime();
            for (CityConsumers node : List.of(one, two)) {
                node.inbox = city.inbox;
                node.sentOutcomes = city.sent;
                node.threads = threads;
                node.batchSize = Integer.getInteger("city.batch", node.batchSize);
                node.start(broker.url, null, null, consumers);
            }
            long dead = broker.waiting(TestBroker.DLQ);
            while (one.applied() + two.applied() + broker.waiting(TestBroker.DLQ) - dead < messages.size()) {
                Thread.sleep(20);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuMillis = (os.getProcessCpuTime() - cpu) / 1e6;
            one.stop();
            two.stop();
            System.out.printf("%s: %d messages queued in %.1f s; drained in %.1f s = %.0f messages/s, %.2f ms CPU per"
                    + " message (JVM: consumers and broker); %d commits, %d dead-lettered%n", what, messages.size(),
                    sendSeconds, seconds, messages.size() / seconds, cpuMillis / messages.size(),
                    one.batches() + two.batches(), broker.waiting(TestBroker.DLQ) - dead);
        }
    }
}
