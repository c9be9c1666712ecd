/**
 * Services the kiosk platform provides to program modules. Modules persist only through these, so their data
 * survives module update, rollback and uninstall. All are thread-safe; each write is atomic.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package id.anjungan.spi.platform;
