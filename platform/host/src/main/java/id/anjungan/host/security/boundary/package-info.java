/** REST resources for login, staff accounts and resident sessions, and the access filter. */
package id.anjungan.host.security.boundary;
