package id.anjungan.module.rehabilitasi.internal;

import id.anjungan.spi.Actor;
import id.anjungan.spi.Role;
import id.anjungan.spi.Transition;
import id.anjungan.spi.platform.CaseRecord;
import id.anjungan.spi.platform.CaseStep;
import id.anjungan.testkit.TestPlatform;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** The program on the testkit's in-memory platform. */
final class Fixture {

    static final Actor TKSK = new Actor("tksk", "Rina TKSK", Role.TKSK, null);

    final TestPlatform p = new TestPlatform();
    final RehabilitasiConfig config;
    final RehabilitasiProgram program;
    private final AtomicInteger reports = new AtomicInteger();

    Fixture() {
        this(Map.of());
    }

    Fixture(Map<String, Object> overrides) {
        config = config(overrides);
        program = new RehabilitasiProgram(p.cases, p.counters, p.clock, p.kelurahan, p.recipients, config);
        for (Transition t : program.descriptor().workflow("penanganan").orElseThrow().transitions()) {
            p.cases.moveTo(t.id(), t.to());
        }
    }

    static RehabilitasiConfig config(Map<String, Object> overrides) {
        return (RehabilitasiConfig) Proxy.newProxyInstance(RehabilitasiConfig.class.getClassLoader(),
                new Class<?>[] {RehabilitasiConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "annotationType" -> RehabilitasiConfig.class;
                    case "hashCode" -> 0;
                    case "equals" -> proxy == args[0];
                    case "toString" -> "RehabilitasiConfig" + overrides;
                    default -> overrides.getOrDefault(method.getName(), method.getDefaultValue());
                });
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> op(String operation, Map<String, Object> input) {
        return (Map<String, Object>) program.operate(operation, input, TKSK);
    }

    /** A street report as the platform opens it, in the given state. */
    CaseRecord report(String state, Map<String, String> answers) {
        Map<String, String> data = new HashMap<>(Map.of("urgency", "SEGERA", "category", "PGOT", "kelurahan", "Sekayu",
                "location", "Bawah jembatan Jl. Pemuda", "rt", "2", "rw", "1", "needs", "MAKAN_TEMPAT"));
        data.putAll(answers);
        Instant now = p.clock.now();
        String tracking = String.format("REHSOS-2611-%06d-0", reports.incrementAndGet());
        return p.cases.put(new CaseRecord(tracking, "REHSOS", "laporkan-orang-terlantar", state, null,
                data.get("urgency"), data, now, null, List.of(new CaseStep(now, state, "submit", "Warga", ""))));
    }

    CaseRecord handled() {
        return report("ditangani", Map.of());
    }

    Map<String, Object> place(String tracking, String panti, String category) {
        return op("tempatkan", Map.of("tracking", tracking, "panti", panti, "category", category,
                "declaredRecovered", true));
    }

    String state(String tracking) {
        return p.cases.find(tracking).orElseThrow().state();
    }
}
