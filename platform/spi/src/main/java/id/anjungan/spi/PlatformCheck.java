package id.anjungan.spi;

/** Cross-program rules the platform checks before a case opens, for the programs that declare them. */
public enum PlatformCheck {
    /** The resident's NIK region is the kiosk's kecamatan. */
    DOMICILE_KECAMATAN,
    /** The resident's NIK region is the kiosk's city. */
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
