package id.anjungan.host.modules.control;

import id.anjungan.host.problem.Problem;
import id.anjungan.host.osgi.Versions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a jar may be installed as a program module: a bundle, every entry signed by a trusted key,
 * declaring a program code, and importing an SPI version range this platform satisfies.
 */
public final class JarInspector {

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
            Signed signed = verifySignaturesAndFindCode(jar);
            checkSpiRange(main.getValue("Import-Package"));
            String version = Versions.canonical(main.getValue("Bundle-Version"));
            return new ModuleJar(file, signed.code(), bsn.split(";")[0].trim(), version, sha256(file),
                    fingerprint(signed.signer()), subject(signed.signer()));
        } catch (SecurityException e) { // the signature itself does not match the manifest
            throw refused("tampered", "Isi modul telah diubah setelah ditandatangani.",
                    "The module was changed after it was signed.");
        } catch (IOException | IllegalArgumentException e) {
            throw refused("not-a-jar", "Berkas ini bukan berkas jar yang utuh.", "This file is not a valid jar.");
        }
    }

    /** The program code a module declares and the trusted certificate that signed all of it. */
    private record Signed(String code, Certificate signer) {
    }

    private Signed verifySignaturesAndFindCode(JarFile jar) throws IOException {
        String code = null;
        Certificate signer = null;
        Set<String> names = new java.util.HashSet<>();
        List<String> signatureFiles = jar.stream().map(JarEntry::getName).filter(JarInspector::isSignatureFile)
                .map(n -> n.toUpperCase(java.util.Locale.ROOT)).toList();
        if (signatureFiles.stream().noneMatch(n -> n.endsWith(".SF"))) {
            throw refused("unsigned", "Modul tidak ditandatangani.", "The module is not signed.");
        }
        checkOneSignature(signatureFiles);
        byte[] buffer = new byte[8192];
        for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
            JarEntry entry = entries.nextElement();
            if (!names.add(entry.getName())) { // a zip may hold a name twice: the verified copy need not be the loaded one
                throw refused("duplicate-entry", "Modul berisi berkas " + entry.getName() + " dua kali.",
                        "The module contains the file " + entry.getName() + " twice.");
            }
            String xml = read(jar, entry, buffer);
            if (xml != null) {
                Matcher m = CODE_PROPERTY.matcher(xml);
                if (m.find()) {
                    code = m.group(1);
                }
            }
            if (entry.isDirectory() || isSignatureFile(entry.getName()) || entry.getName().equals(JarFile.MANIFEST_NAME)) {
                continue;
            }
            Certificate trustedSigner = trustedSigner(entry);
            if (signer == null) {
                signer = trustedSigner;
            } else if (!signer.equals(trustedSigner)) {
                throw refused("mixed-signers", "Berkas " + entry.getName() + " ditandatangani dengan kunci lain ("
                        + subject(trustedSigner) + ") daripada bagian modul lainnya (" + subject(signer) + ").",
                        "The file " + entry.getName() + " is signed with another key (" + subject(trustedSigner)
                                + ") than the rest of the module (" + subject(signer) + ").");
            }
        }
        if (signer == null || code == null) {
            throw refused("no-program", "Modul tidak mendaftarkan layanan program (Program) dengan kode.",
                    "The module does not register a Program service with a code.");
        }
        return new Signed(code, signer);
    }

    /** Reads an entry to its end, which verifies its digest; the text of a DS descriptor, else null. */
    private static String read(JarFile jar, JarEntry entry, byte[] buffer) throws IOException {
        StringBuilder xml = entry.getName().startsWith("OSGI-INF/") && entry.getName().endsWith(".xml")
                ? new StringBuilder() : null;
        try (InputStream in = jar.getInputStream(entry)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                if (xml != null) {
                    xml.append(new String(buffer, 0, n, java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        } catch (SecurityException e) {
            throw refused("tampered", "Isi modul telah diubah setelah ditandatangani (" + entry.getName() + ").",
                    "The module was changed after it was signed (" + entry.getName() + ").");
        }
        return xml == null ? null : xml.toString();
    }

    private Certificate trustedSigner(JarEntry entry) {
        CodeSigner[] signers = entry.getCodeSigners();
        if (signers == null) {
            throw refused("unsigned-entry", "Berkas " + entry.getName() + " di dalam modul tidak tercakup tanda tangan.",
                    "The file " + entry.getName() + " in the module is not covered by the signature.");
        }
        for (CodeSigner signer : signers) {
            List<? extends Certificate> chain = signer.getSignerCertPath().getCertificates();
            Optional<? extends Certificate> known = chain.stream().filter(trusted::contains).findFirst();
            if (known.isPresent()) {
                return known.get();
            }
        }
        throw refused("untrusted-signer", "Modul ditandatangani dengan kunci yang tidak dipercaya ("
                + subject(signers[0].getSignerCertPath().getCertificates().get(0)) + ").",
                "The module is signed with a key that is not trusted ("
                        + subject(signers[0].getSignerCertPath().getCertificates().get(0)) + ").");
    }

    /**
     * One signature: one {@code .SF} and its block file. Extra signature files are not verified by anyone when the jar
     * is read, so they could only mislead whoever inspects the module later.
     */
    private static void checkOneSignature(List<String> signatureFiles) {
        String base = signatureFiles.stream().filter(n -> n.endsWith(".SF")).findFirst()
                .map(n -> n.substring(0, n.length() - ".SF".length())).orElse("");
        boolean paired = signatureFiles.size() == 2
                && signatureFiles.stream().allMatch(n -> n.substring(0, n.lastIndexOf('.')).equals(base));
        if (!paired) {
            String files = String.join(", ", signatureFiles);
            throw refused("stray-signature", "Modul berisi berkas tanda tangan tambahan (" + files
                    + "). Modul harus ditandatangani tepat satu kali.", "The module contains extra signature files ("
                    + files + "). A module must be signed exactly once.");
        }
    }

    private static boolean isSignatureFile(String name) {
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        return upper.startsWith("META-INF/") && upper.indexOf('/', "META-INF/".length()) < 0 && (upper.endsWith(".SF")
                || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC")
                || upper.startsWith("META-INF/SIG-"));
    }

    /** The subject of the trusted certificate with this fingerprint. */
    public Optional<String> trustedSubject(String fingerprint) {
        return trusted.stream().filter(c -> fingerprint(c).equalsIgnoreCase(fingerprint)).findFirst()
                .map(JarInspector::subject);
    }

    /** SHA-256 of the certificate, hex: what a module's program code is pinned to. */
    public static String fingerprint(Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The certificate's subject, to name a signer to a person. */
    public static String subject(Certificate certificate) {
        return certificate instanceof java.security.cert.X509Certificate x509
                ? x509.getSubjectX500Principal().getName() : certificate.getType();
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
            String provided = Versions.exportedSpi(parts[0].trim()).orElse(null);
            for (String attribute : parts) {
                String a = attribute.trim();
                if (a.startsWith("version=")) {
                    String range = a.substring("version=".length()).replace("\"", "");
                    if (provided == null || !Versions.inRange(range, provided)) {
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
