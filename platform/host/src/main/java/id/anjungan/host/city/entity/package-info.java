/** The city tier's own tables: applied messages, the kiosks heard from, claims across kiosks, origin audit chains. */
package id.anjungan.host.city.entity;
