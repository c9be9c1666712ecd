package id.anjungan.spi;

/** What a kiosk service does; the platform offers shared behaviour per kind. */
public enum ServiceKind {
    /** Looks the resident up in the program's recipient list ({@link Program#status}). */
    STATUS,
    /** Applies for a benefit; opens a case. */
    APPLICATION,
    /** Reports a problem or a change (lost card, death, a neglected person); opens a case. */
    REPORT,
    /** A grievance with a category and SLA; opens a case. */
    COMPLAINT,
    /** Usul: proposes someone (self, family, neighbour) for the program; opens a case. */
    PROPOSAL,
    /** Sanggah: objects that a recipient is not eligible; opens a case. */
    OBJECTION,
    /** A desk for staff or a public view, drawn by one of the module's own {@link Screen}s. */
    DESK
}
