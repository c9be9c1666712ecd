package id.anjungan.module.bpnt.internal;

import id.anjungan.spi.Actor;
import id.anjungan.spi.Assessment;
import id.anjungan.spi.Submission;
import id.anjungan.spi.platform.RecipientRecord;
import id.anjungan.testkit.TestPlatform;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A BPNT program on the in-memory platform, with a small KPM list. */
final class Fixture {

    /** Listed in 2026-09 and 2026-11 via KKS (woman, born 1970); tahap 2026-4 not credited yet. */
    static final String KPM = "3374015506700011";
    /** Listed in 2026-11, paid at the post office (man, born 1965). */
    static final String POS_KPM = "3374010203651001";
    /** Listed in 2026-11 via KKS, tahap 2026-4 already credited. */
    static final String CREDITED = "3374014411721004";
    /** Listed in 2026-09 (tahap 2026-3, credited) only: cleansed from the newest list. */
    static final String CLEANSED = "3374011508801002";
    /** A KJS recipient only. */
    static final String KJS_ONLY = "3374010203650012";
    /** In no list. */
    static final String STRANGER = "3374012011901003";
    /** The KK every fixture row carries. */
    static final String KK = "3374011203100001";

    final TestPlatform platform = new TestPlatform();
    final BpntProgram program;

    Fixture() {
        this(Map.of());
    }

    Fixture(Map<String, Object> overrides) {
        platform.recipients.put("BPNT", "2026-09", List.of(row("2026-09", CLEANSED, "Sekayu", "KKS", "2026-3", "YA"),
                row("2026-09", KPM, "Miroto", "KKS", "2026-3", "YA")));
        platform.recipients.put("BPNT", "2026-11", List.of(row("2026-11", KPM, "Miroto", "KKS", "2026-4", "TIDAK"),
                row("2026-11", POS_KPM, "Pekunden", "POS", "2026-4", "TIDAK"),
                row("2026-11", CREDITED, "Kauman", "KKS", "2026-4", "YA")));
        platform.recipients.put("KJS", "2026-Q4", List.of(new RecipientRecord("KJS", "2026-Q4", KJS_ONLY,
                "3374011203100012", "Sutrisno Contoh", "Jl. Contoh 2", "02", "01", "Miroto", Map.of())));
        program = new BpntProgram(platform.recipients, platform.residents, platform.cases, platform.audit, platform.clock,
                config(overrides));
    }

    static RecipientRecord row(String period, String nik, String kelurahan, String channel) {
        return new RecipientRecord("BPNT", period, nik, KK, "Warga " + nik.substring(12), "Jl. Uji 1",
                "01", "02", kelurahan, Map.of("channel", channel));
    }

    static RecipientRecord row(String period, String nik, String kelurahan, String channel, String tahap,
                               String credited) {
        return new RecipientRecord("BPNT", period, nik, KK, "Warga " + nik.substring(12), "Jl. Uji 1",
                "01", "02", kelurahan, Map.of("channel", channel, "tahap", tahap, "cair", credited));
    }

    Assessment assess(String service, Map<String, String> data) {
        return program.assess(new Submission("BPNT", service, data, Actor.resident(), null));
    }

    static Map<String, String> data(String... pairs) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                map.put(pairs[i], pairs[i + 1]);
            }
        }
        return map;
    }

    /** The configuration with its metatype defaults, some replaced. */
    static BpntConfig config(Map<String, Object> overrides) {
        return (BpntConfig) Proxy.newProxyInstance(BpntConfig.class.getClassLoader(),
                new Class<?>[] {BpntConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "annotationType" -> BpntConfig.class;
                    case "hashCode" -> 0;
                    case "equals" -> proxy == args[0];
                    case "toString" -> "BpntConfig";
                    default -> overrides.getOrDefault(method.getName(), method.getDefaultValue());
                });
    }
}
