/** The sync state for the kiosk's admin screen. */
package id.anjungan.host.relay.boundary;
