package id.anjungan.module.santunankematian.internal;

/** Names of the application's answers and of the facts the module adds to a case. */
final class Fields {

    static final String DECEASED_NIK = "deceasedNik";
    static final String DECEASED_KK = "deceasedKk";
    static final String DECEASED_NAME = "deceasedName";
    static final String DATE_OF_DEATH = "dateOfDeath";
    static final String DEATH_CERTIFICATE = "deathCertificate";
    static final String HEIR_NIK = "heirNik";
    static final String HEIR_NAME = "heirName";
    static final String RELATIONSHIP = "relationship";
    static final String DTSEN = "dtsenRegistered";
    static final String BANK = "bank";
    static final String ACCOUNT_NUMBER = "accountNumber";
    static final String ACCOUNT_HOLDER = "accountHolder";
    static final String PHONE = "phone";

    static final String AMOUNT_PAID = "amountPaid";
    static final String PAID_ON = "paidOn";

    private Fields() {
    }
}
