package id.anjungan.it.modules;

import static id.anjungan.it.modules.ModuleIt.ensureDemoList;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.it.Kiosk;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What the kiosk keeps on its PC and whom it trusts: one kiosk per home, the home its user's alone, the database
 * encrypted, the public development key refused outside the demo, imports and signer changes for admins only.
 */
class KioskHomeIT {

    @Test
    void aSecondKioskOnTheSameHomeSaysSoAndTheFirstKeepsServing() throws Exception {
        Kiosk kiosk = Kiosk.get();
        Process second = launch(kiosk.home(), true);
        String said = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(second.waitFor(60, TimeUnit.SECONDS));
        assertEquals(75, second.exitValue(), said);
        assertTrue(said.contains("sudah berjalan") && said.contains("already running"), said);
        assertEquals(200, kiosk.get("/health/ready").status());
        assertEquals(200, kiosk.get("/api/modules").status());
    }

    @Test
    void theDatabaseHoldsNoResidentInTheClearAndTheHomeIsPrivate() throws Exception {
        Kiosk kiosk = Kiosk.get();
        ensureDemoList("BPNT", "2026-11", BpntIT.KPM, BpntIT.KPM_KK); // Rohmat Hartono, line 3 of the demo list
        byte[] name = "Rohmat Hartono".getBytes(StandardCharsets.US_ASCII);
        try (var files = Files.walk(kiosk.home().resolve("db"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                for (int i = 0; i + name.length <= bytes.length; i++) {
                    assertFalse(java.util.Arrays.equals(bytes, i, i + name.length, name, 0, name.length), f.toString());
                }
            }
        }
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(kiosk.home())));
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(kiosk.home().resolve("secrets/db.key"))));
        assertFalse(Files.readString(kiosk.home().resolve("kiosk.log")).contains(
                Files.readString(kiosk.home().resolve("secrets/db.key")).trim()), "the key is never logged");
    }

    @Test
    void outsideTheDemoTheDevelopmentKeyIsRefusedBeforeTheDatabaseIsTouched() throws Exception {
        Path home = Path.of(System.getProperty("kiosk.home") + "-production");
        Kiosk.deleteTree(home);
        Process kiosk = launch(home, false);
        String said = new String(kiosk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(kiosk.waitFor(180, TimeUnit.SECONDS));
        assertEquals(78, kiosk.exitValue(), said);
        assertTrue(said.contains("development key") && said.contains("ANJUNGAN_TRUST_KEYSTORE"), said);
        assertFalse(Files.exists(home.resolve("db")), "no database was made");
    }

    @Test
    void onlyAdminsImportListsOrMoveAProgramToAnotherSigner() throws Exception {
        Kiosk kiosk = Kiosk.get();
        String form = "multipart/form-data; boundary=x";
        byte[] body = "--x\r\nContent-Disposition: form-data; name=\"program\"\r\n\r\nBPNT\r\n--x--\r\n"
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(403, kiosk.upload("POST", "/api/admin/recipient-lists", form, body, Kiosk.TKSK).status());
        assertEquals(403, kiosk.post("/api/admin/modules/BPNT/signer", "{\"fingerprint\":\"00\"}", Kiosk.TKSK).status());
        Kiosk.Answer unknown = kiosk.post("/api/admin/modules/BPNT/signer", "{\"fingerprint\":\"" + "ab".repeat(32)
                + "\"}", Kiosk.ADMIN);
        assertEquals(422, unknown.status(), unknown.body());
        assertEquals("unknown-signer", unknown.object().getString("code"));
    }

    private static Process launch(Path home, boolean demo) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path launcher = Path.of(System.getProperty("kiosk.dist"), "bin/anjungan");
        ProcessBuilder builder = (demo ? new ProcessBuilder(launcher.toString(), "--demo")
                : new ProcessBuilder(launcher.toString())).redirectErrorStream(true);
        builder.environment().put("ANJUNGAN_HOME", home.toString());
        builder.environment().put("ANJUNGAN_PORT", Integer.toString(port));
        builder.environment().put("ANJUNGAN_ADMIN_PASSWORD", "admin123");
        return builder.start();
    }
}
