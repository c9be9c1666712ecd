/** Counters, claims and quota slots offered to modules as {@code Counters}. */
package id.anjungan.host.counters.control;
