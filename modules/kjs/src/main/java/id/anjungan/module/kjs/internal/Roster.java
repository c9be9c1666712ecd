package id.anjungan.module.kjs.internal;

import id.anjungan.spi.ProgramException;
import id.anjungan.spi.platform.CaseRecord;
import id.anjungan.spi.platform.CaseStore;
import id.anjungan.spi.platform.RecipientLists;
import id.anjungan.spi.platform.RecipientRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The recipients of one list period by opaque ref, and which of them are disbursed without the card. */
final class Roster {

    private static final Set<String> WITHOUT_CARD = Set.of("HILANG", "RUSAK", "BELUM_TERCETAK");
    private static final Set<String> OPEN_CARD_STATES = Set.of("dilaporkan", Workflows.ACCOUNT_PATH);

    private final String period;
    private final Map<String, RecipientRecord> byRef;
    private final Set<String> cardCases;

    private Roster(String period, Map<String, RecipientRecord> byRef, Set<String> cardCases) {
        this.period = period;
        this.byRef = byRef;
        this.cardCases = cardCases;
    }

    static Roster load(RecipientLists lists, CaseStore cases, String period) {
        String p = period != null ? period : lists.periods(Recipients.PROGRAM).stream().findFirst().orElseThrow(() ->
                ProgramException.of("no-list", "Daftar penerima KJS belum diimpor.", "No KJS recipient list imported."));
        Map<String, RecipientRecord> byRef = new LinkedHashMap<>();
        lists.list(Recipients.PROGRAM, p).forEach(r -> byRef.put(Refs.of(p, r.nik()), r));
        Set<String> cardCases = cases.list(Recipients.PROGRAM, CardFlow.SERVICE, null).stream()
                .filter(c -> OPEN_CARD_STATES.contains(c.state())).map(Roster::nikOf).collect(Collectors.toSet());
        return new Roster(p, byRef, cardCases);
    }

    static String nikOf(CaseRecord c) {
        return c.subjectNik() != null ? c.subjectNik() : c.data().get("nik");
    }

    String period() {
        return period;
    }

    Map<String, RecipientRecord> all() {
        return byRef;
    }

    RecipientRecord get(String ref) {
        RecipientRecord r = byRef.get(ref);
        if (r == null) {
            throw ProgramException.of("unknown-recipient", "Penerima " + ref + " tidak ada di daftar KJS " + period
                    + ".", "Recipient " + ref + " is not on the KJS list " + period + ".");
        }
        return r;
    }

    /** Whether the card is in hand; otherwise the bank pays against the account number. */
    boolean withCard(RecipientRecord r) {
        String card = r.field("kartu") == null ? "ADA" : r.field("kartu").toUpperCase(Locale.ROOT);
        return !WITHOUT_CARD.contains(card) && !cardCases.contains(r.nik());
    }

    List<String> refs() {
        return List.copyOf(byRef.keySet());
    }
}
