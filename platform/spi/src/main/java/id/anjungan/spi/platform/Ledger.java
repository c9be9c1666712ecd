package id.anjungan.spi.platform;

import id.anjungan.spi.Actor;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** Append-only, hash-chained money ledgers; a correction is a new reversing entry. */
@ProviderType
public interface Ledger {

    /** Appends a collection or any positive entry. */
    LedgerEntry append(String ledger, long amount, String kind, String memo, Actor actor);

    /**
     * Appends a negative entry only if the balance stays at or above zero, atomically with respect to every other
     * append to the same ledger.
     *
     * @throws id.anjungan.spi.ProgramException with code {@code insufficient-balance} otherwise
     */
    LedgerEntry withdraw(String ledger, long amount, String kind, String memo, Actor actor);

    /** Appends an entry that cancels {@code sequence}, with the reason as memo. */
    LedgerEntry reverse(String ledger, long sequence, String reason, Actor actor);

    long balance(String ledger);

    List<LedgerEntry> entries(String ledger);

    /** Recomputes the chain; detects altered, deleted or reordered entries. */
    Verification verify(String ledger);
}
