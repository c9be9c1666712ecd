package id.anjungan.host.modules.control;

import id.anjungan.host.problem.Problem;
import id.anjungan.host.osgi.BundleFailure;
import id.anjungan.host.osgi.ModuleManifest;
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

/**
 * Decides whether a jar may be installed as a program module: a bundle, every entry signed by a trusted key,
 * declaring a program code, and importing an SPI version range this platform satisfies.
 */
public final class JarInspector {

    private final Set<Certificate> trusted;
    private final Set<java.security.cert.X509Certificate> timeStampingRoots;
    private final java.time.Clock clock;

    public JarInspector(Set<Certificate> trusted) {
        this(trusted, SignerValidity.publicAuthorities(), java.time.Clock.systemUTC());
    }

    /**
     * @param timeStampingRoots roots a time-stamping authority must chain to for a signature's stamp to count
     * @param clock what "now" is when a signature carries no stamp
     */
    public JarInspector(Set<Certificate> trusted, Set<java.security.cert.X509Certificate> timeStampingRoots,
                        java.time.Clock clock) {
        this.trusted = Set.copyOf(trusted);
        this.timeStampingRoots = Set.copyOf(timeStampingRoots);
        this.clock = clock;
    }

    /** A jar offered for installation, update or dropping in: its signer must be valid when it signed. */
    public ModuleJar inspect(Path file) {
        return inspect(file, true);
    }

    /**
     * A jar the kiosk keeps in its module store (a rollback goes back to one): its signer is checked against the
     * trust store again, but not for expiry, which was judged when it was first installed.
     */
    public ModuleJar inspectKept(Path file) {
        return inspect(file, false);
    }

    private ModuleJar inspect(Path file, boolean judgeExpiry) {
        try (JarFile jar = new JarFile(file.toFile(), true)) {
            Manifest manifest = jar.getManifest();
            Attributes main = manifest == null ? null : manifest.getMainAttributes();
            String bsn = main == null ? null : main.getValue("Bundle-SymbolicName");
            if (bsn == null || !"2".equals(main.getValue("Bundle-ManifestVersion"))) {
                throw refused("not-a-bundle", "Berkas ini bukan modul program (bukan bundle OSGi).",
                        "This file is not a program module (not an OSGi bundle).");
            }
            ModuleManifest headers = parse(main);
            Certificate signer = verifySignatures(jar, judgeExpiry);
            String code = headers.programCode().or(() -> DeclaredProgram.inComponents(jar))
                    .filter(c -> c.matches("[A-Z][A-Z0-9]{1,15}")).orElseThrow(() -> refused(
                    "no-program", "Modul tidak menyatakan program yang disediakannya (kapabilitas anjungan.program).",
                    "The module does not declare the program it provides (capability anjungan.program)."));
            checkSpiRange(headers, main.getValue("Import-Package"));
            String version = Versions.canonical(main.getValue("Bundle-Version"));
            return new ModuleJar(file, code, bsn.split(";")[0].trim(), version, sha256(file),
                    fingerprint(signer), subject(signer));
        } catch (SecurityException e) { // the signature itself does not match the manifest
            throw refused("tampered", "Isi modul telah diubah setelah ditandatangani.",
                    "The module was changed after it was signed.");
        } catch (IOException | IllegalArgumentException e) {
            throw refused("not-a-jar", "Berkas ini bukan berkas jar yang utuh.", "This file is not a valid jar.");
        }
    }

    private static ModuleManifest parse(Attributes main) {
        try {
            return ModuleManifest.of(main);
        } catch (BundleFailure e) {
            throw refused("not-a-bundle", "Manifes modul tidak dapat dibaca: " + e.getMessage(),
                    "The module's manifest cannot be read: " + e.getMessage());
        }
    }

    /** The trusted certificate that signed all of the jar. */
    private Certificate verifySignatures(JarFile jar, boolean judgeExpiry) throws IOException {
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
            read(jar, entry, buffer);
            if (entry.isDirectory() || isSignatureFile(entry.getName()) || entry.getName().equals(JarFile.MANIFEST_NAME)) {
                continue;
            }
            Certificate trustedSigner = trustedSigner(entry, judgeExpiry && signer == null); // one signature: judged once
            if (signer == null) {
                signer = trustedSigner;
            } else if (!signer.equals(trustedSigner)) {
                throw refused("mixed-signers", "Berkas " + entry.getName() + " ditandatangani dengan kunci lain ("
                        + subject(trustedSigner) + ") daripada bagian modul lainnya (" + subject(signer) + ").",
                        "The file " + entry.getName() + " is signed with another key (" + subject(trustedSigner)
                                + ") than the rest of the module (" + subject(signer) + ").");
            }
        }
        if (signer == null) {
            throw refused("unsigned", "Modul tidak ditandatangani.", "The module is not signed.");
        }
        return signer;
    }

    /** Reads an entry to its end, which verifies its digest. */
    private static void read(JarFile jar, JarEntry entry, byte[] buffer) throws IOException {
        try (InputStream in = jar.getInputStream(entry)) {
            while (in.read(buffer) > 0) {
                // only the digest check matters
            }
        } catch (SecurityException e) {
            throw refused("tampered", "Isi modul telah diubah setelah ditandatangani (" + entry.getName() + ").",
                    "The module was changed after it was signed (" + entry.getName() + ").");
        }
    }

    private Certificate trustedSigner(JarEntry entry, boolean judgeExpiry) {
        CodeSigner[] signers = entry.getCodeSigners();
        if (signers == null) {
            throw refused("unsigned-entry", "Berkas " + entry.getName() + " di dalam modul tidak tercakup tanda tangan.",
                    "The file " + entry.getName() + " in the module is not covered by the signature.");
        }
        for (CodeSigner signer : signers) {
            List<? extends Certificate> chain = signer.getSignerCertPath().getCertificates();
            Optional<? extends Certificate> known = chain.stream().filter(trusted::contains).findFirst();
            if (known.isPresent()) {
                if (judgeExpiry) {
                    SignerValidity.check(signer, chain.subList(0, chain.indexOf(known.get()) + 1), trusted,
                            timeStampingRoots, clock.instant());
                }
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
        Attributes main = new Attributes();
        if (importPackage != null) {
            main.putValue("Import-Package", importPackage);
        }
        main.putValue("Bundle-SymbolicName", "module");
        checkSpiRange(parse(main), importPackage);
    }

    private static void checkSpiRange(ModuleManifest headers, String importPackage) {
        if (importPackage == null || !headers.importsSpi()) {
            throw refused("no-spi", "Modul tidak memakai SPI program Anjungan.", "The module does not use the Anjungan SPI.");
        }
        headers.unsatisfiedSpiImport().ifPresent(m -> {
            String name = m.packageName();
            throw refused("spi-version", "Modul memerlukan " + name + " versi " + m.range() + ", platform ini menyediakan "
                    + m.provided().orElse("-") + ".", "The module needs " + name + " version " + m.range()
                    + ", this platform provides " + m.provided().orElse("none") + ".");
        });
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
