package id.anjungan.spi;

/** The kinds of input a generated kiosk form knows how to ask for and validate. */
public enum FieldType {
    /** Nomor Induk Kependudukan, 16 digits, validated by the platform. */
    NIK,
    /** Nomor Kartu Keluarga, 16 digits. */
    KK,
    /** A calendar date (ISO {@code yyyy-MM-dd}). */
    DATE,
    /** An amount in whole rupiah. */
    RUPIAH,
    /** An Indonesian phone number. */
    PHONE,
    /** One of {@link FormField#choices()}. */
    CHOICE,
    /** {@code "true"} or {@code "false"}. */
    YES_NO,
    /** Free text. */
    TEXT,
    /** A whole number. */
    NUMBER,
    /** A photo or scan (JPEG, PNG or PDF) uploaded as an attachment; the value is the attachment id. */
    ATTACHMENT,
    /**
     * A bank account number, kept as digits (spaces, dots and dashes dropped); {@link FormField#min()} and
     * {@link FormField#max()} bound the number of digits (6 to 20 when not set). The account is held by the person of
     * the nearest {@link #NIK} field before it in the form, or by the case's subject when there is none.
     */
    BANK_ACCOUNT
}
