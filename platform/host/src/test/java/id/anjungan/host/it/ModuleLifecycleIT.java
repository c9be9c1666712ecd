package id.anjungan.host.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.modules.control.ModuleJars;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The admin's whole module lifecycle against the real WAR on Payara Micro: install, call, hot update while 8 threads
 * keep calling, rollback, disable, enable, restart with state kept, uninstall with data kept.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ModuleLifecycleIT {

    private static final String CONTAINER = "payara-micro";
    private static final String KIOSK = "kiosk";

    @ArquillianResource
    ContainerController controller;
    @ArquillianResource
    Deployer deployer;

    @Deployment(name = KIOSK, managed = false, testable = false)
    static WebArchive kiosk() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("kiosk.war")));
    }

    @Test
    void adminRunsAModuleThroughItsWholeLife() throws Exception {
        KioskClient.deleteTree(home());
        KioskClient kiosk = start();
        assertEquals(401, kiosk.upload("POST", "/api/admin/modules", ModuleJars.example(), null).status());

        KioskClient.Answer installed = kiosk.upload("POST", "/api/admin/modules", ModuleJars.example(), KioskClient.ADMIN);
        assertEquals(201, installed.status(), installed.body());
        assertEquals("ACTIVE", installed.object().getString("state"));
        assertEquals(200, kiosk.get("/health/ready").status(), "ready with the module active");

        String tracking = kiosk.submitReferral();
        assertTrue(tracking.startsWith("RUJUKAN-"), tracking);

        // a recipient list, then "cek status" (the status servlet and its JDBC probe, on Derby and PostgreSQL)
        kiosk.importList("RUJUKAN", "2026-11", "nik,kk,name,address,rt,rw,kelurahan\n"
                + "3374014101800003,3374010101080001,Warga Satu,Jl. Pemuda 1,001,002,Miroto\n");
        assertTrue(registered(kiosk, "3374010101080001"), "listed: registered");
        assertFalse(registered(kiosk, "3374010101089999"), "a wrong KK answers like not registered");

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService load = Executors.newFixedThreadPool(8);
        KioskClient client = kiosk;
        for (int i = 0; i < 8; i++) {
            load.submit(() -> {
                while (running.get()) {
                    KioskClient.Answer a = client.post("/api/programs/RUJUKAN/operations/targets", "{}", null);
                    KioskClient.Answer s = client.get("/api/services");
                    calls.addAndGet(2);
                    if (a.status() != 200 || s.status() != 200 || !s.body().contains("minta-rujukan")) {
                        failures.incrementAndGet();
                    }
                }
            });
        }
        Thread.sleep(500);
        for (int i = 1; i <= 3; i++) {
            KioskClient.Answer updated = kiosk.upload("PUT", "/api/admin/modules/RUJUKAN",
                    ModuleJars.example("1.0." + i), KioskClient.ADMIN);
            assertEquals(200, updated.status(), updated.body());
            assertEquals("1.0." + i, updated.object().getString("version"));
        }
        Thread.sleep(500);
        running.set(false);
        load.shutdown();
        assertTrue(load.awaitTermination(30, TimeUnit.SECONDS));
        assertEquals(0, failures.get(), "failed requests during hot updates out of " + calls.get());

        KioskClient.Answer rolledBack = kiosk.post("/api/admin/modules/RUJUKAN/rollback", "", KioskClient.ADMIN);
        assertEquals("1.0.2", rolledBack.object().getString("version"));

        KioskClient.Answer refused = kiosk.upload("PUT", "/api/admin/modules/RUJUKAN", ModuleJars.wrongKey(),
                KioskClient.ADMIN);
        assertEquals(422, refused.status());
        assertEquals("untrusted-signer", refused.object().getString("code"));

        assertEquals("DISABLED", kiosk.post("/api/admin/modules/RUJUKAN/disable", "", KioskClient.ADMIN).object()
                .getString("state"));
        assertTrue(kiosk.get("/api/services").object().getJsonArray("services").isEmpty(), "disabled leaves the catalog");
        assertEquals(404, kiosk.get("/api/programs/RUJUKAN/services/minta-rujukan").status());

        kiosk = restart();
        JsonArray modules = kiosk.get("/api/modules").json().asJsonArray();
        JsonObject rujukan = modules.getJsonObject(0);
        assertEquals("1.0.2", rujukan.getString("version"));
        assertEquals("DISABLED", rujukan.getString("state"));
        assertEquals("ACTIVE", kiosk.post("/api/admin/modules/RUJUKAN/enable", "", KioskClient.ADMIN).object()
                .getString("state"));
        assertEquals("Diajukan", kiosk.get("/api/cases/" + tracking).object().getString("stateLabel"));
        // after a restart the list's NIKs are read into memory in the background: found before and after that
        for (int i = 0; i < 4; i++) {
            assertTrue(registered(kiosk, "3374010101080001"), "still listed after the restart");
            Thread.sleep(300);
        }

        assertEquals(204, kiosk.delete("/api/admin/modules/RUJUKAN", KioskClient.ADMIN).status());
        assertTrue(kiosk.get("/api/modules").json().asJsonArray().isEmpty());
        assertEquals(200, kiosk.get("/api/cases/" + tracking).status(), "the case outlives its module");
        JsonObject audit = kiosk.get("/api/admin/audit/verify", KioskClient.ADMIN).object();
        assertTrue(audit.getBoolean("intact"), audit.toString());
        stop();
    }

    private static boolean registered(KioskClient kiosk, String kk) {
        KioskClient.Answer status = kiosk.post("/api/status", "{\"nik\":\"3374014101800003\",\"kk\":\"" + kk + "\"}",
                null);
        assertEquals(200, status.status(), status.body());
        JsonObject rujukan = status.object().getJsonArray("results").getJsonObject(0);
        assertEquals("RUJUKAN", rujukan.getString("program"), status.body());
        return rujukan.getBoolean("registered");
    }

    private KioskClient start() throws Exception {
        controller.start(CONTAINER);
        deployer.deploy(KIOSK);
        KioskClient kiosk = new KioskClient("http://localhost:18080/anjungan");
        kiosk.awaitUp();
        return kiosk;
    }

    private KioskClient restart() throws Exception {
        stop();
        return start();
    }

    private void stop() {
        deployer.undeploy(KIOSK);
        controller.stop(CONTAINER);
    }

    static Path home() {
        return Path.of(System.getProperty("anjungan.it.home"));
    }
}
