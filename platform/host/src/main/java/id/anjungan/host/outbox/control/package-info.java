/** The kiosk's outbox to the city: written with each case change, read by the relay, and the offline rule. */
package id.anjungan.host.outbox.control;
