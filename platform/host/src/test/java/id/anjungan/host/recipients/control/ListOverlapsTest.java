package id.anjungan.host.recipients.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.anjungan.host.status.control.FakePrograms;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.platform.RecipientRecord;
import id.anjungan.spi.platform.Resident;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who the newest lists hold although the lists exclude each other or the person may no longer receive aid. */
class ListOverlapsTest {

    static final List<ProgramDescriptor> PROGRAMS = List.of(FakePrograms.descriptor("BPNT", true, Set.of("KJS")),
            FakePrograms.descriptor("KJS", true, Set.of("BPNT")), FakePrograms.descriptor("CPP", false, Set.of()),
            FakePrograms.descriptor("SANKEM", false, Set.of()));

    @TempDir
    Path home;

    static RecipientRecord row(String program, String period, int n, Map<String, String> fields) {
        return new RecipientRecord(program, period, ImportFixture.nik(n), ImportFixture.kk(n), "Warga " + n,
                "Jl. Pandanaran " + n, "001", "002", "Pekunden", fields);
    }

    List<String> found(ImportFixture f) {
        ListOverlaps overlaps = new ListOverlaps();
        overlaps.db = f.db;
        return overlaps.report(PROGRAMS).stream().map(o -> o.kind() + " " + String.join("+", o.programs()) + " "
                + o.name() + (o.recorded() == null ? "" : " " + o.recorded())).toList();
    }

    @Test
    void exclusiveListsInTheirNewestPeriodAndDeceasedStillListedAreReported() {
        try (ImportFixture f = new ImportFixture(home)) {
            f.lists.put("BPNT", "2026-10", List.of(row("BPNT", "2026-10", 5, Map.of())));
            f.lists.put("BPNT", "2026-11", List.of(row("BPNT", "2026-11", 1, Map.of()),
                    row("BPNT", "2026-11", 2, Map.of())));
            f.lists.put("KJS", "2026-Q4", List.of(row("KJS", "2026-Q4", 2, Map.of()), row("KJS", "2026-Q4", 3, Map.of()),
                    row("KJS", "2026-Q4", 5, Map.of())));
            f.lists.put("CPP", "2026-12", List.of(row("CPP", "2026-12", 3, Map.of()), row("CPP", "2026-12", 4, Map.of())));
            f.lists.put("SANKEM", "2026", List.of(row("SANKEM", "2026", 9,
                    Map.of(ListOverlaps.DECEASED_COLUMN, ImportFixture.nik(3), "nama_almarhum", "Warga 3"))));

            assertEquals(List.of("EXCLUSIVE BPNT+KJS Warga 2",
                    "NOT_ENTITLED CPP Warga 3 DECEASED (SANKEM)",
                    "NOT_ENTITLED KJS Warga 3 DECEASED (SANKEM)"), found(f),
                    "5 was on BPNT only in an older period; 9 is the heir; 4 is on CPP alone");
        }
    }

    @Test
    void standingsRecordedByTheKelurahanAreReportedOnEveryList() {
        try (ImportFixture f = new ImportFixture(home)) {
            f.lists.put("BPNT", "2026-11", List.of(row("BPNT", "2026-11", 1, Map.of()),
                    row("BPNT", "2026-11", 2, Map.of()), row("BPNT", "2026-11", 6, Map.of())));
            f.lists.put("CPP", "2026-12", List.of(row("CPP", "2026-12", 2, Map.of())));
            standing(f, 1, Resident.Standing.MOVED);
            standing(f, 2, Resident.Standing.DECLARED_ABLE);
            standing(f, 6, Resident.Standing.ACTIVE);

            assertEquals(List.of("NOT_ENTITLED BPNT Warga 1 MOVED", "NOT_ENTITLED BPNT Warga 2 DECLARED_ABLE",
                    "NOT_ENTITLED CPP Warga 2 DECLARED_ABLE"), found(f));
        }
    }

    @Test
    void noListsNoReport() {
        try (ImportFixture f = new ImportFixture(home)) {
            assertEquals(List.of(), found(f));
        }
    }

    /** As a retur (BPNT, KJS) or a verified death benefit (Santunan Kematian) records it. */
    private static void standing(ImportFixture f, int n, Resident.Standing standing) {
        f.db.tx(em -> em.createNativeQuery("INSERT INTO resident (nik, full_name, standing) VALUES (?, '', ?)")
                .setParameter(1, ImportFixture.nik(n)).setParameter(2, standing.name()).executeUpdate());
    }
}
