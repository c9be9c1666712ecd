package id.anjungan.host.recipients.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.host.status.control.FakePrograms;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.platform.RecipientRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo lists of every module, imported as {@code bin/anjungan --demo} imports them (distribution/pom.xml), tell one
 * story: one NIK is one person (one name, one KK) on every list, also where a list names someone as the deceased; and
 * the overlap report finds the cases kept on purpose (a BPNT/KJS double recipient; a KJS recipient and CPP PBP who is
 * the deceased of a santunan kematian).
 */
class DemoListsTest {

    /** Module folder, program, period: as the distribution copies them to {@code demo/<CODE>/<period>.csv}. */
    static final List<List<String>> LISTS = List.of(List.of("bpnt", "BPNT", "2026-11"), List.of("kjs", "KJS", "2026-Q4"),
            List.of("santunan-kematian", "SANKEM", "2026"), List.of("cpp", "CPP", "2026-12-05-01"),
            List.of("jumat-koin", "JUMATKOIN", "2026"), List.of("rehabilitasi", "REHSOS", "2026-11"));
    static final Path MODULES = Path.of("..", "..", "modules");

    @TempDir
    Path home;

    @Test
    void oneNikIsOnePersonOnEveryListAndTheOverlapsKeptOnPurposeAreReported() throws Exception {
        try (ImportFixture f = new ImportFixture(home)) {
            Map<String, Set<String>> people = new TreeMap<>();
            for (List<String> list : LISTS) {
                Path csv = MODULES.resolve(list.get(0)).resolve("src/main/demo/recipients.csv");
                assertTrue(Files.isRegularFile(csv), csv.toString());
                ImportProgress done = f.importer.importFile(list.get(1), list.get(2), csv, RecipientImportTest.ADMIN);
                assertEquals(ImportProgress.State.DONE, done.state(), list + ": " + done.json("en"));
                assertEquals(0, done.rowsRejected(), list + " has rows the import rejects");
                for (RecipientRecord r : f.lists.list(list.get(1), list.get(2))) {
                    people.computeIfAbsent(r.nik(), n -> new TreeSet<>()).add(r.name() + " / KK " + r.kk());
                    String deceased = r.field(ListOverlaps.DECEASED_COLUMN);
                    if (deceased != null && !deceased.isBlank()) {
                        String name = r.field("nama_almarhum");
                        people.computeIfAbsent(deceased, n -> new TreeSet<>());
                        if (people.get(deceased).stream().noneMatch(p -> p.startsWith(name + " / "))) {
                            people.get(deceased).add(name + " / KK (as the deceased)");
                        }
                    }
                }
            }
            List<String> twoPeople = new ArrayList<>();
            people.forEach((nik, names) -> {
                if (names.size() > 1) {
                    twoPeople.add(nik + " " + names);
                }
            });
            assertEquals(List.of(), twoPeople, "a NIK with more than one name or KK across the demo lists");

            ListOverlaps overlaps = new ListOverlaps();
            overlaps.db = f.db;
            List<ProgramDescriptor> programs = new ArrayList<>(List.of(FakePrograms.descriptor("BPNT", true,
                    Set.of("KJS")), FakePrograms.descriptor("KJS", true, Set.of("BPNT"))));
            for (String code : List.of("SANKEM", "CPP", "JUMATKOIN", "REHSOS")) {
                programs.add(FakePrograms.descriptor(code, false, Set.of()));
            }
            List<String> found = overlaps.report(programs).stream().map(o -> o.kind() + " "
                    + String.join("+", o.programs()) + " " + o.name()).toList();
            assertTrue(found.contains("EXCLUSIVE BPNT+KJS Tukiyem Handayani"), found.toString());
            assertTrue(found.contains("NOT_ENTITLED KJS Sutrisno Prasetyo"), found.toString());
            assertTrue(found.contains("NOT_ENTITLED CPP Sutrisno Prasetyo"), found.toString());
            assertEquals(ImportFixture.CLOCK.now(), f.lists.newestList("BPNT").orElseThrow().imported(),
                    "the list's import time");
            assertEquals("DTSEN", f.lists.newestList("BPNT").orElseThrow().source(), "the default source");
            assertTrue(f.lists.newestList("PKH").isEmpty());
        }
    }
}
