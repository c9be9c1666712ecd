package id.anjungan.host.relay.control;

import id.anjungan.host.attachments.entity.AttachmentRow;
import id.anjungan.host.cases.entity.CaseRow;
import id.anjungan.host.cases.entity.CaseStepRow;
import id.anjungan.host.counters.entity.ClaimRow;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.persistence.JsonText;
import id.anjungan.host.sync.CaseSnapshot;
import id.anjungan.spi.platform.Kelurahan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A case as the city receives it: the row, every step so far, its claim-once key, the attachments it names. */
@ApplicationScoped
public class Snapshots {

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Inject
    Database db;
    @Inject
    Kelurahan kelurahan;

    /** The case now, with the attachments it names; empty if there is no such case. */
    public Optional<Snapshot> of(String kiosk, String tracking) {
        return db.read(em -> Optional.ofNullable(em.find(CaseRow.class, tracking)).map(r -> snapshot(em, kiosk, r)));
    }

    /** A snapshot and the rows of the attachments it names (sent before it). */
    public record Snapshot(CaseSnapshot body, List<AttachmentRow> attachments) {
    }

    private Snapshot snapshot(EntityManager em, String kiosk, CaseRow r) {
        List<CaseSnapshot.Step> steps = em.createQuery("select s from CaseStepRow s where s.tracking = :t"
                + " order by s.recorded, s.id", CaseStepRow.class).setParameter("t", r.tracking).getResultStream()
                .map(CaseStepRow::toStep).toList();
        Optional<ClaimRow> claim = em.createQuery("select c from ClaimRow c where c.scope = :s and c.by = :t",
                ClaimRow.class).setParameter("s", "case:" + r.program).setParameter("t", r.tracking).getResultStream()
                .findFirst();
        Map<String, String> data = JsonText.readMap(r.data);
        List<AttachmentRow> attachments = data.values().stream().filter(v -> v != null).flatMap(v -> {
            Matcher m = UUID.matcher(v);
            return m.results().map(found -> found.group());
        }).distinct().map(id -> em.find(AttachmentRow.class, id)).filter(a -> a != null).toList();
        CaseSnapshot body = new CaseSnapshot(kiosk, r.tracking, r.program, r.service, r.programNameId,
                r.programNameEn, r.serviceTitleId, r.serviceTitleEn, r.state, r.stateLabelId, r.stateLabelEn, r.closed,
                r.subjectNik, r.category, r.kelurahan, kelurahan.kecamatan(), data, r.receipt, r.created, r.due,
                r.createdBy, claim.map(c -> c.scope).orElse(null), claim.map(c -> c.claimKey).orElse(null),
                attachments.stream().map(a -> a.id).toList(), steps);
        return new Snapshot(body, attachments);
    }
}
