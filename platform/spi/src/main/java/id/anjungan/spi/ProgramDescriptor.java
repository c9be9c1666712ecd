package id.anjungan.spi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a program is and offers. The platform shows it at the kiosk, validates forms against it and runs its
 * workflows; the bundle's version is the program's version.
 *
 * @param code program code: {@code BPNT}, {@code KJS}, {@code SANKEM}, {@code CPP}, {@code JUMATKOIN}, {@code REHSOS}, …
 * @param name full name
 * @param description what the program is for, one or two sentences
 * @param icon SVG path inside the bundle's {@code ui/} folder
 * @param services what a resident, PSM or officer can do
 * @param workflows case workflows referenced by the services
 * @param exclusiveWith codes of programs a recipient of this one cannot also receive (BPNT ⟂ KJS)
 * @param checks cross-program rules the platform enforces before a case of this program opens
 * @param screens the module's own screens
 * @param operations the module's own operations
 * @param decidedBy who finally decides who receives the program, as residents know it, e.g. "Kementerian Sosial"
 *                  (BPNT), "Pemerintah Provinsi Jawa Tengah" (KJS), "Dinas Sosial Kota Semarang" (Santunan Kematian);
 *                  {@code null} when not said. The screener shows it with its estimate. Since 1.3.
 */
public record ProgramDescriptor(String code, Text name, Text description, String icon, List<ServiceDefinition> services,
                                List<Workflow> workflows, Set<String> exclusiveWith, Set<PlatformCheck> checks,
                                List<Screen> screens, List<Operation> operations, Text decidedBy) {

    /** A program that does not say who decides (the SPI before 1.3). */
    public ProgramDescriptor(String code, Text name, Text description, String icon, List<ServiceDefinition> services,
                             List<Workflow> workflows, Set<String> exclusiveWith, Set<PlatformCheck> checks,
                             List<Screen> screens, List<Operation> operations) {
        this(code, name, description, icon, services, workflows, exclusiveWith, checks, screens, operations, null);
    }

    public ProgramDescriptor {
        Objects.requireNonNull(code, "code");
        if (!code.matches("[A-Z][A-Z0-9]{1,15}")) {
            throw new IllegalArgumentException("program code must be 2-16 upper-case letters or digits: " + code);
        }
        Objects.requireNonNull(name, "name");
        description = description == null ? name : description;
        services = List.copyOf(services);
        workflows = workflows == null ? List.of() : List.copyOf(workflows);
        exclusiveWith = exclusiveWith == null ? Set.of() : Set.copyOf(exclusiveWith);
        checks = checks == null ? Set.of() : Set.copyOf(checks);
        screens = screens == null ? List.of() : List.copyOf(screens);
        operations = operations == null ? List.of() : List.copyOf(operations);
        for (ServiceDefinition s : services) {
            if (s.workflow() != null && workflows.stream().noneMatch(w -> w.id().equals(s.workflow()))) {
                throw new IllegalArgumentException("service " + s.id() + " names unknown workflow " + s.workflow());
            }
            if (s.screen() != null && screens.stream().noneMatch(sc -> sc.id().equals(s.screen()))) {
                throw new IllegalArgumentException("service " + s.id() + " names unknown screen " + s.screen());
            }
        }
    }

    /**
     * A program to build up, e.g. {@code ProgramDescriptor.builder("BPNT", name).services(services)
     * .workflows(workflows).decidedBy(authority).build()}. Unset parts keep the canonical constructor's defaults.
     *
     * @since 1.3
     */
    public static Builder builder(String code, Text name) {
        return new Builder(code, name);
    }

    /**
     * Builds a {@link ProgramDescriptor}; a part added to the record later gets a default here, so code written
     * against this builder keeps compiling and running.
     *
     * @since 1.3
     */
    public static final class Builder {
        private final String code;
        private final Text name;
        private Text description;
        private String icon;
        private List<ServiceDefinition> services = List.of();
        private List<Workflow> workflows;
        private Set<String> exclusiveWith;
        private Set<PlatformCheck> checks;
        private List<Screen> screens;
        private List<Operation> operations;
        private Text decidedBy;

        private Builder(String code, Text name) {
            this.code = code;
            this.name = name;
        }

        public Builder description(Text text) {
            this.description = text;
            return this;
        }

        /** SVG path inside the bundle's {@code ui/} folder. */
        public Builder icon(String path) {
            this.icon = path;
            return this;
        }

        public Builder services(List<ServiceDefinition> list) {
            this.services = list;
            return this;
        }

        public Builder workflows(List<Workflow> list) {
            this.workflows = list;
            return this;
        }

        public Builder exclusiveWith(Set<String> codes) {
            this.exclusiveWith = codes;
            return this;
        }

        public Builder checks(Set<PlatformCheck> set) {
            this.checks = set;
            return this;
        }

        public Builder screens(List<Screen> list) {
            this.screens = list;
            return this;
        }

        public Builder operations(List<Operation> list) {
            this.operations = list;
            return this;
        }

        public Builder decidedBy(Text authority) {
            this.decidedBy = authority;
            return this;
        }

        public ProgramDescriptor build() {
            return new ProgramDescriptor(code, name, description, icon, services, workflows, exclusiveWith, checks,
                    screens, operations, decidedBy);
        }
    }

    public Optional<ServiceDefinition> service(String id) {
        return services.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<Workflow> workflow(String id) {
        return workflows.stream().filter(w -> w.id().equals(id)).findFirst();
    }

    public Optional<Operation> operation(String id) {
        return operations.stream().filter(o -> o.id().equals(id)).findFirst();
    }
}
