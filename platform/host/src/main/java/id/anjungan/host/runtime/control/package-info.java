/** The application's wiring: database, OSGi framework, platform services and modules started and stopped in order. */
package id.anjungan.host.runtime.control;
