/** What the kiosk still owes the city: outbox rows and the relay's cursors. */
package id.anjungan.host.outbox.entity;
