package id.anjungan.host.modules.control;

import java.nio.file.Path;

/**
 * A verified module jar.
 *
 * @param file where it lies
 * @param code program code declared by its DS component
 * @param symbolicName bundle symbolic name
 * @param version bundle version
 * @param sha256 content digest, hex
 * @param signer SHA-256 fingerprint of the trusted certificate that signed it, hex
 * @param signerName that certificate's subject
 */
public record ModuleJar(Path file, String code, String symbolicName, String version, String sha256, String signer,
                        String signerName) {
}
