/** NIK validation and the resident registry offered to modules as {@code ResidentRegistry}. */
package id.anjungan.host.identity.control;
