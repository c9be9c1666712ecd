/** The kelurahan and clock services offered to modules. */
package id.anjungan.host.platform.control;
