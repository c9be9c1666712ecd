/** Staff views of the city tier: the claim conflict worklist, the kiosks heard from, origin audit verification. */
package id.anjungan.host.city.boundary;
