/** The hash-chained ledger offered to modules as {@code Ledger}. */
package id.anjungan.host.ledger.control;
