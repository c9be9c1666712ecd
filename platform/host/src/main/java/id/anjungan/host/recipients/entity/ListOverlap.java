package id.anjungan.host.recipients.entity;

import id.anjungan.spi.Text;
import java.util.List;

/**
 * A person the newest recipient lists should not hold as they are: on two lists that exclude each other (BPNT ⟂ KJS),
 * or on a list although recorded as deceased, moved or declared able.
 *
 * @param kind what is wrong
 * @param programs the lists that hold the person
 * @param nik the person's NIK (masked before it is shown)
 * @param name the name on the first of those lists
 * @param kelurahan the kelurahan on that list
 * @param recorded for {@link Kind#NOT_ENTITLED}: the standing recorded ({@code DECEASED}, {@code MOVED},
 *                 {@code DECLARED_ABLE}) and where, e.g. "DECEASED (SANKEM)"
 * @param note what to do, for the TKSK and the admin
 */
public record ListOverlap(Kind kind, List<String> programs, String nik, String name, String kelurahan,
                          String recorded, Text note) {

    public ListOverlap {
        programs = List.copyOf(programs);
    }

    /** Why the person is reported. */
    public enum Kind { EXCLUSIVE, NOT_ENTITLED }
}
