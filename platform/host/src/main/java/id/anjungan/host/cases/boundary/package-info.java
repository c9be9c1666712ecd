/** REST resources for filing and following cases, their receipts and attachments. */
package id.anjungan.host.cases.boundary;
