package id.anjungan.host.recipients.control;

import id.anjungan.host.config.Setting;
import id.anjungan.host.config.Settings;
import id.anjungan.host.privacy.Masking;
import id.anjungan.host.threads.Threads;
import id.anjungan.host.web.LimitedInputStream;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.recipients.entity.ImportRow;
import id.anjungan.host.recipients.entity.RecipientListRow;
import id.anjungan.spi.Actor;
import id.anjungan.spi.Text;
import id.anjungan.spi.platform.AuditLog;
import id.anjungan.spi.platform.KioskClock;
import id.anjungan.spi.platform.RecipientRecord;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVRecord;

/**
 * Imports a recipient list (BNBA CSV) for one program and period. Rows are staged in batches into a table of their own
 * that no lookup sees and replace the period's list in one final transaction, so a failed import leaves nothing behind and importing
 * the same file again gives the same list.
 */
@ApplicationScoped
public class RecipientImport {

    private static final Logger LOG = Logger.getLogger(RecipientImport.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String UPLOAD_PREFIX = "upload-";

    @Inject
    Database db;
    @Inject
    KioskClock clock;
    @Inject
    AuditLog audit;
    @Inject
    Threads threads;

    Path workDir = Settings.home().resolve("imports");
    long maxBytes = Long.parseLong(Settings.value(Setting.IMPORT_MAX_MB)) * 1024 * 1024;
    int batchSize = Settings.number(Setting.IMPORT_BATCH_ROWS);
    /** Batches written at once on PostgreSQL (Derby loads in one statement). */
    int writers = Settings.number(Setting.IMPORT_WRITERS);

    private final Map<String, ImportProgress> jobs = new ConcurrentHashMap<>();
    /** Imports staged and previewed, waiting for the admin's word; a restart forgets them (and drops their tables). */
    private final Map<String, Staged> previews = new ConcurrentHashMap<>();

    /** A file read, checked and staged, not yet published. */
    private record Staged(StagedRows rows, long[] sortedNiks, long read, long count, long rejected,
                          ListPublishing publishing) {
    }

    /**
     * How one import runs. {@code mayBeEmpty}: a list without rows replaces the published one (the city's word that a
     * kelurahan has none). {@code kelurahan}: rows of a kelurahan it refuses are counted in {@code refused}, logged
     * only as a number and never written anywhere (not even to the report of rejected lines).
     */
    private record Run(boolean confirmShrink, boolean preview, boolean mayBeEmpty, Predicate<String> kelurahan,
                       AtomicLong refused, ListPublishing publishing) {

        static Run of(boolean confirmShrink, boolean preview) {
            return new Run(confirmShrink, preview, false, k -> true, new AtomicLong(), ListPublishing.NONE);
        }
    }

    /** Told of every list this host publishes (the city tier's distribution); none until someone observes. */
    private volatile ListPublishing everyList = ListPublishing.NONE;
    private volatile Consumer<String> afterEveryList = program -> { };
    private ExecutorService worker;

    /**
     * Readies list storage at start-up: moves lists an older build stored in one shared table into their own tables,
     * and drops tables nothing points at.
     */
    public void prepareStorage() {
        Instant started = Instant.now();
        discardUploads();
        int stopped = markInterrupted();
        if (stopped > 0) {
            LOG.info(() -> stopped + " recipient-list imports were stopped by the last shutdown and are marked FAILED");
        }
        int moved = LegacyRecipientRows.migrate(db);
        if (moved > 0) {
            LOG.info(() -> "Moved " + moved + " recipient lists into tables of their own");
        }
        // off the start's critical path: only tables created before this start are dropped, never a new import's
        threads.start("recipient-tables-cleanup", () -> discardAbandoned(started));
    }

    /** Uploads a stopped kiosk left behind: residents' data that no import will read any more. */
    void discardUploads() {
        if (!Files.isDirectory(workDir)) {
            return;
        }
        try (var files = Files.newDirectoryStream(workDir, UPLOAD_PREFIX + "*")) {
            for (Path file : files) {
                deleteQuietly(file);
            }
        } catch (IOException e) {
            LOG.warning("Could not clean " + workDir + ": " + e);
        }
    }

    /** Imports that were running when the kiosk stopped: they never finished, and say so. */
    int markInterrupted() {
        Text why = Text.of("Impor terhenti karena anjungan dimatikan atau dimulai ulang; tidak ada data yang diubah. "
                + "Silakan unggah berkasnya lagi.", "The import stopped because the kiosk was shut down or restarted; "
                + "no data was changed. Please upload the file again.");
        return db.tx(em -> {
            List<ImportRow> running = em.createQuery("select i from ImportRow i where i.state in :s", ImportRow.class)
                    .setParameter("s", List.of(ImportProgress.State.RUNNING.name(), ImportProgress.State.PREVIEW.name()))
                    .getResultList();
            for (ImportRow row : running) {
                row.state = ImportProgress.State.FAILED.name();
                row.rowsImported = 0;
                row.problemCode = "interrupted";
                row.problemId = why.id();
                row.problemEn = why.en();
                row.updated = clock.now();
            }
            return running.size();
        });
    }

    void discardAbandoned(Instant serverStarted) {
        try {
            int tables = StagedRows.discardAbandoned(db, serverStarted);
            if (tables > 0) {
                LOG.info(() -> "Dropped " + tables + " list tables of imports that never finished or lists replaced");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not discard unfinished imports", e);
        }
    }

    /** Copies an upload to disk, refusing it (413) as soon as it exceeds the configured maximum. */
    public Path receive(InputStream upload) {
        Path file = null;
        try {
            Files.createDirectories(workDir);
            file = Files.createTempFile(workDir, UPLOAD_PREFIX, ".csv"); // rw------- like every temp file
            // into the temp file itself: replacing it would give the copy the default permissions
            try (InputStream in = new LimitedInputStream(upload, maxBytes); var out = Files.newOutputStream(file)) {
                in.transferTo(out);
            }
            return file;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(file);
            if (e instanceof Problem p) {
                throw p;
            }
            throw Problem.of(400, "upload-failed", "Unggahan gagal", "Upload failed",
                    "Berkas tidak dapat diterima.", "The file could not be received.");
        }
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Starts importing a received file in the background; the file is deleted afterwards, whatever the outcome.
     *
     * @param confirmShrink whether the caller accepts a list less than half as long as the published one
     * @param preview whether to stop before replacing a published list, in state PREVIEW with how many of its
     *                recipients the new list drops, until {@link #confirm} or {@link #cancel}
     */
    public ImportProgress start(String program, String period, ListSource source, Path upload, Actor actor,
                                boolean confirmShrink, boolean preview) {
        try {
            ImportProgress progress = begin(program, period, source);
            worker().submit(() -> {
                try (InputStream in = Files.newInputStream(upload)) {
                    run(progress, in, actor, Run.of(confirmShrink, preview));
                } catch (IOException | Error e) {
                    LOG.warning(() -> "Import " + progress.id() + " stopped: " + Masking.trace(e));
                    finish(progress, () -> progress.failed("unreadable", Text.of("Berkas unggahan tidak dapat dibaca.",
                            "The uploaded file cannot be read.")));
                } finally {
                    deleteQuietly(upload);
                }
            });
            return progress;
        } catch (RuntimeException refused) {
            deleteQuietly(upload);
            throw refused;
        }
    }

    /** Imports synchronously (the demo loader, scripts); the result says whether it was DONE or FAILED. */
    public ImportProgress importFile(String program, String period, InputStream csv, Actor actor) {
        return importFile(program, period, csv, actor, false);
    }

    public ImportProgress importFile(String program, String period, InputStream csv, Actor actor, boolean confirmShrink) {
        ListNames.check(program, period);
        ImportProgress progress = begin(program, period, ListSource.defaultFor(program));
        run(progress, csv, actor, Run.of(confirmShrink, false));
        return progress;
    }

    /**
     * Loads a list the city sent, synchronously, as the program's list of {@code period}: it replaces the published
     * one whatever its length (the city decides), also when it is empty. Rows whose kelurahan {@code ownKelurahan}
     * refuses are dropped before anything is staged and counted in {@code refused}; {@code publishing} records the
     * load in the publishing transaction.
     */
    public ImportProgress importFromCity(String program, String period, ListSource source, InputStream csv,
                                         Predicate<String> ownKelurahan, AtomicLong refused,
                                         ListPublishing publishing, Actor actor) {
        ListNames.check(program, period);
        ImportProgress progress = begin(program, period, source);
        run(progress, csv, actor, new Run(true, false, true, ownKelurahan, refused, publishing));
        return progress;
    }

    /**
     * Tells {@code inTransaction} of every list this host publishes from now on, inside its publishing transaction,
     * and {@code after} (with the program) once it committed.
     */
    public void observe(ListPublishing inTransaction, Consumer<String> after) {
        everyList = inTransaction;
        afterEveryList = after;
    }

    public ImportProgress importFile(String program, String period, Path csv, Actor actor) {
        try (InputStream in = Files.newInputStream(csv)) {
            return importFile(program, period, in, actor);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An import of this run, or as an earlier run of the kiosk left it. */
    public Optional<ImportProgress> progress(String id) {
        if (id == null) {
            return Optional.empty();
        }
        ImportProgress running = jobs.get(id);
        if (running != null) {
            return Optional.of(running);
        }
        return Optional.ofNullable(db.read(em -> em.find(ImportRow.class, id))).map(ImportProgress::of);
    }

    /** The rejected lines of an import as {@code line,nik,name,field,reason} CSV (NIK masked). */
    public void writeRejected(ImportProgress progress, String lang, Writer out) throws IOException {
        RejectedReport.render(rejectedFile(progress.id()), lang, out);
    }

    /** Refuses (422) a program code or period a list cannot carry. */
    public void checkNames(String program, String period) {
        ListNames.check(program, period);
    }

    ImportProgress begin(String program, String period, ListSource source) {
        ListNames.check(program, period);
        byte[] id = new byte[6];
        RANDOM.nextBytes(id);
        ImportProgress progress = new ImportProgress(HexFormat.of().formatHex(id), program, period, source.name());
        ImportRow row = progress.row(clock.now());
        row.started = row.updated;
        db.tx(em -> {
            em.persist(row);
            return null;
        });
        jobs.put(progress.id(), progress);
        return progress;
    }

    private void run(ImportProgress progress, InputStream csv, Actor actor, Run how) {
        StagedRows staged = new StagedRows(db, progress.program());
        long started = System.nanoTime();
        long read = 0;
        long stagedRows = 0;
        long rejected = 0;
        try (BnbaFile file = BnbaFile.open(csv); RejectedReport report = new RejectedReport(rejectedFile(progress.id()))) {
            RowRules rules = new RowRules(progress.program(), progress.period(), file.columns(), clock.today());
            int kelurahan = file.columns().indexOf("kelurahan");
            NikSet seen = new NikSet();
            staged.create();
            List<RecipientRecord> batch = new ArrayList<>(batchSize);
            try (RowSink writer = staged.sink(writers, threads)) {
                for (CSVRecord line = file.next(); line != null; line = file.next()) {
                    read++;
                    if (kelurahan < line.size() && !how.kelurahan().test(line.get(kelurahan))) {
                        how.refused().incrementAndGet();
                        rejected++;
                        progress.read(read, stagedRows, rejected);
                        continue;
                    }
                    RowRules.Checked checked = rules.check(line);
                    List<Rejection> problems = checked.record() == null ? checked.rejections()
                            : duplicate(seen, checked.record().nik(), line.getRecordNumber());
                    if (problems.isEmpty()) {
                        batch.add(checked.record());
                    } else {
                        rejected++;
                        RowRules.Who who = rules.who(line);
                        problems.forEach(p -> report.add(p, who));
                    }
                    if (batch.size() == batchSize) {
                        writer.add(batch);
                        stagedRows += batch.size();
                        batch = new ArrayList<>(batchSize);
                    }
                    progress.read(read, stagedRows, rejected);
                }
                if (!batch.isEmpty()) {
                    writer.add(batch);
                    stagedRows += batch.size();
                }
                writer.await();
                LOG.info("Import " + progress.id() + " staged " + stagedRows + " rows in " + (System.nanoTime()
                        - started) / 1_000_000 + " ms, " + writer.waitedMillis() + " ms of it waiting for writes");
            }
            progress.read(read, stagedRows, rejected);
            if (how.refused().get() > 0) {
                LOG.warning("Import " + progress.id() + " refused " + how.refused().get()
                        + " rows of another kelurahan");
            }
            // a preview shows the admin what the list loses, and the confirmation covers a much shorter list too
            if (!how.mayBeEmpty() || stagedRows > 0) {
                checkReplacement(progress, stagedRows, how.confirmShrink() || how.preview());
            }
            long[] niks = seen.niks();
            Arrays.sort(niks);
            Staged done = new Staged(staged, niks, read, stagedRows, rejected, how.publishing());
            Optional<ReplacementPreview> change = how.preview() ? ReplacementPreview.of(db, progress.program(),
                    progress.period(), niks) : Optional.empty();
            if (change.isPresent()) {
                previews.put(progress.id(), done);
                finish(progress, () -> progress.previewed(change.get()));
                return;
            }
            publish(progress, done, actor);
        } catch (Problem refused) {
            fail(progress, staged, refused.code(), refused.detail(), actor);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Import " + progress.id() + " failed: " + Masking.scrub(String.valueOf(e)));
            fail(progress, staged, "system-error", Text.of("Impor gagal karena kesalahan sistem; tidak ada data yang diubah.",
                    "The import failed because of a system error; no data was changed."), actor);
        }
    }

    private void publish(ImportProgress progress, Staged staged, Actor actor) {
        long publishing = System.nanoTime();
        String replaced = staged.rows().publish(progress.period(), progress.source(), staged.count(), clock.now(),
                staged.publishing().andThen(everyList));
        NikIndex.offer(staged.rows().table(), staged.count(), staged.sortedNiks(), replaced);
        LOG.info("Import " + progress.id() + " indexed and published in " + (System.nanoTime() - publishing)
                / 1_000_000 + " ms");
        finish(progress, () -> progress.done(staged.count()));
        audit.record(actor, "recipient-import", progress.program() + " " + progress.period(), staged.read()
                + " rows read, " + staged.count() + " imported, " + staged.rejected() + " rejected");
        dropQuietly(staged.rows(), replaced);
        afterEveryList.accept(progress.program());
    }

    /** Publishes a previewed import: the admin saw what the published list loses and agreed. */
    public ImportProgress confirm(String id, Actor actor) {
        ImportProgress progress = previewed(id);
        Staged staged = previews.remove(id);
        if (staged == null) {
            throw notPreviewed(id);
        }
        progress.confirmed();
        worker().submit(() -> {
            try {
                publish(progress, staged, actor);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Import " + progress.id() + " failed: " + Masking.scrub(String.valueOf(e)));
                fail(progress, staged.rows(), "system-error", Text.of("Impor gagal karena kesalahan sistem; tidak ada "
                        + "data yang diubah.", "The import failed because of a system error; no data was changed."), actor);
            }
        });
        return progress;
    }

    /** Drops a previewed import: the published list stays as it is. */
    public ImportProgress cancel(String id, Actor actor) {
        ImportProgress progress = previewed(id);
        Staged staged = previews.remove(id);
        if (staged == null) {
            throw notPreviewed(id);
        }
        fail(progress, staged.rows(), "cancelled", Text.of("Impor dibatalkan; daftar yang berlaku tidak diubah.",
                "The import was cancelled; the published list is unchanged."), actor);
        return progress;
    }

    private ImportProgress previewed(String id) {
        return progress(id).orElseThrow(() -> Problem.notFound("Impor " + id, "Import " + id));
    }

    private static Problem notPreviewed(String id) {
        return Problem.of(409, "not-previewed", "Tidak ada yang menunggu konfirmasi", "Nothing awaits confirmation",
                "Impor " + id + " tidak sedang menunggu konfirmasi (sudah dikonfirmasi, dibatalkan, atau anjungan "
                        + "dimulai ulang). Bila perlu, unggah berkasnya lagi.", "Import " + id + " is not awaiting "
                        + "confirmation (confirmed, cancelled, or the kiosk restarted). Upload the file again if needed.");
    }

    private static List<Rejection> duplicate(NikSet seen, String nik, long line) {
        int first = seen.addIfAbsent(Long.parseLong(nik), (int) line);
        if (first == 0) {
            return List.of();
        }
        return List.of(new Rejection(line, "nik", id.anjungan.spi.Reason.of("duplicate", "NIK sudah ada di baris "
                + first + "; baris ini dilewati.", "The NIK already appears on line " + first + "; this line is skipped.")));
    }

    private static void dropQuietly(StagedRows staged, String replaced) {
        try {
            if (replaced != null) {
                staged.drop(replaced);
            }
        } catch (RuntimeException e) {
            // invisible already; discardAbandoned() removes them at the next start
            LOG.log(Level.WARNING, "Could not delete the replaced list " + replaced, e);
        }
    }

    /**
     * A list without one valid row never replaces anything, and one less than half as long as the published list only
     * with the caller's confirmation: both are far likelier a wrong file than a real change.
     */
    private void checkReplacement(ImportProgress progress, long rows, boolean confirmShrink) {
        if (rows == 0) {
            throw Problem.of(422, "no-valid-rows", "Tidak ada baris yang sah", "No valid rows",
                    "Berkas ini tidak berisi satu pun baris yang sah; daftar yang berlaku tidak diubah.",
                    "The file holds no valid row; the published list is unchanged.");
        }
        long published = db.read(em -> Optional.ofNullable(em.find(RecipientListRow.class,
                RecipientListRow.key(progress.program(), progress.period()))).map(l -> l.rows).orElse(0L));
        if (!confirmShrink && rows * 2 < published) {
            throw Problem.of(422, "shrink-unconfirmed", "Daftar jauh lebih pendek", "List much shorter",
                    "Daftar baru berisi " + rows + " penerima, daftar yang berlaku " + published + ": " + (published - rows)
                            + " penerima akan hilang. Periksa berkasnya; bila sudah benar, impor lagi dengan konfirmasi.",
                    "The new list holds " + rows + " recipients, the published one " + published + ": " + (published
                            - rows) + " recipients would be dropped. Check the file; if it is right, import it again "
                            + "and confirm.");
        }
    }

    /** Changes the import's standing in memory and in the database, so that a restart still knows it. */
    private void finish(ImportProgress progress, Runnable change) {
        change.run();
        try {
            db.tx(em -> {
                ImportRow row = progress.row(clock.now());
                ImportRow kept = em.find(ImportRow.class, row.id);
                row.started = kept == null ? row.updated : kept.started;
                return em.merge(row);
            });
        } catch (RuntimeException e) {
            LOG.warning(() -> "Could not record the outcome of import " + progress.id() + ": " + Masking.trace(e));
        }
    }

    private void fail(ImportProgress progress, StagedRows staged, String code, Text why, Actor actor) {
        try {
            staged.discard();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not discard staged rows of import " + progress.id(), e);
        }
        finish(progress, () -> progress.failed(code, why));
        audit.record(actor, "recipient-import", progress.program() + " " + progress.period(), "refused: " + why.en());
    }

    private Path rejectedFile(String id) {
        try {
            Files.createDirectories(workDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return workDir.resolve("rejected-" + id + ".csv");
    }

    private synchronized ExecutorService worker() {
        if (worker == null) {
            worker = Executors.newSingleThreadExecutor(threads.named("recipient-import"));
        }
        return worker;
    }

    @PreDestroy
    synchronized void stop() {
        if (worker != null) {
            worker.shutdownNow();
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // a leftover temp file under imports/ does no harm
        }
    }
}
