/** The stored audit entry. */
package id.anjungan.host.audit.entity;
