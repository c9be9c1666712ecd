package id.anjungan.host.recipients.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.anjungan.spi.Actor;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Measures, not asserts, the import speed: {@code -Dimport.speed.rows=1000000} for the benchmark size. */
class RecipientImportSpeedTest {

    @TempDir
    Path home;

    @Test
    void importsAGeneratedList() throws Exception {
        int rows = Integer.getInteger("import.speed.rows", 100_000);
        Path file = home.resolve("bnba.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("nik,kk,name,address,rt,rw,kelurahan,amount,channel\n");
            for (int i = 0; i < rows; i++) {
                out.write(ImportFixture.uniqueNik(i) + "," + ImportFixture.kk(i) + ",Warga Sintetis " + i
                        + ",Jl. Pemuda No. " + i % 300 + "," + (i % 12 + 1) + "," + (i % 7 + 1) + ",Kelurahan "
                        + i % 15 + ",200000,BNI\n");
            }
        }
        try (ImportFixture f = new ImportFixture(home)) {
            long start = System.nanoTime();
            ImportProgress p = f.importer.importFile("BPNT", "2026-11", file, Actor.resident());
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals(ImportProgress.State.DONE, p.state(), String.valueOf(p.problem()));
            assertEquals(rows, p.rowsImported());
            System.out.printf("IMPORT SPEED: %d rows (%.1f MB) in %.2f s = %.0f rows/s on %d cores%n", rows,
                    Files.size(file) / 1e6, seconds, rows / seconds, Runtime.getRuntime().availableProcessors());
            start = System.nanoTime();
            p = f.importer.importFile("BPNT", "2026-11", file, Actor.resident());
            seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("RE-IMPORT (replacing %d rows): %.2f s = %.0f rows/s%n", rows, seconds, rows / seconds);
            assertEquals(rows, f.rows());
        }
    }
}
