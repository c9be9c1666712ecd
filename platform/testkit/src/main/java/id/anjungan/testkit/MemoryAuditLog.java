package id.anjungan.testkit;

import id.anjungan.spi.Actor;
import id.anjungan.spi.platform.AuditLog;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps audit entries as lines "user action subject detail" for assertions. */
public final class MemoryAuditLog implements AuditLog {

    public final List<String> entries = new CopyOnWriteArrayList<>();

    @Override
    public void record(Actor actor, String action, String subject, String detail) {
        entries.add(actor.username() + " " + action + " " + subject + " " + detail);
    }
}
