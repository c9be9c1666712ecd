package id.anjungan.host.cases.control;

import id.anjungan.host.cases.entity.CaseRow;
import id.anjungan.host.catalog.control.Programs;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.security.control.CaseArea;
import id.anjungan.host.security.control.StaffAreas;
import id.anjungan.spi.Actor;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What a caller may open beyond a case's public view. A PSM is a volunteer, not an officer: the cases they filed,
 * those of the resident of their assisted session, and those waiting for a PSM's step of the workflow (a home visit),
 * with the attachments of those cases only. Officers see all, within the area of their account ({@link StaffAreas}:
 * a TKSK on the city tier, the cases of their kecamatan); a case outside it is answered as an unknown number, so
 * that trying numbers tells nothing about the cases of another kecamatan.
 */
@ApplicationScoped
public class CaseAccess {

    @Inject
    Database db;
    @Inject
    Programs programs;
    @Inject
    StaffAreas areas;

    /** The case, if the actor may open it. */
    public CaseRow opened(Actor actor, CaseRow row) {
        if (!areas.of(actor).covers(row.kecamatan)) {
            throw unknown();
        }
        if (!mayOpen(actor, row)) {
            throw notYours();
        }
        return row;
    }

    boolean mayOpen(Actor actor, CaseRow row) {
        return actor.role() != Role.PSM || actor.username().equals(row.createdBy)
                || actor.onBehalfOfNik() != null && actor.onBehalfOfNik().equals(row.subjectNik)
                || awaitsPsm(row);
    }

    private boolean awaitsPsm(CaseRow row) {
        try {
            ProgramDescriptor program = programs.descriptor(row.program);
            return program.service(row.service).flatMap(s -> program.workflow(s.workflow()))
                    .map(w -> w.from(row.state).stream().anyMatch(t -> t.roles().contains(Role.PSM))).orElse(false);
        } catch (RuntimeException moduleUnavailable) {
            return false;
        }
    }

    /**
     * Checks that the actor may see an attachment: for a PSM, one that a case they may open refers to; for an officer
     * limited to an area, one that a case of the area refers to (else "not found", as for an unknown file).
     */
    public void attachment(Actor actor, String id) {
        CaseArea area = areas.of(actor);
        if (actor.role() != Role.PSM && area.everything()) {
            return;
        }
        boolean ofTheirCase = id != null && id.matches("[0-9a-f-]{36}") && db.read(em -> em.createQuery(
                        "select c from CaseRow c where c.data like :id", CaseRow.class)
                .setParameter("id", "%\"" + id + "\"%").getResultList()).stream()
                .anyMatch(c -> area.covers(c.kecamatan) && mayOpen(actor, c));
        if (!ofTheirCase) {
            throw actor.role() == Role.PSM ? notYours() : Problem.notFound("Berkas", "File");
        }
    }

    /** The answer for a tracking number the caller may not know of: the same as for one that does not exist. */
    public static Problem unknown() {
        return Problem.of(404, "tracking-unknown", "Tidak ditemukan", "Not found",
                "Nomor tanda terima tidak ditemukan.", "Tracking number not found.");
    }

    private static Problem notYours() {
        return Problem.of(403, "not-your-case", "Bukan kasus Anda", "Not your case",
                "PSM hanya dapat membuka kasus yang diajukannya sendiri, milik warga yang sedang didampingi, atau "
                        + "yang menunggu kunjungan PSM.",
                "A PSM can only open cases they filed, those of the resident they are assisting, or those waiting "
                        + "for a PSM's visit.");
    }
}
