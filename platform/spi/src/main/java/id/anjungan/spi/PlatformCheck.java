package id.anjungan.spi;

/** Cross-program rules the platform checks before a case opens, for the programs that declare them. */
public enum PlatformCheck {
    /**
     * The resident lives in the kiosk's kecamatan: they are on one of its recipient lists, or their KK (a
     * {@link FieldType#KK} field of the form, else the one on record) was issued there, or, without a KK, the form's
     * CHOICE field named {@code kelurahan} (the module lists the area's kelurahan) was answered. A NIK issued
     * elsewhere does not refuse a resident who moved in; only when nothing else is known is the NIK's region used.
     */
    DOMICILE_KECAMATAN,
    /** As {@link #DOMICILE_KECAMATAN}, for the kiosk's city. */
    DOMICILE_CITY,
    /** The resident is not recorded as deceased, moved away, or declared able ({@code mampu}). */
    STILL_ENTITLED,
    /** The resident does not already receive a program declared exclusive with this one. */
    NO_DOUBLE_AID,
    /**
     * One aid account for every program: an account number given in a {@link FieldType#BANK_ACCOUNT} field must be
     * the account its holder already has in an imported recipient list (column {@code rekening}), if any.
     */
    ONE_AID_ACCOUNT
}
