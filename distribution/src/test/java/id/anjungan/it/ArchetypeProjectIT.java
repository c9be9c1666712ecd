package id.anjungan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A city's author without this project: a module made by the archetype in a folder outside the reactor, built with only
 * the artifacts released to repository/ (and Maven Central's cache, never this reactor's builds), signed with a key
 * made here, installed into a kiosk that trusts that key, used to file a case, and removed.
 */
class ArchetypeProjectIT {

    private static final String PASSWORD = "rahasia-kota";
    /** From h7's port range: the shared test kiosk keeps its own port. */
    private static final int PORT = 19750;

    @TempDir
    Path work;

    @Test
    void aModuleFromTheArchetypeBuildsOutsideTheProjectInstallsFilesACaseAndGoes() throws Exception {
        Path keystore = work.resolve("keys/kota-uji.p12");
        Files.createDirectories(keystore.getParent());
        keytool("-genkeypair", "-alias", "kota-uji", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "30",
                "-dname", "CN=Dinas Sosial Kota Uji, O=Pemerintah Kota Uji, C=ID", "-keystore", keystore.toString(),
                "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD);
        Path localRepository = centralOnly(work.resolve("m2"));
        Path settings = Files.writeString(work.resolve("settings.xml"), settings(repository()));

        Path projects = Files.createDirectories(work.resolve("projects"));
        maven(projects, settings, localRepository, Map.of(),
                "org.apache.maven.plugins:maven-archetype-plugin:3.4.1:generate", "-DinteractiveMode=false",
                "-DarchetypeGroupId=id.anjungan", "-DarchetypeArtifactId=anjungan-module-archetype",
                "-DarchetypeVersion=1.0.0", "-DgroupId=id.kota.uji", "-DartifactId=beras", "-Dversion=1.0.0",
                "-Dpackage=id.kota.uji.beras", "-DprogramCode=BERAS", "-DprogramNameId=ATM Beras",
                "-DprogramNameEn=Rice ATM", "-DanjunganRepository=" + repository().toUri());
        Path project = projects.resolve("beras");
        maven(project, settings, localRepository, Map.of("ANJUNGAN_SIGN_KEYSTORE", keystore.toString(),
                "ANJUNGAN_SIGN_ALIAS", "kota-uji", "ANJUNGAN_SIGN_PASSWORD", PASSWORD), "verify");
        Path jar = project.resolve("target/beras-1.0.0.jar");
        try (JarFile built = new JarFile(jar.toFile())) {
            assertTrue(built.getManifest().getMainAttributes().getValue("Import-Package")
                    .contains("id.anjungan.spi;version=\"[1.3,2)\""), "the lowest SPI it needs");
        }
        try (Stream<Path> anjungan = Files.list(localRepository.resolve("id/anjungan"))) {
            List<String> resolved = anjungan.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(List.of("anjungan-module-archetype", "anjungan-module-parent", "anjungan-spi",
                    "anjungan-testkit"), resolved, "only released artifacts, from repository/");
        }
        assertFalse(Files.exists(localRepository.resolve("id/anjungan/anjungan-spi/1.3.0-SNAPSHOT")));

        Path trust = trustStore(keystore, work.resolve("trusted-modules.p12"));
        Kiosk kiosk = Kiosk.startAnother(work.resolve("kiosk-home"), PORT, Map.of(
                "ANJUNGAN_TRUST_KEYSTORE", trust.toString(), "ANJUNGAN_TRUST_PASSWORD", "anjungan"));
        try {
            Kiosk.Answer installed = kiosk.upload("POST", "/api/admin/modules", "application/java-archive",
                    Files.readAllBytes(jar), Kiosk.ADMIN);
            assertEquals(201, installed.status(), installed.body());
            assertEquals("BERAS", installed.object().getString("code"));
            assertTrue(kiosk.get("/api/modules").body().contains("ATM Beras"), "the resident sees the program");

            kiosk.newResident();
            Kiosk.Answer filed = kiosk.post("/api/cases", Json.createObjectBuilder().add("program", "BERAS")
                    .add("service", "ajukan").add("data", Json.createObjectBuilder().add("nik", "3374014101800003")
                            .add("household", "4")).build().toString());
            assertEquals(201, filed.status(), filed.body());
            String tracking = filed.object().getString("tracking");
            Kiosk.Answer office = kiosk.post("/api/programs/BERAS/operations/office", "{}");
            assertEquals(200, office.status(), office.body());
            assertEquals("Kantor Kelurahan", office.object().getString("office"));
            assertEquals(404, kiosk.post("/api/programs/BERAS/operations/offices", "{}").status(),
                    "only its own operations");

            assertEquals(204, kiosk.delete("/api/admin/modules/BERAS", Kiosk.ADMIN).status());
            assertFalse(kiosk.get("/api/modules").body().contains("BERAS"), "removed");
            assertEquals(200, kiosk.get("/api/cases/" + tracking, Kiosk.TKSK).status(), "its case stays");
        } finally {
            kiosk.close();
        }
    }

    private static Path repository() {
        return Path.of(System.getProperty("anjungan.repository"));
    }

    /**
     * A local repository holding what Maven Central gave the machine's cache (~/.m2), linked, without id/anjungan: the
     * reactor's own builds there can never stand in for what repository/ releases.
     */
    private static Path centralOnly(Path local) throws IOException {
        Path cache = Path.of(System.getProperty("maven.cache"));
        Files.createDirectories(local.resolve("id"));
        try (Stream<Path> top = Files.list(cache)) {
            for (Path entry : top.toList()) {
                if (!entry.getFileName().toString().equals("id")) {
                    Files.createSymbolicLink(local.resolve(entry.getFileName().toString()), entry);
                }
            }
        }
        if (Files.isDirectory(cache.resolve("id"))) {
            try (Stream<Path> groups = Files.list(cache.resolve("id"))) {
                for (Path group : groups.filter(g -> !g.getFileName().toString().equals("anjungan")).toList()) {
                    Files.createSymbolicLink(local.resolve("id").resolve(group.getFileName().toString()), group);
                }
            }
        }
        return local;
    }

    private static String settings(Path repository) {
        String url = repository.toUri().toString();
        return "<settings><profiles><profile><id>anjungan</id>"
                + "<repositories><repository><id>anjungan</id><url>" + url + "</url></repository></repositories>"
                + "<pluginRepositories><pluginRepository><id>anjungan</id><url>" + url
                + "</url></pluginRepository></pluginRepositories>"
                + "</profile></profiles><activeProfiles><activeProfile>anjungan</activeProfile></activeProfiles></settings>";
    }

    /** The distribution's trust store (the development key, for the demo's own modules) and the city's certificate. */
    private static Path trustStore(Path cityKeystore, Path trust) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("kiosk.dist"), "keys",
                "trusted-modules.p12"))) {
            store.load(in, "anjungan".toCharArray());
        }
        KeyStore city = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(cityKeystore)) {
            city.load(in, PASSWORD.toCharArray());
        }
        store.setCertificateEntry("kota-uji", city.getCertificate("kota-uji"));
        try (var out = Files.newOutputStream(trust)) {
            store.store(out, "anjungan".toCharArray());
        }
        return trust;
    }

    private void keytool(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool")
                .toString()));
        command.addAll(List.of(args));
        run(new ProcessBuilder(command), work.resolve("keytool.log"));
    }

    private void maven(Path dir, Path settings, Path localRepository, Map<String, String> environment, String... args)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("maven.home"), "bin", "mvn")
                .toString(), "-B", "-s", settings.toString(), "-Dmaven.repo.local=" + localRepository));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        // nothing of the reactor's Maven reaches the author's build
        Stream.of("MAVEN_OPTS", "MAVEN_ARGS", "MAVEN_CONFIG", "MAVEN_BASEDIR", "MAVEN_PROJECTBASEDIR")
                .forEach(builder.environment()::remove);
        builder.environment().putAll(environment);
        run(builder, work.resolve("maven-" + args[args.length - 1].replaceAll("\\W", "_") + ".log"));
    }

    private static void run(ProcessBuilder builder, Path log) throws Exception {
        Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int status = process.waitFor();
        String text = Files.readString(log);
        assertEquals(0, status, String.join(" ", builder.command()) + "\n"
                + text.substring(Math.max(0, text.length() - 6000)));
    }
}
