/** Masking of personal numbers (NIK, KK) for screens and logs. */
package id.anjungan.host.privacy;
