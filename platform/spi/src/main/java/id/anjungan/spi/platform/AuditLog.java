package id.anjungan.spi.platform;

import id.anjungan.spi.Actor;
import org.osgi.annotation.versioning.ProviderType;

/** Append-only, hash-chained audit of reads of personal data, case changes and admin actions. */
@ProviderType
public interface AuditLog {

    /**
     * Records an action. Never pass a full NIK or KK number in {@code subject} or {@code detail}: mask it.
     *
     * @param action e.g. {@code "read-recipient"}, {@code "case-transition"}
     * @param subject what it concerns (tracking number, masked NIK, module code)
     */
    void record(Actor actor, String action, String subject, String detail);
}
