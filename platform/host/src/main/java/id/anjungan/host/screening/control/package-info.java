/** The cross-program screener: asks every enabled program and applies their declared exclusivity. */
package id.anjungan.host.screening.control;
