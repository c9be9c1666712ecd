package id.anjungan.host.status.control;

import id.anjungan.spi.platform.RecipientRecord;
import java.util.Map;
import java.util.Optional;

/**
 * Which list rows a NIK + KK pair opens. A family's KK number changes when it moves or splits, and one program's list
 * may still hold the old number while another's holds the new one. Once the pair is proven, by any list row or by the
 * resident register, every program's row of that NIK is the resident's answer, marked when it holds another KK
 * number; so the answer does not flip with the card the resident brought. Without proof no row opens, and a wrong
 * pair reads exactly like "not registered".
 *
 * @param proven whether the KK number belongs to the NIK by some record
 */
record KkProof(String kk, Map<String, RecipientRecord> entries, boolean proven) {

    /** A program's row for the resident, and whether it holds a KK number other than the one typed. */
    record Match(RecipientRecord row, boolean otherKk) {
    }

    static KkProof of(String kk, Map<String, RecipientRecord> entries, Optional<String> registeredKk) {
        boolean proven = registeredKk.filter(kk::equals).isPresent()
                || entries.values().stream().anyMatch(row -> kk.equals(row.kk()));
        return new KkProof(kk, entries, proven);
    }

    Optional<Match> match(String program) {
        return Optional.ofNullable(entries.get(program)).filter(row -> proven)
                .map(row -> new Match(row, row.kk() != null && !row.kk().isBlank() && !kk.equals(row.kk())));
    }
}
