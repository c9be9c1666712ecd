/** Start and stop of the kiosk in the container, its health checks and the API root. */
package id.anjungan.host.runtime.boundary;
