/** REST resource of the assisted session: a PSM records a resident's consent and then acts on their behalf. */
package id.anjungan.host.assist.boundary;
