/** Payara's data grid (JCache) shared by the nodes of the city tier, with timeouts; absent on a kiosk. */
package id.anjungan.host.grid;
