package id.anjungan.spi;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A service the program offers at the kiosk.
 *
 * @param id stable key within the program, e.g. {@code "kartu-kks"}
 * @param kind what it does
 * @param title short label for the home grid
 * @param summary one sentence under the title
 * @param icon path of an SVG inside the bundle's {@code ui/} folder, or {@code null} for the program's icon
 * @param startedBy roles that may start it ({@link Role#RESIDENT} means anyone, without login)
 * @param form questions to ask
 * @param checklist documents to bring; the {@link Assessment} may narrow it from the answers
 * @param workflow id of the {@link Workflow} a case of this service follows; {@code null} when it opens no case
 * @param screen id of one of the program's own {@link Screen}s for a {@link ServiceKind#DESK}; else {@code null}
 * @param withoutIdentity whether a PSM or TKSK may file it for a person with no NIK
 */
public record ServiceDefinition(String id, ServiceKind kind, Text title, Text summary, String icon, Set<Role> startedBy,
                                FormDefinition form, List<Document> checklist, String workflow, String screen,
                                boolean withoutIdentity) {

    public ServiceDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        summary = summary == null ? title : summary;
        startedBy = Set.copyOf(startedBy);
        form = form == null ? FormDefinition.empty() : form;
        checklist = checklist == null ? List.of() : List.copyOf(checklist);
    }

    /** Whether a resident may start it without logging in. */
    public boolean isPublic() {
        return startedBy.contains(Role.RESIDENT);
    }

    /** Whether submitting it opens a case. */
    public boolean opensCase() {
        return workflow != null;
    }
}
