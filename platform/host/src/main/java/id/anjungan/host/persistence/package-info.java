/** The database: connection, schema, encryption and helpers shared by the stored components. */
package id.anjungan.host.persistence;
