/** The demo city on one machine: database, broker pair, city nodes, HAProxy and kiosks, for people and tests. */
package id.anjungan.city;
