/** The stored counters, claims and quota slots. */
package id.anjungan.host.counters.entity;
