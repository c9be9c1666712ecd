/** The stored resident. */
package id.anjungan.host.identity.entity;
