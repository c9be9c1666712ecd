package id.anjungan.module.kjs.internal;

import id.anjungan.spi.Actor;
import id.anjungan.spi.Assessment;
import id.anjungan.spi.Role;
import id.anjungan.spi.Submission;
import id.anjungan.spi.platform.RecipientRecord;
import id.anjungan.testkit.TestPlatform;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A KJS program on the in-memory platform with a small recipient list. */
final class Fixture {

    /** KJS, card in hand, collected by the pendamping (man, born 1965). */
    static final String CARD = "3374010203650012";
    /** KJS, card lost. */
    static final String LOST = "3374014708581101";
    /** KJS, card in hand, collects alone. */
    static final String ALONE = "3374011008881102";
    /** A BPNT KPM. */
    static final String BPNT = "3374015506700011";
    /** A PKH recipient. */
    static final String PKH = "3374012011901103";
    /** On no list (woman born 1950). */
    static final String STRANGER = "3374015001501104";

    static final Actor TKSK = new Actor("tksk1", "TKSK Rahmat", Role.TKSK, null);

    final TestPlatform platform = new TestPlatform();
    final KjsProgram program;

    Fixture() {
        this(Map.of());
    }

    Fixture(Map<String, Object> overrides) {
        platform.recipients.put("KJS", "2026-Q4", List.of(row(CARD, "Sutrisno Prasetyo", "ADA", "ya", "2031004512"),
                row(LOST, "Tukiyem Handayani", "HILANG", "ya", "2031007789"),
                row(ALONE, "Rohmat Lestyani", "ADA", "tidak", "2029150746")));
        platform.recipients.put("BPNT", "2026-11", List.of(other("BPNT", BPNT)));
        platform.recipients.put("PKH", "2026", List.of(other("PKH", PKH)));
        program = new KjsProgram(platform.recipients, platform.residents, platform.cases, platform.ledger,
                platform.counters, platform.audit, platform.clock, config(overrides));
    }

    /** Runs an operation and checks that its answer is JSON-like. */
    @SuppressWarnings("unchecked")
    Map<String, Object> op(String id, Map<String, Object> input, Actor actor) {
        Object out = program.operate(id, input, actor);
        JsonLike.check(out);
        return (Map<String, Object>) out;
    }

    /** Records the TKSK's SK Pendamping, valid for 2026 (without it no pack is made). */
    Fixture withSk() {
        program.operate("sk-pendamping", Map.of("number", "463/021/2026", "issued", "2026-01-02",
                "validUntil", "2026-12-31"), TKSK);
        return this;
    }

    static RecipientRecord row(String nik, String name, String card, String pendamping, String account) {
        return new RecipientRecord("KJS", "2026-Q4", nik, "3374011203100012", name, "Jl. Kauman 7", "02", "01",
                "Kauman", Map.of("kategori", "9c", "rekening", account, "kartu", card, "pendamping", pendamping));
    }

    private static RecipientRecord other(String program, String nik) {
        return new RecipientRecord(program, "x", nik, null, "Warga Lain", "Jl. Lain", "01", "01", "Miroto", Map.of());
    }

    Assessment assess(String service, Actor actor, Map<String, String> data) {
        return program.assess(new Submission("KJS", service, data, actor, null));
    }

    Assessment assess(String service, Map<String, String> data) {
        return assess(service, Actor.resident(), data);
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

    static KjsConfig config(Map<String, Object> overrides) {
        return (KjsConfig) Proxy.newProxyInstance(KjsConfig.class.getClassLoader(), new Class<?>[] {KjsConfig.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "annotationType" -> KjsConfig.class;
                    case "hashCode" -> 0;
                    case "equals" -> proxy == args[0];
                    case "toString" -> "KjsConfig";
                    default -> overrides.getOrDefault(method.getName(), method.getDefaultValue());
                });
    }
}
