/** REST resource that checks a NIK or KK number as the resident types it. */
package id.anjungan.host.identity.boundary;
