package id.anjungan.module.jumatkoin.internal;

import id.anjungan.spi.Text;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Urgency points of a housing request; every factor is shown to staff so the ranking can be explained. */
final class PriorityScoring {

    record Factor(String id, Text label, String value, int points) {
    }

    record Score(List<Factor> factors, int total) {
    }

    private final JumatKoinConfig config;

    PriorityScoring(JumatKoinConfig config) {
        this.config = config;
    }

    Score score(Map<String, String> data, Instant submitted, Instant now) {
        List<Factor> factors = new ArrayList<>();
        boolean surveyed = data.containsKey("surveyDamage");
        String damage = surveyed ? data.get("surveyDamage") : data.get("damage");
        factors.add(new Factor("damage", surveyed ? Text.of("Kerusakan (hasil survei)", "Damage (surveyed)")
                : Text.of("Kerusakan (menurut pemohon)", "Damage (as reported)"), damage, damagePoints(damage)));
        String cause = data.get("cause");
        factors.add(new Factor("cause", Text.of("Keadaan rumah", "State of the house"), cause, causePoints(cause)));
        String displaced = data.getOrDefault("surveyDisplaced", data.get("displaced"));
        add(factors, "displaced", Text.of("Mengungsi / tidak bisa tinggal di rumah", "Displaced"),
                "true".equals(displaced) ? 1 : 0, config.weightDisplaced());
        add(factors, "children", Text.of("Anak di bawah 18 tahun", "Children under 18"), number(data, "children"),
                config.weightPerChild());
        add(factors, "elderly", Text.of("Lansia", "Elderly"), number(data, "elderly"), config.weightPerElderly());
        add(factors, "disabled", Text.of("Penyandang disabilitas", "People with a disability"),
                number(data, "disabled"), config.weightPerDisabled());
        add(factors, "femaleHead", Text.of("Kepala keluarga perempuan", "Woman heads the household"),
                "true".equals(data.get("femaleHead")) ? 1 : 0, config.weightFemaleHead());
        add(factors, "dtks", Text.of("Terdaftar di DTKS/DTSEN", "Registered in DTKS/DTSEN"),
                "true".equals(data.get("dtks")) ? 1 : 0, config.weightDtks());
        add(factors, "otherAid", Text.of("Sudah dibantu pihak lain", "Already helped by others"),
                "true".equals(data.get("otherAid")) ? 1 : 0, config.weightOtherAid());
        long weeks = Math.max(0, Duration.between(submitted, now).toDays() / 7);
        long waiting = Math.min(weeks * config.weightPerWeekWaiting(), config.maxWaitingPoints());
        factors.add(new Factor("waiting", Text.of("Lama menunggu (minggu)", "Weeks waiting"), Long.toString(weeks),
                (int) waiting));
        return new Score(List.copyOf(factors), factors.stream().mapToInt(Factor::points).sum());
    }

    private int damagePoints(String damage) {
        return switch (String.valueOf(damage)) {
            case "BERAT" -> config.weightDamageHeavy();
            case "SEDANG" -> config.weightDamageModerate();
            case "RINGAN" -> config.weightDamageLight();
            default -> 0;
        };
    }

    private int causePoints(String cause) {
        return switch (String.valueOf(cause)) {
            case "KEBAKARAN" -> config.weightFire();
            case "BANJIR" -> config.weightFlood();
            case "LAINNYA" -> config.weightOtherDisaster();
            case HousingRequestRules.RTLH -> config.weightUninhabitable();
            default -> 0;
        };
    }

    private static void add(List<Factor> factors, String id, Text label, int count, int weight) {
        factors.add(new Factor(id, label, Integer.toString(count), count * weight));
    }

    static int number(Map<String, String> data, String field) {
        try {
            return Math.max(0, Integer.parseInt(data.getOrDefault(field, "0").strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
