/** Upload limits for the photos and scans residents attach to forms. */
package id.anjungan.host.attachments.boundary;
