/** Printable receipts and documents as PDF and ESC/POS. */
package id.anjungan.host.receipts.control;
