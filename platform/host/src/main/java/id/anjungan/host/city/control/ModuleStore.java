package id.anjungan.host.city.control;

import id.anjungan.host.city.entity.ModuleJarRow;
import id.anjungan.host.modules.control.ModuleJar;
import id.anjungan.host.modules.control.ModuleManager;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.problem.Problem;
import id.anjungan.spi.platform.KioskClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The city's signed module jars, in the database by the SHA-256 of their bytes: every city node hands out the same
 * jar whichever took the upload. A jar is judged as a kiosk judges it (signed by a trusted key, a bundle declaring a
 * program); a refused jar leaves nothing behind.
 */
@ApplicationScoped
public class ModuleStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    @Inject
    Database db;
    @Inject
    Provider<ModuleManager> modules;
    @Inject
    KioskClock clock;

    /** Verifies and keeps the jar; the same bytes again return the row kept before. */
    public ModuleJarRow store(Path upload, String by) {
        ModuleJar jar = modules.get().peek(upload); // 422 for an unsigned, untrusted, tampered or foreign jar
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(upload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return db.txRetrying(em -> {
            ModuleJarRow kept = em.find(ModuleJarRow.class, jar.sha256());
            if (kept != null) {
                return kept;
            }
            ModuleJarRow row = new ModuleJarRow();
            row.sha256 = jar.sha256();
            row.code = jar.code();
            row.version = jar.version();
            row.signer = jar.signer();
            row.size = bytes.length;
            row.content = bytes;
            row.uploaded = clock.now();
            row.uploadedBy = by;
            em.persist(row);
            return row;
        });
    }

    private static final String COLUMNS = "select j.sha256, j.code, j.version, j.signer, j.size, j.uploaded,"
            + " j.uploadedBy from ModuleJarRow j";

    /** Every jar kept, newest first, without their bytes. */
    public List<ModuleJarRow> list() {
        return db.read(em -> em.createQuery(COLUMNS + " order by j.uploaded desc", Object[].class).getResultList()
                .stream().map(ModuleStore::row).toList());
    }

    private static ModuleJarRow row(Object[] columns) {
        ModuleJarRow row = new ModuleJarRow();
        row.sha256 = (String) columns[0];
        row.code = (String) columns[1];
        row.version = (String) columns[2];
        row.signer = (String) columns[3];
        row.size = ((Number) columns[4]).longValue();
        row.uploaded = (java.time.Instant) columns[5];
        row.uploadedBy = (String) columns[6];
        return row;
    }

    /** The jar of this hash, without its bytes. */
    public Optional<ModuleJarRow> of(String sha256) {
        String sha = checked(sha256);
        return db.read(em -> em.createQuery(COLUMNS + " where j.sha256 = :sha", Object[].class).setParameter("sha", sha)
                .getResultList().stream().map(ModuleStore::row).findFirst());
    }

    /** The bytes of the jar of this hash. */
    public Optional<byte[]> bytes(String sha256) {
        String sha = checked(sha256);
        return db.read(em -> Optional.ofNullable(em.find(ModuleJarRow.class, sha)).map(j -> j.content));
    }

    /** A hash as the store names jars: 64 lower-case hex digits (anything else, look-alikes too, is refused). */
    public static String checked(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw Problem.of(422, "invalid-sha256", "Sidik modul tidak sah", "Invalid module hash",
                    "Modul disebut dengan SHA-256-nya: 64 angka heksadesimal huruf kecil.",
                    "A module is named by its SHA-256: 64 lower-case hexadecimal digits.");
        }
        return sha256;
    }
}
