/** REST resource of the cross-program screener. */
package id.anjungan.host.screening.boundary;
