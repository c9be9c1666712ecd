/** The stored record of an attached photo or scan. */
package id.anjungan.host.attachments.entity;
