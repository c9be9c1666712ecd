package id.anjungan.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.anjungan.spi.platform.RecipientLists;
import id.anjungan.spi.platform.RecipientRecord;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RecipientLists} does, the testkit's in-memory one and the kiosk's stored one alike. A subclass
 * gives a fresh, empty service for each test.
 */
public abstract class RecipientListsContract {

    private static final String SARI = "3374015506700011";
    private static final String BUDI = "3374012612871001";
    private static final String TUTI = "3374014708581020";

    /** An empty service; called once per test. */
    protected abstract RecipientLists lists();

    private static RecipientRecord row(String program, String period, String nik, String name, String channel) {
        return new RecipientRecord(program, period, nik, "3374010101700011", name, "Jl. Pandanaran 12", "003", "002",
                "Miroto", Map.of("channel", channel));
    }

    @Test
    void theNewestPeriodAnswersAndOlderOnesStayReadable() {
        RecipientLists l = lists();
        assertEquals(2, l.put("BPNT", "2026-09", List.of(row("BPNT", "2026-09", SARI, "Sari", "KKS"),
                row("BPNT", "2026-09", BUDI, "Budi", "KKS"))));
        assertEquals(1, l.put("BPNT", "2026-11", List.of(row("BPNT", "2026-11", SARI, "Sari", "POS"))));
        assertEquals(List.of("2026-11", "2026-09"), l.periods("BPNT"));
        RecipientRecord newest = l.find("BPNT", SARI).orElseThrow();
        assertEquals("2026-11", newest.period());
        assertEquals("POS", newest.field("channel"));
        assertEquals("Sari", newest.name());
        assertEquals("3374010101700011", newest.kk());
        assertEquals(Optional.empty(), l.find("BPNT", BUDI), "not in the newest list");
        assertEquals("KKS", l.find("BPNT", "2026-09", BUDI).orElseThrow().field("channel"));
        assertEquals(Optional.empty(), l.find("BPNT", "2026-10", BUDI));
        assertEquals(Optional.empty(), l.find("KJS", SARI));
        assertEquals(List.of(), l.periods("KJS"));
    }

    @Test
    void aListIsOrderedByNameAndAPutReplacesRowsOfTheSameNik() {
        RecipientLists l = lists();
        l.put("CPP", "2026-12-05-01", List.of(row("CPP", "2026-12-05-01", TUTI, "Tuti", "TUNAI"),
                row("CPP", "2026-12-05-01", SARI, "Sari", "TUNAI")));
        assertEquals(3, l.put("CPP", "2026-12-05-01", List.of(row("CPP", "2026-12-05-01", BUDI, "Budi", "TUNAI"),
                row("CPP", "2026-12-05-01", TUTI, "Tuti Handayani", "TUNAI"))));
        assertEquals(List.of("Budi", "Sari", "Tuti Handayani"),
                l.list("CPP", "2026-12-05-01").stream().map(RecipientRecord::name).toList());
        assertEquals(List.of(), l.list("CPP", "2026-12-12-01"));
    }

    @Test
    void programsOfAPersonAreThoseWhoseNewestListHoldsThem() {
        RecipientLists l = lists();
        l.put("BPNT", "2026-09", List.of(row("BPNT", "2026-09", BUDI, "Budi", "KKS")));
        l.put("BPNT", "2026-11", List.of(row("BPNT", "2026-11", SARI, "Sari", "KKS")));
        l.put("KJS", "2026-Q4", List.of(row("KJS", "2026-Q4", SARI, "Sari", "TUNAI")));
        assertEquals(List.of("BPNT", "KJS"), l.programsOf(SARI));
        assertEquals(List.of(), l.programsOf(BUDI), "only in an older list");
        assertEquals(List.of(), l.programsOf(TUTI));
    }

    @Test
    void aNikTypedWithSpacesFindsTheEntry() {
        RecipientLists l = lists();
        l.put("BPNT", "2026-11", List.of(row("BPNT", "2026-11", SARI, "Sari", "KKS")));
        assertEquals("Sari", l.find("BPNT", "3374 0155 0670 0011").orElseThrow().name());
        assertEquals("Sari", l.find("BPNT", "2026-11", "3374-0155-0670-0011").orElseThrow().name());
    }
}
