package id.anjungan.host.config;

import java.util.Optional;

/**
 * Who this kiosk is to the city: its number ({@code anjungan.kiosk.number}, 1–9999) and id {@code K0042}, and whether
 * it sends its cases to a city broker at all (an island kiosk has no broker URL).
 */
public final class KioskIdentity {

    private KioskIdentity() {
    }

    /** The number the city assigned, if any; a number outside 1–9999 is refused (the kiosk does not start). */
    public static Optional<Integer> number() {
        return Settings.get(Setting.KIOSK_NUMBER).map(KioskIdentity::parse);
    }

    static int parse(String text) {
        try {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= 9999) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalArgumentException(Setting.KIOSK_NUMBER.key() + " must be a number from 1 to 9999: " + text);
    }

    /** {@code K0042}; {@code K0000} for a kiosk not (yet) registered. */
    public static String id() {
        return id(number().orElse(0));
    }

    public static String id(int number) {
        return String.format("K%04d", number);
    }

    /** Whether cases go to a city broker: the setting is there and this is a kiosk, not a city node. */
    public static boolean relays() {
        return Settings.get(Setting.CITY_BROKER_URL).isPresent() && "kiosk".equals(Settings.value(Setting.ROLE));
    }
}
