/**
 * The program SPI: what a program module (BPNT, KJS, Santunan Kematian, CPP, Jum'at Koin, Rehabilitasi, …)
 * provides to the kiosk platform. A module registers one {@link id.anjungan.spi.Program} service; everything
 * else in this package is an immutable value the program describes itself with.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.3.0")
package id.anjungan.spi;
