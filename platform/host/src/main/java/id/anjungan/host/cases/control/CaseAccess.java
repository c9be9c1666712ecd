package id.anjungan.host.cases.control;

import id.anjungan.host.cases.entity.CaseRow;
import id.anjungan.host.persistence.Database;
import id.anjungan.host.persistence.JsonText;
import id.anjungan.host.problem.Problem;
import id.anjungan.spi.Actor;
import id.anjungan.spi.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What a caller may open beyond a case's public view. A PSM is a volunteer, not an officer: only the cases they filed
 * and those of the resident of their assisted session, and only the attachments of those cases. Officers see all.
 */
@ApplicationScoped
public class CaseAccess {

    @Inject
    Database db;

    /** The case, if the actor may open it. */
    public CaseRow opened(Actor actor, CaseRow row) {
        if (!mayOpen(actor, row)) {
            throw notYours();
        }
        return row;
    }

    static boolean mayOpen(Actor actor, CaseRow row) {
        return actor.role() != Role.PSM || actor.username().equals(row.createdBy)
                || actor.onBehalfOfNik() != null && actor.onBehalfOfNik().equals(row.subjectNik);
    }

    /** Checks that the actor may see an attachment: for a PSM, one that a case they may open refers to. */
    public void attachment(Actor actor, String id) {
        if (actor.role() != Role.PSM) {
            return;
        }
        String nik = actor.onBehalfOfNik();
        boolean ofTheirCase = db.read(em -> {
            var query = em.createQuery("select c.data from CaseRow c where c.createdBy = :u"
                    + (nik == null ? "" : " or c.subjectNik = :nik"), String.class).setParameter("u", actor.username());
            return (nik == null ? query : query.setParameter("nik", nik)).getResultList();
        }).stream().anyMatch(data -> JsonText.readMap(data).containsValue(id));
        if (!ofTheirCase) {
            throw notYours();
        }
    }

    private static Problem notYours() {
        return Problem.of(403, "not-your-case", "Bukan kasus Anda", "Not your case",
                "PSM hanya dapat membuka kasus yang diajukannya sendiri atau milik warga yang sedang didampingi.",
                "A PSM can only open cases they filed or those of the resident they are assisting.");
    }
}
