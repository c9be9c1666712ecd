package id.anjungan.host.attachments.control;

import id.anjungan.host.attachments.entity.AttachmentRow;
import id.anjungan.host.config.Setting;
import id.anjungan.host.config.Settings;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.threads.Threads;
import id.anjungan.spi.platform.KioskClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes photos and scans nobody uses: uploaded for a form that was never submitted, older than
 * {@code anjungan.attachment.orphan.hours} (24). Used means named in a case's data or as the consent evidence of an
 * assisted session; an attachment found used is marked and not looked at again, so the cases are read only while
 * there are old attachments not yet known to be used. Also removes the partly written files a killed process left
 * behind ({@code *.part}, never named by a row) once they are as old. Runs at start and every six hours.
 */
@ApplicationScoped
public class OrphanAttachments {

    private static final Logger LOG = Logger.getLogger(OrphanAttachments.class.getName());
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Inject
    Database db;
    @Inject
    KioskClock clock;
    @Inject
    Threads threads;

    Duration maxAge = Duration.ofHours(Long.parseLong(Settings.value(Setting.ATTACHMENT_ORPHAN_HOURS)));
    Path root = Settings.home().resolve("attachments");
    private ScheduledExecutorService schedule;

    public synchronized void start() {
        schedule = Executors.newSingleThreadScheduledExecutor(threads.named("orphan-attachments"));
        schedule.scheduleWithFixedDelay(this::removeQuietly, 0, 6, TimeUnit.HOURS);
    }

    public synchronized void stop() {
        if (schedule != null) {
            schedule.shutdownNow();
            schedule = null;
        }
    }

    private void removeQuietly() {
        try {
            int removed = remove();
            if (removed > 0) {
                LOG.info(() -> removed + " unused attachment(s) removed");
            }
        } catch (RuntimeException e) {
            LOG.warning("Unused attachments not removed: " + e);
        }
    }

    /** Removes the attachments no record uses that are older than the setting; returns how many. */
    public int remove() {
        Instant cutoff = clock.now().minus(maxAge);
        removeParts(cutoff);
        List<AttachmentRow> old = db.read(em -> em.createQuery("select a from AttachmentRow a where a.created < :cutoff"
                + " and (a.inUse is null or a.inUse = false)", AttachmentRow.class)
                .setParameter("cutoff", cutoff).getResultList());
        if (old.isEmpty()) {
            return 0;
        }
        Set<String> used = used();
        int removed = 0;
        for (AttachmentRow row : old) {
            if (used.contains(row.id)) {
                db.tx(em -> {
                    AttachmentRow kept = em.find(AttachmentRow.class, row.id);
                    if (kept != null) {
                        kept.inUse = true;
                    }
                    return null;
                });
            } else {
                db.tx(em -> {
                    AttachmentRow gone = em.find(AttachmentRow.class, row.id);
                    if (gone != null) {
                        em.remove(gone);
                    }
                    return null;
                });
                delete(Path.of(row.path));
                removed++;
            }
        }
        return removed;
    }

    /**
     * A write cut short by kill -9 leaves its part file; a city node may share this folder with another node that is
     * writing one now, so only parts as old as an orphan go.
     */
    private void removeParts(Instant cutoff) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.find(root, 2, (file, attributes) -> attributes.isRegularFile()
                && file.getFileName().toString().endsWith(".part")
                && attributes.lastModifiedTime().toInstant().isBefore(cutoff))) {
            files.forEach(OrphanAttachments::delete);
        } catch (IOException | java.io.UncheckedIOException e) {
            LOG.warning("Partly written attachments not removed: " + e);
        }
    }

    /** Every attachment id named in a case's data or in the consent evidence of an assisted session. */
    private Set<String> used() {
        return db.autoCommitted(c -> {
            Set<String> ids = new HashSet<>();
            collect(c.prepareStatement("SELECT data_json FROM kiosk_case"), ids);
            PreparedStatement evidence = c.prepareStatement("SELECT detail FROM audit_entry WHERE action_name = ?");
            evidence.setString(1, "assist-start");
            collect(evidence, ids);
            return ids;
        });
    }

    private static void collect(PreparedStatement query, Set<String> ids) throws java.sql.SQLException {
        try (query; ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String text = rows.getString(1);
                if (text != null) {
                    Matcher m = ID.matcher(text);
                    while (m.find()) {
                        ids.add(m.group());
                    }
                }
            }
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warning("Unused attachment " + file.getFileName() + " not deleted: " + e);
        }
    }
}
