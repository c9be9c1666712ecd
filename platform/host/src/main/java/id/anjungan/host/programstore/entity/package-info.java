/** The program store's rows: one key of one program. */
package id.anjungan.host.programstore.entity;
