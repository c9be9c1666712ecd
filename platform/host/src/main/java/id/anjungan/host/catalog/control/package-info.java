/** Calls into the active programs and the views of their services and operations. */
package id.anjungan.host.catalog.control;
