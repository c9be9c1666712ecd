/** The servlet answering whether a resident receives aid. */
package id.anjungan.host.status.boundary;
