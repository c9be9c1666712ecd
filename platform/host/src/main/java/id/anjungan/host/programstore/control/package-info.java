/** Each program's own small key-value store, offered to modules bound to their program. */
package id.anjungan.host.programstore.control;
