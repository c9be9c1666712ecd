package id.anjungan.spi.platform;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Recipient lists imported per program and period. */
@ProviderType
public interface RecipientLists {

    /** The person's entry in the newest period of a program's list. */
    Optional<RecipientRecord> find(String program, String nik);

    /** The person's entry in one period. */
    Optional<RecipientRecord> find(String program, String period, String nik);

    /** Every entry of one period, ordered by name. */
    List<RecipientRecord> list(String program, String period);

    /** Periods with a list, newest first. */
    List<String> periods(String program);

    /** Programs in whose newest list the person appears (for exclusivity and double-aid checks). */
    List<String> programsOf(String nik);

    /**
     * Adds or replaces rows of one period, deduplicated by NIK; used by modules that build their own lists
     * (a CPP distribution event). Returns how many rows are stored for the period afterwards.
     */
    int put(String program, String period, List<RecipientRecord> rows);
}
