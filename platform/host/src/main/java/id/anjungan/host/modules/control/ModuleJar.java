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
 */
public record ModuleJar(Path file, String code, String symbolicName, String version, String sha256) {
}
