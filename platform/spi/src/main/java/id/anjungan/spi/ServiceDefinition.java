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

    /**
     * A service of this kind to build up, e.g. {@code ServiceDefinition.builder("kartu", ServiceKind.REPORT, title)
     * .startedBy(Role.RESIDENT).form(form).workflow("kartu").build()}. Unset parts keep the canonical constructor's
     * defaults: the title as summary, no icon of its own, nobody may start it, no questions, no checklist, no case.
     *
     * @since 1.3
     */
    public static Builder builder(String id, ServiceKind kind, Text title) {
        return new Builder(id, kind, title);
    }

    /**
     * Builds a {@link ServiceDefinition}; a part added to the record later gets a default here, so code written
     * against this builder keeps compiling and running.
     *
     * @since 1.3
     */
    public static final class Builder {
        private final String id;
        private final ServiceKind kind;
        private final Text title;
        private Text summary;
        private String icon;
        private Set<Role> startedBy = Set.of();
        private FormDefinition form;
        private List<Document> checklist;
        private String workflow;
        private String screen;
        private boolean withoutIdentity;

        private Builder(String id, ServiceKind kind, Text title) {
            this.id = id;
            this.kind = kind;
            this.title = title;
        }

        public Builder summary(Text text) {
            this.summary = text;
            return this;
        }

        public Builder icon(String path) {
            this.icon = path;
            return this;
        }

        public Builder startedBy(Set<Role> roles) {
            this.startedBy = roles;
            return this;
        }

        public Builder startedBy(Role... roles) {
            return startedBy(Set.of(roles));
        }

        public Builder form(FormDefinition questions) {
            this.form = questions;
            return this;
        }

        public Builder checklist(List<Document> documents) {
            this.checklist = documents;
            return this;
        }

        /** The {@link Workflow} a case of this service follows. */
        public Builder workflow(String workflowId) {
            this.workflow = workflowId;
            return this;
        }

        /** The program's own {@link Screen} of a {@link ServiceKind#DESK}. */
        public Builder screen(String screenId) {
            this.screen = screenId;
            return this;
        }

        /** A PSM or TKSK may file it for a person with no NIK. */
        public Builder withoutIdentity(boolean allowed) {
            this.withoutIdentity = allowed;
            return this;
        }

        public ServiceDefinition build() {
            return new ServiceDefinition(id, kind, title, summary, icon, startedBy, form, checklist, workflow, screen,
                    withoutIdentity);
        }
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
