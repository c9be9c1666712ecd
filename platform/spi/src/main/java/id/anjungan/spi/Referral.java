package id.anjungan.spi;

import java.util.Objects;

/**
 * Another service that may help a resident whom a rule turns away, offered with an {@link EarlyRefusal} so the
 * resident leaves with somewhere to go instead of a bare "no". The kiosk shows it only while that program is
 * installed, enabled and offers the service to residents.
 *
 * @param program code of the program, e.g. {@code "REHAB"}; may be the refusing program itself
 * @param service id of that program's service to start
 * @param why in plain words, why it may help
 */
public record Referral(String program, String service, Text why) {

    public Referral {
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(why, "why");
    }

    /** A referral to {@code program}'s {@code service}, with why it may help in both languages. */
    public static Referral of(String program, String service, String whyId, String whyEn) {
        return new Referral(program, service, Text.of(whyId, whyEn));
    }
}
