/** Compact primitive collections for the large in-memory indexes. */
package id.anjungan.host.collections;
