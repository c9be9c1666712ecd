/** The stored recipient lists, their imports and overlaps. */
package id.anjungan.host.recipients.entity;
