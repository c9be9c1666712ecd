/** The city's Artemis broker pair: a launcher for a shared-store primary or backup with every address declared. */
package id.anjungan.broker;
