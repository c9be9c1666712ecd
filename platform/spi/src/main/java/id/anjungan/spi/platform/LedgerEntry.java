package id.anjungan.spi.platform;

import java.time.Instant;

/**
 * An entry of an append-only, hash-chained ledger.
 *
 * @param ledger ledger name, e.g. {@code "JUMATKOIN"}
 * @param sequence 1-based position
 * @param at when it was recorded
 * @param amount rupiah; positive in, negative out
 * @param kind e.g. {@code "collection"}, {@code "disbursement"}, {@code "reversal"}
 * @param memo what it is for, public
 * @param actor who recorded it
 * @param reverses sequence of the entry this one reverses, or 0
 * @param hash SHA-256 over the previous hash and this entry's content, hex
 */
public record LedgerEntry(String ledger, long sequence, Instant at, long amount, String kind, String memo,
                          String actor, long reverses, String hash) {
}
