/** The hash-chained audit trail of who did what, offered to modules as {@code AuditLog}. */
package id.anjungan.host.audit.control;
