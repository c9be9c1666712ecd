package id.anjungan.host.modules.control;

import id.anjungan.host.problem.Problem;
import id.anjungan.host.runtime.control.FelixRuntime;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;

/**
 * Decides whether a jar may be installed as a program module: a bundle, every entry signed by a trusted key,
 * declaring a program code, and importing an SPI version range this platform satisfies.
 */
public final class JarInspector {

    /** The version of each SPI package the host shares with modules. */
    static final Map<String, Version> SPI_VERSIONS = Arrays.stream(FelixRuntime.SPI_PACKAGES.split(","))
            .map(p -> p.split(";version=")).collect(Collectors.toUnmodifiableMap(p -> p[0], p -> new Version(p[1])));
    private static final Pattern CODE_PROPERTY =
            Pattern.compile("name=\"anjungan\\.program\\.code\"[^>]*?value=\"([A-Z][A-Z0-9]{1,15})\"");

    private final Set<Certificate> trusted;

    public JarInspector(Set<Certificate> trusted) {
        this.trusted = Set.copyOf(trusted);
    }

    public ModuleJar inspect(Path file) {
        try (JarFile jar = new JarFile(file.toFile(), true)) {
            Manifest manifest = jar.getManifest();
            Attributes main = manifest == null ? null : manifest.getMainAttributes();
            String bsn = main == null ? null : main.getValue("Bundle-SymbolicName");
            if (bsn == null || !"2".equals(main.getValue("Bundle-ManifestVersion"))) {
                throw refused("not-a-bundle", "Berkas ini bukan modul program (bukan bundle OSGi).",
                        "This file is not a program module (not an OSGi bundle).");
            }
            String code = verifySignaturesAndFindCode(jar);
            checkSpiRange(main.getValue("Import-Package"));
            String version = Version.parseVersion(main.getValue("Bundle-Version")).toString();
            return new ModuleJar(file, code, bsn.split(";")[0].trim(), version, sha256(file));
        } catch (SecurityException e) {
            throw refused("tampered", "Isi modul telah diubah setelah ditandatangani.",
                    "The module was changed after it was signed.");
        } catch (IOException | IllegalArgumentException e) {
            throw refused("not-a-jar", "Berkas ini bukan berkas jar yang utuh.", "This file is not a valid jar.");
        }
    }

    private String verifySignaturesAndFindCode(JarFile jar) throws IOException {
        String code = null;
        boolean anyEntry = false;
        byte[] buffer = new byte[8192];
        for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
            JarEntry entry = entries.nextElement();
            try (InputStream in = jar.getInputStream(entry)) {
                StringBuilder xml = entry.getName().startsWith("OSGI-INF/") && entry.getName().endsWith(".xml")
                        ? new StringBuilder() : null;
                for (int n; (n = in.read(buffer)) > 0; ) { // reading verifies the digest
                    if (xml != null) {
                        xml.append(new String(buffer, 0, n, java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
                if (xml != null) {
                    Matcher m = CODE_PROPERTY.matcher(xml);
                    if (m.find()) {
                        code = m.group(1);
                    }
                }
            }
            if (entry.isDirectory() || isSignatureFile(entry.getName())) {
                continue;
            }
            anyEntry = true;
            CodeSigner[] signers = entry.getCodeSigners();
            if (signers == null) {
                throw refused("unsigned", "Modul tidak ditandatangani (atau ada berkas tambahan yang tidak ditandatangani).",
                        "The module is not signed (or contains unsigned files).");
            }
            if (!trustedSigner(signers)) {
                throw refused("untrusted-signer", "Modul ditandatangani dengan kunci yang tidak dipercaya.",
                        "The module is signed with a key that is not trusted.");
            }
        }
        if (!anyEntry || code == null) {
            throw refused("no-program", "Modul tidak mendaftarkan layanan program (Program) dengan kode.",
                    "The module does not register a Program service with a code.");
        }
        return code;
    }

    private boolean trustedSigner(CodeSigner[] signers) {
        for (CodeSigner signer : signers) {
            List<? extends Certificate> chain = signer.getSignerCertPath().getCertificates();
            if (chain.stream().anyMatch(trusted::contains)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSignatureFile(String name) {
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        return upper.equals("META-INF/MANIFEST.MF") || upper.startsWith("META-INF/") && (upper.endsWith(".SF")
                || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC"));
    }

    static void checkSpiRange(String importPackage) {
        if (importPackage == null) {
            throw refused("no-spi", "Modul tidak memakai SPI program Anjungan.", "The module does not use the Anjungan SPI.");
        }
        for (String clause : importPackage.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            String[] parts = clause.trim().split(";");
            if (!parts[0].trim().startsWith("id.anjungan.spi")) {
                continue;
            }
            Version provided = SPI_VERSIONS.get(parts[0].trim());
            for (String attribute : parts) {
                String a = attribute.trim();
                if (a.startsWith("version=")) {
                    String range = a.substring("version=".length()).replace("\"", "");
                    if (provided == null || !new VersionRange(range).includes(provided)) {
                        throw refused("spi-version", "Modul memerlukan " + parts[0].trim() + " versi " + range
                                + ", platform ini menyediakan " + (provided == null ? "-" : provided) + ".", "The module "
                                + "needs " + parts[0].trim() + " version " + range + ", this platform provides "
                                + (provided == null ? "none" : provided) + ".");
                    }
                }
            }
        }
    }

    static Problem refused(String code, String id, String en) {
        return Problem.of(422, code, "Modul ditolak", "Module refused", id, en);
    }

    static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
