/** The city tier: consumers of every kiosk's messages, applied idempotently ({@code docs/city-sync.md}). */
package id.anjungan.host.city.control;
