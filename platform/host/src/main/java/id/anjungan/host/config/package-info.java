/** Settings read from system properties and environment variables, with their defaults. */
package id.anjungan.host.config;
