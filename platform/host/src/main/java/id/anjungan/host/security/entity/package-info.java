/** The stored staff account. */
package id.anjungan.host.security.entity;
