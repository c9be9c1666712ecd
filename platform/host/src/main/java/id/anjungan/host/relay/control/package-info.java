/** The kiosk's relay to the city's broker: cases, attachments and the audit chain out, the city's outcomes in. */
package id.anjungan.host.relay.control;
