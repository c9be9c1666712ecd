/** REST resources and the asset servlet for the programs a kiosk offers. */
package id.anjungan.host.catalog.boundary;
