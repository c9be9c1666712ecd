package id.anjungan.host.modules.entity;

import id.anjungan.spi.Text;

/**
 * What the module manager shows of a module.
 *
 * @param state {@code ACTIVE}, {@code RESOLVED}, {@code FAILED} or {@code DISABLED}
 * @param previousVersion the version a rollback returns to, {@code null} when there is none to return to
 * @param health {@code UP}, {@code DOWN} or {@code DISABLED} (switched off: neither healthy nor failing)
 * @param problem why it is down, or {@code null}
 */
public record ModuleView(String code, Text name, String version, String previousVersion, String state, String health,
                         Text problem, boolean enabled) {
}
