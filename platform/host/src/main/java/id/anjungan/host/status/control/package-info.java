/** The status lookup across the recipient lists of every program. */
package id.anjungan.host.status.control;
