/** REST resources for importing recipient lists and comparing them. */
package id.anjungan.host.recipients.boundary;
