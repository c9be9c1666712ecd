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
    NO_DOUBLE_AID
}
