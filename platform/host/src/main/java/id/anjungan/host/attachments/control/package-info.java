/** Storage of attached photos and scans, and removal of those no case uses. */
package id.anjungan.host.attachments.control;
