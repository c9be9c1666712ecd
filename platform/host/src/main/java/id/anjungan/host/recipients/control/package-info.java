/** Import, storage and lookup of the programs' recipient lists. */
package id.anjungan.host.recipients.control;
