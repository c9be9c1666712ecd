package id.anjungan.host.musyawarah.control;

import id.anjungan.host.catalog.control.Programs;
import id.anjungan.host.cases.entity.CaseRow;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.musyawarah.entity.MusyawarahDecisionRow;
import id.anjungan.spi.Actor;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.ServiceKind;
import id.anjungan.spi.platform.AuditLog;
import id.anjungan.spi.platform.KioskClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The musyawarah kelurahan: proposals from RT/RW and residents are discussed by the lurah, RT/RW heads, PSM and TKSK
 * before the kelurahan operator enters them in SIKS-NG (Kepmensos 245/HUK/2025). A meeting records its date, place,
 * attendees and a decision per proposal; only a proposal the newest meeting on it approved goes to SIKS-NG.
 */
@ApplicationScoped
public class MusyawarahRecords {

    @Inject
    Database db;
    @Inject
    Programs programs;
    @Inject
    KioskClock clock;
    @Inject
    AuditLog audit;

    /** One proposal's outcome. */
    public record Decision(String tracking, boolean approved, String note) {
    }

    /** What the meeting's minutes (berita acara) say. */
    public record Meeting(LocalDate heldOn, String place, List<String> attendees, List<Decision> decisions) {
    }

    /** A proposal's newest decision and the meeting that took it. */
    public record Decided(String tracking, LocalDate heldOn, boolean approved, String note) {
    }

    /** Records a meeting; answers its id. Every decision must be about an open proposal case. */
    public String record(Meeting meeting, Actor actor) {
        LocalDate today = clock.today();
        if (meeting.heldOn() == null || meeting.heldOn().isAfter(today)) {
            throw invalid("Isi tanggal musyawarah; tanggal tidak boleh setelah hari ini.",
                    "Give the meeting's date; it cannot be after today.");
        }
        List<String> attendees = meeting.attendees() == null ? List.of() : meeting.attendees().stream()
                .filter(a -> a != null && !a.isBlank()).map(String::strip).toList();
        if (attendees.size() > 60 || attendees.stream().anyMatch(a -> a.length() > 120)
                || meeting.place() != null && meeting.place().length() > 200) {
            throw invalid("Daftar peserta atau tempat terlalu panjang (paling banyak 60 peserta, 120 huruf per nama).",
                    "The attendees or the place are too long (at most 60 attendees, 120 characters a name).");
        }
        if (attendees.size() < 2) {
            throw invalid("Tulis paling sedikit dua peserta musyawarah (misalnya lurah dan ketua RW).",
                    "Name at least two attendees (for example the lurah and an RW head).");
        }
        if (meeting.decisions() == null || meeting.decisions().isEmpty()) {
            throw invalid("Musyawarah belum memutuskan satu usulan pun.", "The meeting decided no proposal.");
        }
        if (meeting.decisions().size() > 500 || meeting.decisions().stream()
                .anyMatch(d -> d.note() != null && d.note().length() > 500)) {
            throw invalid("Terlalu banyak usulan dalam satu musyawarah (paling banyak 500) atau catatan terlalu panjang "
                    + "(paling banyak 500 huruf).", "Too many proposals in one meeting (at most 500) or a note too "
                    + "long (at most 500 characters).");
        }
        Set<String> seen = new HashSet<>();
        for (Decision d : meeting.decisions()) {
            if (d.tracking() == null || !seen.add(d.tracking()) || !openProposal(d.tracking())) {
                throw invalid("Nomor " + d.tracking() + " bukan usulan yang masih terbuka, atau tercantum dua kali.",
                        "Number " + d.tracking() + " is not an open proposal, or is listed twice.");
            }
        }
        String id = "MK-" + meeting.heldOn() + "-" + UUID.randomUUID().toString().substring(0, 8);
        String who = String.join("; ", attendees);
        db.tx(em -> {
            for (Decision d : meeting.decisions()) {
                MusyawarahDecisionRow row = new MusyawarahDecisionRow();
                row.id = id + "/" + d.tracking();
                row.meetingId = id;
                row.heldOn = meeting.heldOn();
                row.place = meeting.place() == null ? null : meeting.place().strip();
                row.attendees = who;
                row.tracking = d.tracking();
                row.approved = d.approved();
                row.note = d.note() == null ? null : d.note().strip();
                row.recordedBy = actor.username();
                row.recorded = clock.now();
                em.persist(row);
            }
            return null;
        });
        audit.record(actor, "musyawarah", id, meeting.decisions().size() + " proposals, " + attendees.size()
                + " attendees");
        return id;
    }

    /** The newest decision on every proposal a meeting discussed. */
    public Map<String, Decided> latest() {
        Map<String, Decided> latest = new LinkedHashMap<>();
        db.read(em -> em.createQuery("select d from MusyawarahDecisionRow d order by d.heldOn, d.recorded",
                MusyawarahDecisionRow.class).getResultList()).forEach(d -> latest.put(d.tracking,
                new Decided(d.tracking, d.heldOn, d.approved, d.note)));
        return latest;
    }

    /** Meetings, newest first: id, date, place, attendees and their decisions. */
    public List<Map<String, Object>> meetings() {
        Map<String, Map<String, Object>> meetings = new LinkedHashMap<>();
        db.read(em -> em.createQuery("select d from MusyawarahDecisionRow d order by d.heldOn desc, d.recorded desc",
                MusyawarahDecisionRow.class).setMaxResults(2000).getResultList()).forEach(d -> {
                    Map<String, Object> m = meetings.computeIfAbsent(d.meetingId, k -> new LinkedHashMap<>(Map.of(
                            "id", d.meetingId, "heldOn", d.heldOn.toString(), "place", Optional.ofNullable(d.place)
                                    .orElse(""), "attendees", List.of(d.attendees.split("; ")),
                            "decisions", new java.util.ArrayList<Map<String, Object>>())));
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> decisions = (List<Map<String, Object>>) m.get("decisions");
                    decisions.add(Map.of("tracking", d.tracking, "approved", d.approved, "note",
                            Optional.ofNullable(d.note).orElse("")));
                });
        return List.copyOf(meetings.values());
    }

    private boolean openProposal(String tracking) {
        CaseRow c = db.read(em -> em.find(CaseRow.class, tracking));
        if (c == null || c.closed) {
            return false;
        }
        return programs.descriptors().stream().filter(p -> p.code().equals(c.program)).findFirst()
                .flatMap((ProgramDescriptor p) -> p.service(c.service))
                .map(s -> s.kind() == ServiceKind.PROPOSAL).orElse(false);
    }

    private static Problem invalid(String id, String en) {
        return Problem.of(422, "invalid-musyawarah", "Data musyawarah belum benar", "Please check the meeting record",
                id, en);
    }
}
