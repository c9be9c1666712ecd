package id.anjungan.module.jumatkoin.internal;

import id.anjungan.spi.Actor;
import id.anjungan.spi.Role;
import id.anjungan.spi.Transition;
import id.anjungan.spi.platform.CaseRecord;
import id.anjungan.spi.platform.CaseStep;
import id.anjungan.testkit.TestPlatform;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The program on the testkit's in-memory platform, with helpers to feed it. */
final class Fixture {

    static final Actor TKSK = new Actor("tksk", "Rina TKSK", Role.TKSK, null);
    static final Actor KASI = new Actor("kasi", "Sari Kasi Kesos", Role.KASI_KESOS, null);
    static final Actor CAMAT = new Actor("camat", "Camat Hadi", Role.CAMAT, null);
    static final String BOX = "Kantor Kecamatan Semarang Tengah";

    final TestPlatform p = new TestPlatform();
    final JumatKoinConfig config;
    final JumatKoinProgram program;
    private int requests;

    Fixture() {
        this(Map.of());
    }

    Fixture(Map<String, Object> overrides) {
        config = config(overrides);
        program = new JumatKoinProgram(p.ledger, p.cases, p.counters, p.clock, p.audit, p.store, config);
        for (Transition t : program.descriptor().workflow("bantuan-rumah").orElseThrow().transitions()) {
            p.cases.moveTo(t.id(), t.to());
        }
    }

    /** The configuration with its defaults, some replaced. */
    static JumatKoinConfig config(Map<String, Object> overrides) {
        return (JumatKoinConfig) Proxy.newProxyInstance(JumatKoinConfig.class.getClassLoader(),
                new Class<?>[] {JumatKoinConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "annotationType" -> JumatKoinConfig.class;
                    case "hashCode" -> 0;
                    case "equals" -> proxy == args[0];
                    case "toString" -> "JumatKoinConfig" + overrides;
                    default -> overrides.getOrDefault(method.getName(), method.getDefaultValue());
                });
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> op(String operation, Map<String, Object> input, Actor actor) {
        return (Map<String, Object>) program.operate(operation, input, actor);
    }

    Map<String, Object> collect(String date, String box, long amount, String w1, String w2) {
        return op("catat-setoran", Map.of("date", date, "box", box, "amount", BigDecimal.valueOf(amount),
                "witness1", w1, "witness2", w2), KASI);
    }

    Map<String, Object> collect(String date, long amount) {
        return collect(date, BOX, amount, "Saksi Pertama", "Saksi Kedua");
    }

    /** A request as the platform would have opened it after {@code assess} accepted it. */
    CaseRecord request(Map<String, String> answers, Instant createdAt) {
        Map<String, String> data = new HashMap<>(Map.of("nik", "3374011203750001", "kelurahan", "Miroto",
                "address", "Jl. Contoh Gg. 3 No. 7", "rt", "2", "rw", "3", "cause", "KEBAKARAN", "damage", "BERAT",
                "displaced", "true", "householdSize", "4", "children", "2"));
        data.putAll(answers);
        String tracking = "JUMATKOIN-2611-" + String.format("%06d", ++requests) + "-0";
        return p.cases.put(new CaseRecord(tracking, "JUMATKOIN", "ajukan-bantuan-rumah", "diajukan",
                data.get("nik"), data.get("cause"), data, createdAt, null,
                List.of(new CaseStep(createdAt, "diajukan", "submit", "Warga", ""))));
    }

    CaseRecord request(Map<String, String> answers) {
        return request(answers, p.clock.now());
    }

    /** A request surveyed by the TKSK, ready for the camat. */
    CaseRecord verified(String damage, long cost) {
        CaseRecord r = request(Map.of());
        op("catat-survei", Map.of("tracking", r.tracking(), "damage", damage, "estimatedCost",
                BigDecimal.valueOf(cost), "displaced", true, "note", "Atap dan dinding dapur terbakar habis."), TKSK);
        return p.cases.find(r.tracking()).orElseThrow();
    }

    Map<String, Object> approve(String tracking, long amount) {
        return op("setujui-pencairan", new HashMap<>(Map.of("tracking", tracking, "amount", BigDecimal.valueOf(amount),
                "payeeKind", "TOKO", "payee", "Toko Bangunan Sinar Jaya",
                "purpose", "Perbaikan atap dan dinding rumah korban kebakaran", "justification",
                "Keluarga ini sudah tidak punya tempat tinggal")), CAMAT);
    }

    long sumOfEntries() {
        return p.ledger.entries("JUMATKOIN").stream().mapToLong(e -> e.amount()).sum();
    }
}
