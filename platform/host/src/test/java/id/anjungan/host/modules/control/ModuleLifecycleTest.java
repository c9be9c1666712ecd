package id.anjungan.host.modules.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.modules.entity.ModuleView;
import id.anjungan.host.problem.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The module lifecycle inside a real Felix framework with SCR, on an embedded Derby, without Payara. */
class ModuleLifecycleTest {

    @TempDir
    Path home;
    private TestHost host;

    @BeforeEach
    void start() throws Exception {
        host = TestHost.start(home);
    }

    @AfterEach
    void stop() {
        host.close();
    }

    @Test
    void installCallUpdateUnderLoadRollbackDisableUninstall() throws Exception {
        ModuleView installed = host.modules.install(ModuleJars.example());
        assertEquals("RUJUKAN", installed.code());
        assertEquals("ACTIVE", installed.state());
        assertEquals("1.0.0", installed.version());
        assertEquals(5, host.targets().size());

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        // every load thread calls before the first update and again after the last: no count of calls per second
        CountDownLatch callingBefore = new CountDownLatch(8);
        CountDownLatch callingAfter = new CountDownLatch(8);
        AtomicBoolean updated = new AtomicBoolean();
        ExecutorService load = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 8; i++) {
            load.submit(() -> {
                while (running.get()) {
                    boolean afterUpdates = updated.get();
                    try {
                        if (host.targets().size() == 5) {
                            ok.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                        }
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                    }
                    (afterUpdates ? callingAfter : callingBefore).countDown();
                }
            });
        }
        assertTrue(callingBefore.await(1, TimeUnit.MINUTES), "every load thread called before the updates");
        for (int i = 1; i <= 5; i++) {
            ModuleView moved = host.modules.update("RUJUKAN", ModuleJars.example("1.0." + i));
            assertEquals("1.0." + i, moved.version());
        }
        updated.set(true);
        assertTrue(callingAfter.await(1, TimeUnit.MINUTES), "every load thread called after the updates");
        running.set(false);
        load.shutdown();
        assertTrue(load.awaitTermination(1, TimeUnit.MINUTES));
        assertEquals(0, failed.get(), "calls failed during hot updates (" + ok.get() + " answered)");

        ModuleView rolledBack = host.modules.rollback("RUJUKAN");
        assertEquals("1.0.4", rolledBack.version());
        assertEquals("1.0.5", rolledBack.previousVersion());

        assertEquals("DISABLED", host.modules.setEnabled("RUJUKAN", false).state());
        assertTrue(host.modules.active("RUJUKAN").isEmpty());
        assertEquals("ACTIVE", host.modules.setEnabled("RUJUKAN", true).state());

        host.modules.uninstall("RUJUKAN");
        assertTrue(host.modules.list().isEmpty());
    }

    @Test
    void stateSurvivesRestart() throws Exception {
        host.modules.install(ModuleJars.example());
        host.modules.update("RUJUKAN", ModuleJars.example("1.1.0"));
        host.modules.setEnabled("RUJUKAN", false);
        host.close();

        host = TestHost.start(home);
        List<ModuleView> modules = host.modules.list();
        assertEquals(1, modules.size());
        assertEquals("1.1.0", modules.get(0).version());
        assertEquals("1.0.0", modules.get(0).previousVersion());
        assertFalse(modules.get(0).enabled());
        assertEquals("ACTIVE", host.modules.setEnabled("RUJUKAN", true).state());
    }

    @Test
    void aDisabledModuleKeepsItsNameAcrossARestartAndIsNeitherHealthyNorDown() throws Exception {
        String name = host.modules.install(ModuleJars.example()).name().id();
        assertTrue(!name.equals("RUJUKAN"), "the program names itself: " + name);
        ModuleView off = host.modules.setEnabled("RUJUKAN", false);
        assertEquals(name, off.name().id());
        assertEquals("DISABLED", off.health());
        host.close();
        host = TestHost.start(home);
        assertEquals(name, host.modules.view("RUJUKAN").name().id(), "the name survives a restart while switched off");
        assertEquals("DISABLED", host.modules.view("RUJUKAN").health());
    }

    @Test
    void theSameVersionAgainIsRefusedAndRollbackNeedsAPreviousVersion() throws Exception {
        assertEquals(null, host.modules.install(ModuleJars.example()).previousVersion(), "nothing to roll back to");
        Problem same = assertThrows(Problem.class, () -> host.modules.update("RUJUKAN", ModuleJars.example()));
        assertEquals("same-version", same.code());
        assertEquals(409, same.status());
        assertTrue(same.detail().id().contains("1.0.0"), same.detail().id());
        assertEquals("no-previous", assertThrows(Problem.class, () -> host.modules.rollback("RUJUKAN")).code());
        assertEquals("1.0.0", host.modules.update("RUJUKAN", ModuleJars.example("1.0.1")).previousVersion());
    }

    @Test
    void anOlderVersionIsNoUpdateOnlyARollbackGoesBack() throws Exception {
        host.modules.install(ModuleJars.example("1.1.0"));
        host.modules.update("RUJUKAN", ModuleJars.example("1.2.0"));
        Problem older = assertThrows(Problem.class, () -> host.modules.update("RUJUKAN", ModuleJars.example("1.1.9")));
        assertEquals("older-version", older.code());
        assertEquals(409, older.status());
        assertTrue(older.detail().id().contains("1.1.9") && older.detail().id().contains("Kembalikan versi"),
                older.detail().id());
        assertTrue(older.detail().en().contains("older than the installed version 1.2.0"), older.detail().en());
        assertEquals("1.2.0", host.modules.view("RUJUKAN").version());
        assertEquals("1.1.0", host.modules.rollback("RUJUKAN").version(), "a rollback returns to the kept jar");
        assertEquals("1.1.0", host.modules.view("RUJUKAN").version());
        assertEquals("1.2.0", host.modules.update("RUJUKAN", ModuleJars.example("1.2.0")).version(),
                "after a rollback the newer version is an update again");
    }

    @Test
    void configurationFromTheConfigFolderReachesTheModuleAndSurvivesRestart() throws Exception {
        host.modules.install(ModuleJars.example());
        // written aside and moved in, as an admin's editor or deployment tool would, so FileInstall never reads half a file
        Path draft = Files.writeString(home.resolve("rujukan.cfg.tmp"), "slaDays=3\noffice=Kantor Kelurahan Miroto\n");
        Files.move(draft, home.resolve("config/id.anjungan.rujukan.cfg"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        awaitNextSteps("dalam 3 hari");
        host.close();
        host = TestHost.start(home);
        awaitNextSteps("Kantor Kelurahan Miroto");
    }

    @Test
    void aModuleWhoseJarIsGoneFailsAloneAndKeepsTheKioskNotReady() throws Exception {
        host.modules.install(ModuleJars.example());
        host.close();
        try (var jars = Files.walk(home.resolve("module-store"))) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                Files.delete(jar);
            }
        }
        host = TestHost.start(home);
        assertEquals("FAILED", host.modules.view("RUJUKAN").state());
        assertEquals("DOWN", host.modules.view("RUJUKAN").health());
        assertFalse(host.modules.allEnabledActive(), "readiness must stay down");
        host.modules.setEnabled("RUJUKAN", false);
        assertTrue(host.modules.allEnabledActive(), "a disabled module does not hold readiness back");
    }

    private void awaitNextSteps(String expected) throws InterruptedException {
        String last = "";
        for (int i = 0; i < 300; i++) {
            var active = host.modules.active("RUJUKAN");
            if (active.isPresent()) {
                last = active.get().program().assess(new id.anjungan.spi.Submission("RUJUKAN", "minta-rujukan",
                        java.util.Map.of("target", "PKH", "nik", "3374014101800003"), id.anjungan.spi.Actor.resident(),
                        null)).nextSteps().id();
                if (last.contains(expected)) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("configuration not applied: " + last);
    }

    @Test
    void refusesBadJarsAndChangesNothing() throws Exception {
        host.modules.install(ModuleJars.example());
        assertRefused("unsigned", ModuleJars.unsigned());
        assertRefused("untrusted-signer", ModuleJars.wrongKey());
        assertRefused("tampered", ModuleJars.tampered());
        assertRefused("not-a-bundle", ModuleJars.plainJar());
        assertRefused("not-a-jar", Files.writeString(home.resolve("x.jar"), "not a zip"));
        assertRefused("spi-version", ModuleJars.withSpiRange("[2.0,3)"));
        Problem clash = assertThrows(Problem.class, () -> host.modules.install(ModuleJars.example("1.0.9")));
        assertEquals("code-clash", clash.code());
        assertEquals("1.0.0", host.modules.view("RUJUKAN").version());
        assertEquals("ACTIVE", host.modules.view("RUJUKAN").state());
    }

    @Test
    void aProgramCodeStaysWithTheCertificateThatInstalledItUntilAnAdminReassignsIt() throws Exception {
        host.close();
        host = TestHost.trustingTwoKeys(home);
        host.modules.install(ModuleJars.example());
        String dev = host.modules.signer("RUJUKAN").orElseThrow();
        List<Path> stored = storeFiles();

        Problem refused = assertThrows(Problem.class,
                () -> host.modules.update("RUJUKAN", ModuleJars.signedWithSecondKey("1.0.1")));
        assertEquals("signer-changed", refused.code());
        String city = JarInspector.fingerprint(ModuleJars.secondCertificate());
        assertTrue(refused.detail().en().contains(dev) && refused.detail().en().contains(city)
                && refused.detail().en().contains("Dinas Sosial Kota Semarang"), refused.detail().en());
        assertEquals(java.util.Map.of("pinned", dev, "offered", city, "offeredName",
                ModuleJars.secondCertificate() instanceof java.security.cert.X509Certificate x
                        ? x.getSubjectX500Principal().getName() : ""), refused.members("en").get("signer"));
        assertEquals("1.0.0", host.modules.view("RUJUKAN").version());
        assertEquals(stored, storeFiles(), "a refused update leaves nothing in the module store");

        assertEquals("unknown-signer", assertThrows(Problem.class,
                () -> host.modules.assignSigner("RUJUKAN", "00".repeat(32))).code());
        host.modules.assignSigner("RUJUKAN", city.toUpperCase(java.util.Locale.ROOT).replaceAll("(..)(?!$)", "$1:"));
        assertEquals(city, host.modules.signer("RUJUKAN").orElseThrow());
        assertEquals("1.0.1", host.modules.update("RUJUKAN", ModuleJars.signedWithSecondKey("1.0.1")).version());
        assertEquals("signer-changed", assertThrows(Problem.class,
                () -> host.modules.update("RUJUKAN", ModuleJars.example("1.0.2"))).code(), "the old key is refused now");
        assertEquals("signer-changed", assertThrows(Problem.class, () -> host.modules.rollback("RUJUKAN")).code(),
                "rolling back to the old key's jar is an update to it");
    }

    private List<Path> storeFiles() throws java.io.IOException {
        try (var files = Files.walk(home.resolve("module-store"))) {
            return files.sorted().toList();
        }
    }

    private void assertRefused(String code, Path jar) {
        Problem refused = assertThrows(Problem.class, () -> host.modules.update("RUJUKAN", jar));
        assertEquals(code, refused.code(), refused.getMessage());
        assertEquals("1.0.0", host.modules.view("RUJUKAN").version());
        assertEquals(5, host.targets().size());
    }
}
