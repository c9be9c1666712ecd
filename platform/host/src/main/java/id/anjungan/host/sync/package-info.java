/**
 * What kiosks and the city tier say to each other through the broker: addresses, message properties and the JSON
 * bodies ({@code docs/city-sync.md}). No behaviour: the kiosk's relay and the city's consumers both build on it.
 */
package id.anjungan.host.sync;
