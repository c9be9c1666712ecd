/** The city tier's downlink to its kiosks: queued with each change a kiosk must learn, claimed and marked by senders. */
package id.anjungan.host.downlink.control;
