/** Authentication, sessions, roles and rate limits. */
package id.anjungan.host.security.control;
