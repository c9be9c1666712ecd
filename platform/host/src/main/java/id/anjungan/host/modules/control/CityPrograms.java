package id.anjungan.host.modules.control;

import id.anjungan.host.modules.entity.CityProgramList;
import id.anjungan.host.modules.entity.ModuleView;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.problem.Problem;
import id.anjungan.spi.platform.KioskClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The programs the city set for this kiosk's kelurahan ({@code programs}): once it set them, exactly the listed ones
 * among the installed modules are enabled and the admin here no longer switches any; a listed program not installed
 * stays so. The city may hand the kelurahan back ({@code programs-released}): the modules stay as they run and the
 * admin here switches them again. The newest revision of either wins: an older or equal one arriving late changes
 * nothing. The modules are switched before the revision is stored, so a kiosk killed in between switches them again
 * when the message comes again.
 */
@ApplicationScoped
public class CityPrograms {

    private static final Logger LOG = Logger.getLogger(CityPrograms.class.getName());

    @Inject
    Database db;
    @Inject
    KioskClock clock;
    @Inject
    Provider<ModuleManager> modules;

    /**
     * Applies the city's list; false when its revision is not newer than the one applied. One at a time with
     * {@link #conform}: a module installed while a list is applied is either switched by it or conformed to it.
     */
    public synchronized boolean apply(String kelurahan, List<String> programs, long revision) {
        if (kelurahan == null || programs == null || programs.stream().anyMatch(p -> p == null || p.contains(","))) {
            throw new IllegalArgumentException("a program list without a kelurahan or with an unusable code");
        }
        if (held().filter(c -> revision <= c.revision).isPresent()) {
            return false;
        }
        ModuleManager manager = modules.get();
        for (ModuleView m : manager.list()) {
            boolean listed = programs.contains(m.code());
            if (m.enabled() != listed) {
                manager.setEnabled(m.code(), listed);
            }
        }
        boolean stored = store(kelurahan, String.join(",", programs), revision, null);
        LOG.info(() -> "The city set the programs of " + kelurahan + " (revision " + revision + "): " + programs);
        return stored;
    }

    /**
     * The city handed the kelurahan back: the modules stay as they run, and the admin here switches them again; false
     * when its revision is not newer than the one applied (a list set after the hand-back stays).
     */
    public synchronized boolean release(String kelurahan, long revision) {
        if (kelurahan == null) {
            throw new IllegalArgumentException("a hand-back without a kelurahan");
        }
        if (held().filter(c -> revision <= c.revision).isPresent()) {
            return false;
        }
        String running = String.join(",", modules.get().list().stream().filter(ModuleView::enabled)
                .map(ModuleView::code).toList());
        boolean stored = store(kelurahan, running, revision, clock.now());
        LOG.info(() -> "The city handed the programs of " + kelurahan + " back (revision " + revision + ")");
        return stored;
    }

    /** Stores the revision applied; false when a newer one was applied meanwhile. */
    private boolean store(String kelurahan, String programs, long revision, Instant released) {
        return db.txRetrying(em -> {
            CityProgramList row = em.find(CityProgramList.class, CityProgramList.ONLY);
            if (row != null && revision <= row.revision) {
                return false; // a newer one was applied meanwhile
            }
            if (row == null) {
                row = new CityProgramList();
                em.persist(row);
            }
            row.kelurahan = kelurahan;
            row.programs = programs;
            row.revision = revision;
            row.applied = clock.now();
            row.released = released;
            return true;
        });
    }

    /** The city's list as applied here; empty while the city has set none or handed it back (the admin here decides). */
    public Optional<CityProgramList> current() {
        return held().filter(row -> row.released == null);
    }

    /** The newest revision applied here, a list or a hand-back. */
    public Optional<CityProgramList> held() {
        return Optional.ofNullable(db.read(em -> em.find(CityProgramList.class, CityProgramList.ONLY)));
    }

    /** The listed program codes. */
    public static List<String> listed(CityProgramList row) {
        return row.programs.isEmpty() ? List.of() : Arrays.asList(row.programs.split(","));
    }

    /**
     * A module installed here (by the admin, or by a city rollout) while the city sets the programs runs only if the
     * city lists it; without a city list it stays as installed.
     */
    public synchronized ModuleView conform(ModuleView installed) {
        return current().filter(list -> installed.enabled() && !listed(list).contains(installed.code()))
                .map(list -> modules.get().setEnabled(installed.code(), false)).orElse(installed);
    }

    /** Refuses a local switch while the city sets the programs. */
    public void refuseLocalSwitch(String code) {
        if (current().isPresent()) {
            throw Problem.of(409, "city-managed", "Program ini diatur oleh server kota", "This program is set by the city",
                    "Program " + code + " dinyalakan atau dimatikan oleh server kota untuk kelurahan ini; minta admin"
                            + " kota mengubahnya.",
                    "Program " + code + " is switched on or off by the city for this kelurahan; ask the city's admin"
                            + " to change it.");
        }
    }
}
