package id.anjungan.module.santunankematian.internal;

/** Which of the deceased's identity numbers prove residency of the city. */
enum Residency {
    /** The NIK's region code. */
    NIK,
    /** The family card's region code (the KK address). */
    KK,
    /** Either one: people who moved in keep their old NIK but get a new KK. */
    NIK_OR_KK,
    /** Both. */
    NIK_AND_KK;

    boolean holds(boolean nikLocal, boolean kkLocal) {
        return switch (this) {
            case NIK -> nikLocal;
            case KK -> kkLocal;
            case NIK_OR_KK -> nikLocal || kkLocal;
            case NIK_AND_KK -> nikLocal && kkLocal;
        };
    }
}
