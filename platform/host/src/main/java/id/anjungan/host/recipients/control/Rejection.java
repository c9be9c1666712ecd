package id.anjungan.host.recipients.control;

import id.anjungan.spi.Reason;

/**
 * Why one field of one line of an imported file was not taken.
 *
 * @param line the line in the file, counting the header as line 1
 * @param field the column, or empty when the whole line is wrong
 */
record Rejection(long line, String field, Reason reason) {
}
