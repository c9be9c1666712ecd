/** REST resource for finding audit entries about a person and proving the trail complete and unchanged. */
package id.anjungan.host.audit.boundary;
